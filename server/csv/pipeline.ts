import { parse } from 'csv-parse/sync';
import {
  type ColumnMapping,
  type DateFormat,
  type ImportCounts,
  type ImportReport,
  MAX_REPORTED_ERRORS,
  type ParsedImportOptions,
  type RowProfile,
} from '../../shared/imports.js';
import type { IngestItem } from '../../shared/schemas.js';
import { getCatalog } from '../db/catalog.js';
import { findImportByHash, finishImport, insertImport, recordChange } from '../db/imports.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';
import { writeChunk } from './chunk.js';
import { buildPlan, convertRecord, type ItemMeta } from './convert.js';
import { detectDateFormats } from './dates.js';
import { readHead } from './decode.js';
import { ErrorList, rowError } from './errors.js';
import { isTotalsLabel } from './headers.js';
import { type ProposedColumn, proposeMapping, shapeOf } from './mapping.js';
import { detectNumberLocale } from './numbers.js';
import { resolveProfile, saveColumnProfile } from './profiles.js';
import { parserFailure, recordBatches } from './records.js';
import { RowAggregator } from './rowProfiles.js';
import { sniff } from './sniff.js';

export interface UploadedFile {
  path: string;
  fileName: string;
  size: number;
  hash: string;
  uploadId: string;
}

