import { issue } from '../../shared/errorCodes.js';
import { noteDetail } from '../../shared/importNotes.js';
import type { ImportCounts, ImportReport, ParsedImportOptions } from '../../shared/imports.js';
import type { IngestItem } from '../../shared/schemas.js';
import type { Db } from '../db/open.js';
import { writeChunk } from './chunk.js';
import { convertRecord, type ItemMeta } from './convert.js';
import { type ErrorList, noDataRows, rowError } from './errors.js';
import { addNote } from './notes.js';
import type { Plan } from './plan.js';
import { prepareImport } from './prepare.js';
import { saveColumnProfile } from './profiles.js';
import { RateWeights, settleRates } from './rateWeights.js';
import { recordBatches } from './records.js';
import { type ImportSink, openCommit, openPreview } from './sink.js';

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
  /** false: preview (everything runs against a read snapshot; nothing is written). */
  commit: boolean;
  onProgress?: (p: { rows: number; bytes: number }) => void;
  /** Rows per chunk sent through the ingestion core (tests make it small). */
  chunkRows?: number;
}

const CHUNK_ROWS = 5000;

/**
 * The one import pipeline, for preview and commit alike: detect, map, stream the rows in
 * chunks through the ingestion core into a sink (server/csv/sink.ts). A commit writes in
 * one transaction and commits it — or rolls back for an import with errors, or when
 * anything throws; the `imports` row is written in the same transaction, so a killed
 * process leaves no trace. A preview only reads.
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
  const mapping = report.mapping;
  const counts: ImportCounts = report.counts;
  // A preview always goes on past bad rows (they are left out, and all listed) so it can
  // say what the good ones would do; a commit stops writing at the first error unless the
  // analyst chose to skip bad rows, and then rolls back.
  const skipBad = options.skipBadRows || !ctx.commit;
  const badRows = new Set<number>();
  let trailingComments = 0;
  let writing = true; // false after the first error unless bad rows are skipped
  const chunkRows = ctx.chunkRows ?? CHUNK_ROWS;
  // Rates without a weight find their day's denominator anywhere in the file.
  const weights = plan ? new RateWeights(snap) : null;
  let sink: ImportSink | null = null;
  const write = (items: IngestItem[], meta: ItemMeta[]) => {
    if (!items.length || !sink) return;
    const out = writeChunk(
      sink,
      snap,
      { items, meta },
      { now: ctx.now, skipBad, write: writing, borrow: weights?.borrow },
    );
    for (const e of out.errors) errors.add(e);
    for (const r of out.badRows) badRows.add(r);
    if (out.errors.length && !skipBad) writing = false;
    counts.inserted += out.result.inserted;
    counts.updated += out.result.updated;
    counts.unchanged += out.result.unchanged;
  };

  try {
    sink = ctx.commit
      ? openCommit(db, {
          fileName: file.fileName,
          hash: file.hash,
          size: file.size,
          profile: profile?.name ?? null,
          createdAt: ctx.now.toISOString(),
        })
      : openPreview(db);
    const width = sn.header.length;
    const records = (onBytes?: (bytes: number) => void) =>
      recordBatches({
        path: file.path,
        encoding,
        delimiter: sn.delimiter,
        skipLines: sn.preambleLines,
        batchSize: chunkRows,
        onBytes,
      });
    const tooWide = (cells: string[]) => cells.slice(width).some((c) => c.trim() !== '');
    for await (const batch of records((bytes) => ctx.onProgress?.({ rows: counts.rows, bytes }))) {
      const items: IngestItem[] = [];
      const meta: ItemMeta[] = [];
      for (const { row, cells } of batch) {
        if ((cells[0] ?? '').trimStart().startsWith('#') && cells.slice(1).every((c) => c.trim() === '')) {
          trailingComments++;
          continue;
        }
        if (tooWide(cells)) {
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
          const label = (cells[0] ?? '').trim();
          addNote(
            report,
            noteDetail('totals_row_skipped', { row, label }),
            `row ${row.toLocaleString('en-US')}: a totals row ("${label}") was skipped.`,
          );
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
      const ready = weights ? weights.take({ items, meta }) : { items, meta };
      write(ready.items, ready.meta);
      ctx.onProgress?.({ rows: counts.rows, bytes: -1 });
    }
    if (weights)
      await settleRates(weights, {
        reread: () => records(),
        convert: (row, cells) => {
          if (tooWide(cells)) return null;
          const c = convertRecord(snap, plan as Plan, row, cells);
          return c.errors.length ? null : c.items;
        },
        chunkRows,
        write,
      });
    if (aggregator) {
      const { items, meta } = aggregator.items();
      for (let i = 0; i < items.length; i += chunkRows)
        write(items.slice(i, i + chunkRows), meta.slice(i, i + chunkRows));
    }
    if (trailingComments)
      addNote(
        report,
        noteDetail('trailing_comments_skipped', { count: trailingComments }),
        `${trailingComments} comment line(s) after the header were skipped.`,
      );
    counts.badRows = badRows.size;
    counts.goodRows = counts.rows - counts.badRows;
    const failed = errors.total > 0 && !options.skipBadRows;
    if (counts.rows === 0 && !errors.total) errors.add(rowError(null, null, noDataRows));
    if (ctx.commit && !failed && counts.goodRows > 0) {
      if (options.saveProfileAs && !rowProfile)
        saveColumnProfile(db, options.saveProfileAs, sn.header, mapping, report, ctx.now);
      sink.finish({
        rows: counts.rows,
        inserted: counts.inserted,
        updated: counts.updated,
        unchanged: counts.unchanged,
        skippedRows: counts.badRows,
      });
      report.importId = sink.importId;
      report.committed = true;
    }
  } finally {
    sink?.close();
  }
  return finishReport(report, errors);
}

function finishReport(report: ImportReport, errors: ErrorList): ImportReport {
  report.errors = errors.items;
  report.errorCount = errors.total;
  return report;
}
