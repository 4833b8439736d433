import { parse } from 'csv-parse/sync';
import { issue } from '../../shared/errorCodes.js';
import { noteDetail } from '../../shared/importNotes.js';
import {
  type ColumnMapping,
  type DateFormat,
  type ImportProfile,
  type ImportReport,
  MAX_REPORTED_ERRORS,
  type ParsedImportOptions,
  type RowProfile,
} from '../../shared/imports.js';
import { type CatalogSnapshot, getCatalog } from '../db/catalog.js';
import { findImportByHash } from '../db/imports.js';
import { ApiError } from '../http/errors.js';
import { detectDateFormats } from './dates.js';
import { type Encoding, readHead } from './decode.js';
import { ErrorList, noDataRows, rowError } from './errors.js';
import { isTotalsLabel } from './headers.js';
import { type ProposedColumn, proposeMapping, shapeOf } from './mapping.js';
import { addNote } from './notes.js';
import { detectNumberLocale } from './numbers.js';
import type { RunContext, UploadedFile } from './pipeline.js';
import { buildPlan, type Plan } from './plan.js';
import { resolveProfile } from './profiles.js';
import { parserFailure } from './records.js';
import { RowAggregator } from './rowProfiles.js';
import { type Sniffed, sniff } from './sniff.js';

const HEAD_BYTES = 64 * 1024;

export type Prepared =
  | { ready: false; report: ImportReport; errors: ErrorList }
  | {
      ready: true;
      report: ImportReport;
      errors: ErrorList;
      plan: Plan | null;
      aggregator: RowAggregator | null;
      snap: CatalogSnapshot;
      encoding: Encoding;
      sniffed: Sniffed;
      profile: ImportProfile | null;
    };

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
 * Everything decided before the rows are streamed: encoding, delimiter, header, profile,
 * mapping, date format, number locale, duplicate check, and the validated plan. File-level
 * problems end here (`ready: false`) before any transaction is opened.
 */
export async function prepareImport(
  file: UploadedFile,
  options: ParsedImportOptions,
  ctx: RunContext,
): Promise<Prepared> {
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
  const notes = { notes: [] as string[], noteDetails: [] as ImportReport['noteDetails'] };
  if (sn.preambleLines)
    addNote(
      notes,
      noteDetail('preamble_skipped', { count: sn.preambleLines }),
      `${sn.preambleLines} comment or blank line(s) before the header were skipped.`,
    );

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
    ...notes,
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
      {
        params: { importId: dup.id, fileName: dup.fileName, createdAt: dup.createdAt },
        duplicateOf: report.duplicateOf,
      },
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
    errors.add(rowError(null, null, noDataRows));
    return { ready: false, report, errors };
  }
  if (Array.isArray(plan)) {
    for (const e of plan) errors.add(e);
    return { ready: false, report, errors };
  }
  if (rowProfile) {
    const have = new Set(sn.header.map((h) => h.toLowerCase()));
    for (const a of rowProfile.aggregates)
      if (!snap.measureByKey.has(a.measure))
        errors.add(
          rowError(
            null,
            a.column,
            issue(
              'profile_unknown_measure',
              { profile: rowProfile.name, measure: a.measure },
              `profile "${rowProfile.name}" feeds unknown measure "${a.measure}"`,
            ),
          ),
        );
    if (!have.has(rowProfile.timestamp.toLowerCase())) {
      const message = `is required by profile "${rowProfile.name}" but missing`;
      errors.add(
        rowError(null, rowProfile.timestamp, issue('profile_missing_column', { profile: rowProfile.name }, message)),
      );
    }
    if (errors.total) return { ready: false, report, errors };
  }
  const aggregator = rowProfile
    ? new RowAggregator(rowProfile, sn.header, locale, ctx.timeZone, options.segment)
    : null;
  return { ready: true, report, errors, plan, aggregator, snap, encoding: head.encoding, sniffed: sn, profile };
}