export interface RunContext {
  db: Db;
  timeZone: string;
  now: Date;
  /** false: preview (everything runs, then the transaction is rolled back). */
  commit: boolean;
  onProgress?: (p: { rows: number; bytes: number }) => void;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK_ROWS = 5000;

/** Records from the head of the file, for detection and the preview table. */
function sampleRecords(head: string, complete: boolean, delimiter: string, preambleLines: number) {
  // The preamble (comments) is cut before parsing: a quote in a comment is not CSV.
  const lines = head.split(/\r?\n/).slice(preambleLines);
  const text = (complete ? lines : lines.slice(0, -1)).join('\n');
  try {
    const recs = parse(text, {
      delimiter,
      from_line: 2,
      to_line: 501,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return recs.map((r) => ({ row: r.info.lines + preambleLines, cells: r.record }));
  } catch (err) {
    // A quoting error in the head is the file's error (the full pass would stop there too).
    throw parserFailure(err, preambleLines);
  }
}

/**
 * The one import pipeline, for preview and commit alike: detect, map, stream the rows in
 * chunks through the ingestion core inside one transaction, then commit — or roll back
 * for a preview, for an import with errors, or when anything throws. The `imports` row is
 * written in the same transaction, so a killed process leaves no trace.
 */
export async function runImport(
  file: UploadedFile,
  options: ParsedImportOptions,
  ctx: RunContext,
): Promise<ImportReport> {
  const { db } = ctx;
  const snap = getCatalog(db);
  const head = await readHead(file.path, HEAD_BYTES);
  const complete = file.size <= HEAD_BYTES;
  const sn = sniff(head.text, complete);
  const sample = sampleRecords(head.text, complete, sn.delimiter, sn.preambleLines);
  const sampleCells = sample.map((r) => r.cells);
  const profile = resolveProfile(db, options.profile, sn.header);
  const rowProfile: RowProfile | null = profile?.kind === 'rows' ? profile : null;
  const errors = new ErrorList(MAX_REPORTED_ERRORS);
  const notes: string[] = [];
  if (sn.preambleLines) notes.push(`${sn.preambleLines} comment or blank line(s) before the header were skipped.`);

  let mapping: ProposedColumn[];
  if (options.mapping) mapping = options.mapping.map((c) => ({ ...c, confidence: 1 }));
  else if (profile?.kind === 'columns') mapping = profile.mapping.map((c) => ({ ...c, confidence: 1 }));
  else if (rowProfile) mapping = sn.header.map((column) => ({ column, role: 'ignore', targets: [], confidence: 1 }));
  else mapping = proposeMapping(snap, sn.header, sampleCells);

  const dateIdx = rowProfile
    ? sn.header.findIndex((h) => h.toLowerCase() === rowProfile.timestamp.toLowerCase())
    : sn.header.indexOf(mapping.find((c) => c.role === 'date')?.column ?? '\u0000');
  const candidates =
    dateIdx >= 0 ? detectDateFormats(sampleCells.map((r) => r[dateIdx] ?? '').filter((c) => !isTotalsLabel(c))) : [];
  const chosen: DateFormat | undefined =
    options.dateFormat ?? (profile?.kind === 'columns' ? profile.dateFormat : undefined);
  const dmyOrMdy = candidates.includes('dmy') && candidates.includes('mdy');
  const detectedFormat: DateFormat | null = chosen ?? (dmyOrMdy ? null : (candidates[0] ?? null));
  const valueCells = sampleCells.flatMap((r) => r.filter((_, i) => i !== dateIdx));
  const detectedLocale = detectNumberLocale(valueCells, sn.delimiter);
  const locale =
    options.numberLocale ?? (profile?.kind === 'columns' ? profile.numberLocale : undefined) ?? detectedLocale;

  const report: ImportReport = {
    uploadId: file.uploadId,
    fileName: file.fileName,
    size: file.size,
    hash: file.hash,
    duplicateOf: null,
    detection: {
      encoding: head.encoding,
      delimiter: sn.delimiter,
      headerRow: sn.headerLine,
      skippedPreambleLines: sn.preambleLines,
      dateFormat: rowProfile ? 'timestamp' : detectedFormat,
      dateFormatCandidates: dmyOrMdy ? ['dmy', 'mdy'] : candidates,
      numberLocale: locale,
      shape: rowProfile ? 'rows' : shapeOf(mapping),
    },
    profile: profile?.name ?? null,
    header: sn.header,
    mapping,
    sample: sample.slice(0, 20),
    notes,
    errors: [],
    errorCount: 0,
    counts: { rows: 0, goodRows: 0, badRows: 0, inserted: 0, updated: 0, unchanged: 0 },
    importId: null,
    committed: false,
  };
  const dup = findImportByHash(db, file.hash);
  if (dup) report.duplicateOf = { id: dup.id, fileName: dup.fileName, createdAt: dup.createdAt };
  if (dup && ctx.commit && !options.allowDuplicate)
    throw new ApiError(
      409,
      'duplicate_import',
      `This file is byte-identical to import #${dup.id} ("${dup.fileName}", ${dup.createdAt}); nothing was written. Undo that import first, or import again with "allowDuplicate".`,
      { duplicateOf: report.duplicateOf },
    );

  const plan = rowProfile
    ? null
    : buildPlan(snap, {
        header: sn.header,
        mapping: mapping as ColumnMapping[],
        dateFormat: detectedFormat,
        dateCandidates: report.detection.dateFormatCandidates,
        locale,
        segment: options.segment,
        spread: options.spreadPeriods,
        timeZone: ctx.timeZone,
      });
  if (!sample.length && complete && !/\S/.test(head.text.split(/\r?\n/).slice(sn.headerLine).join(''))) {
    errors.add(rowError(null, null, 'the file has a header but no data rows'));
    return finishReport(report, errors);
  }
  if (Array.isArray(plan)) {
    for (const e of plan) errors.add(e);
    return finishReport(report, errors);
  }
  if (rowProfile) {
    const have = new Set(sn.header.map((h) => h.toLowerCase()));
    for (const a of rowProfile.aggregates)
      if (!snap.measureByKey.has(a.measure))
        errors.add(rowError(null, a.column, `profile "${rowProfile.name}" feeds unknown measure "${a.measure}"`));
    if (!have.has(rowProfile.timestamp.toLowerCase()))
      errors.add(rowError(null, rowProfile.timestamp, `is required by profile "${rowProfile.name}" but missing`));
    if (errors.total) return finishReport(report, errors);
  }
  const aggregator = rowProfile
    ? new RowAggregator(rowProfile, sn.header, locale, ctx.timeZone, options.segment)
    : null;

  const counts: ImportCounts = report.counts;
  const badRows = new Set<number>();
  let trailingComments = 0;
  let writing = true; // false after the first error unless bad rows are skipped
  let importId = -1;
  const write = (items: IngestItem[], meta: ItemMeta[]) => {
    if (!items.length) return;
    const out = writeChunk(
      db,
      snap,
      { items, meta },
      {
        source: { kind: 'csv', id: String(importId) },
        now: ctx.now,
        skipBad: options.skipBadRows,
        write: writing,
        record: (w, prev) => recordChange(db, importId, w, prev),
      },
    );
    for (const e of out.errors) errors.add(e);
    for (const r of out.badRows) badRows.add(r);
    if (out.errors.length && !options.skipBadRows) writing = false;
    counts.inserted += out.result.inserted;
    counts.updated += out.result.updated;
    counts.unchanged += out.result.unchanged;
  };

  // BEGIN IMMEDIATE takes the write lock now, so no other writer can slip in between our
  // reads of old values (for undo) and our writes.
  db.exec('BEGIN IMMEDIATE');
  let committed = false;
  try {
    importId = insertImport(db, {
      fileName: file.fileName,
      hash: file.hash,
      size: file.size,
      profile: profile?.name ?? null,
      createdAt: ctx.now.toISOString(),
    });
    const width = sn.header.length;
    for await (const batch of recordBatches({
      path: file.path,
      encoding: head.encoding,
      delimiter: sn.delimiter,
      skipLines: sn.preambleLines,
      batchSize: CHUNK_ROWS,
      onBytes: (bytes) => ctx.onProgress?.({ rows: counts.rows, bytes }),
    })) {
      const items: IngestItem[] = [];
      const meta: ItemMeta[] = [];
      for (const { row, cells } of batch) {
        if ((cells[0] ?? '').trimStart().startsWith('#') && cells.slice(1).every((c) => c.trim() === '')) {
          trailingComments++;
          continue;
        }
        const extra = cells.slice(width).findIndex((c) => c.trim() !== '');
        if (extra >= 0) {
          counts.rows++;
          badRows.add(row);
          errors.add(
            rowError(
              row,
              null,
              `has ${cells.length} cells but the header has ${width} columns: a value holding the delimiter "${sn.delimiter === '\t' ? 'tab' : sn.delimiter}" must be quoted`,
            ),
          );
          if (!options.skipBadRows) writing = false;
          continue;
        }
        if (aggregator) {
          counts.rows++;
          const errs = aggregator.add(row, cells);
          for (const e of errs) errors.add(e);
          if (errs.length) {
            badRows.add(row);
            if (!options.skipBadRows) writing = false;
          }
          continue;
        }
        const c = convertRecord(snap, plan as Exclude<typeof plan, null | unknown[]>, row, cells);
        if (c.totals) {
          notes.push(`row ${row.toLocaleString('en-US')}: a totals row ("${(cells[0] ?? '').trim()}") was skipped.`);
          continue;
        }
        counts.rows++;
        if (c.errors.length) {
          for (const e of c.errors) errors.add(e);
          badRows.add(row);
          if (!options.skipBadRows) writing = false;
          continue;
        }
        items.push(...c.items);
        meta.push(...c.meta);
      }
      write(items, meta);
      ctx.onProgress?.({ rows: counts.rows, bytes: -1 });
    }
    if (aggregator) {
      const { items, meta } = aggregator.items();
      for (let i = 0; i < items.length; i += CHUNK_ROWS)
        write(items.slice(i, i + CHUNK_ROWS), meta.slice(i, i + CHUNK_ROWS));
    }
    if (trailingComments) notes.push(`${trailingComments} comment line(s) after the header were skipped.`);
    counts.badRows = badRows.size;
    counts.goodRows = counts.rows - counts.badRows;
    const failed = errors.total > 0 && !options.skipBadRows;
    if (counts.rows === 0 && !errors.total) errors.add(rowError(null, null, 'the file has a header but no data rows'));
    if (ctx.commit && !failed && counts.goodRows > 0) {
      if (options.saveProfileAs && !rowProfile)
        saveColumnProfile(db, options.saveProfileAs, sn.header, mapping, report, ctx.now);
      finishImport(db, importId, {
        rows: counts.rows,
        inserted: counts.inserted,
        updated: counts.updated,
        unchanged: counts.unchanged,
        skippedRows: counts.badRows,
      });
      db.exec('COMMIT');
      committed = true;
      report.importId = importId;
      report.committed = true;
    }
  } finally {
    if (!committed && db.inTransaction) db.exec('ROLLBACK');
  }
  return finishReport(report, errors);
}

function finishReport(report: ImportReport, errors: ErrorList): ImportReport {
  report.errors = errors.items;
  report.errorCount = errors.total;
  return report;
}
