import { issue } from '../../shared/errorCodes.js';
import type { ImportCounts, ImportReport, ParsedImportOptions } from '../../shared/imports.js';
import type { IngestItem } from '../../shared/schemas.js';
import { finishImport, insertImport, recordChange } from '../db/imports.js';
import type { Db } from '../db/open.js';
import { writeChunk } from './chunk.js';
import { convertRecord, type ItemMeta } from './convert.js';
import { type ErrorList, noDataRows, rowError } from './errors.js';
import type { Plan } from './plan.js';
import { prepareImport } from './prepare.js';
import { saveColumnProfile } from './profiles.js';
import { recordBatches } from './records.js';

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

const CHUNK_ROWS = 5000;

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
  const prepared = await prepareImport(file, options, ctx);
  const { report, errors } = prepared;
  if (!prepared.ready) return finishReport(report, errors);
  const { plan, aggregator, snap, sniffed: sn, encoding, profile } = prepared;
  const rowProfile = aggregator ? profile : null;
  const notes = report.notes;
  const mapping = report.mapping;
  const counts: ImportCounts = report.counts;
  // A preview always goes on past bad rows (they are left out, and all listed) so it can
  // say what the good ones would do; a commit stops writing at the first error unless the
  // analyst chose to skip bad rows, and then rolls back.
  const skipBad = options.skipBadRows || !ctx.commit;
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
        skipBad,
        write: writing,
        record: (w, prev) => recordChange(db, importId, w, prev),
      },
    );
    for (const e of out.errors) errors.add(e);
    for (const r of out.badRows) badRows.add(r);
    if (out.errors.length && !skipBad) writing = false;
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
      encoding,
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
          const delimiter = sn.delimiter === '\t' ? 'tab' : sn.delimiter;
          const message = `has ${cells.length} cells but the header has ${width} columns: a value holding the delimiter "${delimiter}" must be quoted`;
          const params = { cells: cells.length, columns: width, delimiter };
          errors.add(rowError(row, null, issue('too_many_cells', params, message)));
          if (!skipBad) writing = false;
          continue;
        }
        if (aggregator) {
          counts.rows++;
          const errs = aggregator.add(row, cells);
          for (const e of errs) errors.add(e);
          if (errs.length) {
            badRows.add(row);
            if (!skipBad) writing = false;
          }
          continue;
        }
        // Without a row profile there is always a plan (prepareImport returns one or stops).
        const c = convertRecord(snap, plan as Plan, row, cells);
        if (c.totals) {
          notes.push(`row ${row.toLocaleString('en-US')}: a totals row ("${(cells[0] ?? '').trim()}") was skipped.`);
          continue;
        }
        counts.rows++;
        if (c.errors.length) {
          for (const e of c.errors) errors.add(e);
          badRows.add(row);
          if (!skipBad) writing = false;
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
    if (counts.rows === 0 && !errors.total) errors.add(rowError(null, null, noDataRows));
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
