import { issue } from '../../shared/errorCodes.js';
import type { RowError } from '../../shared/imports.js';
import type { IngestItem, IngestResult } from '../../shared/schemas.js';
import type { CatalogSnapshot } from '../db/catalog.js';
import { applyWritesTo } from '../ingest/core.js';
import { type BatchIssue, type Borrow, mergeWrites, resolveItems } from '../ingest/resolve.js';
import type { ItemMeta } from './convert.js';
import { rowError } from './errors.js';
import type { ImportSink } from './sink.js';

/** Turns a core issue about item `index` into a row-and-column error in the analyst's terms. */
function toRowError(snap: CatalogSnapshot, problem: BatchIssue, meta: readonly ItemMeta[]): RowError {
  const m = meta[problem.index] ?? { row: null, column: null };
  if (problem.code === 'rate_needs_weight') {
    const { numerator, denominator } = problem.params;
    const denominatorName = snap.measureByKey.get(denominator)?.name ?? denominator;
    const message = `is a rate (${numerator} / ${denominator}) and needs a weight: add a "${denominatorName}" column with each day's ${denominator} (or a weight column), so the rate can be weighted instead of averaged`;
    return rowError(
      m.row,
      m.column,
      issue('rate_needs_weight_column', { numerator, denominator, denominatorName }, message),
    );
  }
  return rowError(m.row, problem.field === 'segment' ? (m.segmentColumn ?? m.column) : m.column, problem);
}

export interface ChunkOutcome {
  result: IngestResult;
  errors: RowError[];
  /** Rows left out (skip mode) or refused. */
  badRows: Set<number>;
}

/**
 * Sends one chunk of converted items through the ingestion core: resolve (validation,
 * rate decomposition), merge, then hand the writes to the sink (the database for a commit,
 * a counting store for a preview). A cell an earlier row of this file gave another value
 * (two rows for one day in different chunks; within a chunk mergeWrites catches them) is a
 * conflict, found before anything of the chunk is written. With `skipBad`, rows with an
 * error are dropped and the chunk is resolved again; otherwise nothing is written once an
 * error is seen (the caller rolls back).
 */
export function writeChunk(
  sink: ImportSink,
  snap: CatalogSnapshot,
  chunk: { items: IngestItem[]; meta: ItemMeta[] },
  opts: { now: Date; skipBad: boolean; write: boolean; borrow?: Borrow },
): ChunkOutcome {
  const errors: RowError[] = [];
  const badRows = new Set<number>();
  let { items, meta } = chunk;
  const empty: IngestResult = { inserted: 0, updated: 0, unchanged: 0, total: 0 };
  for (let attempt = 0; attempt < 5; attempt++) {
    const resolved = resolveItems(snap, items, 'set', opts.borrow);
    const merged = mergeWrites(snap, resolved.writes, 'set');
    const issues = [...resolved.issues, ...merged.issues];
    let result = empty;
    if (!issues.length && opts.write) {
      // In primary-key order: the chunk's current values are read in key ranges, and
      // neighbouring cells share B-tree pages, which matters once a big import's transaction
      // outgrows the page cache.
      const ordered = merged.merged.sort(
        (a, b) =>
          a.measureId - b.measureId || a.segmentId - b.segmentId || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0),
      );
      sink.load(ordered);
      for (const w of ordered) {
        const earlier = sink.earlier(w);
        if (earlier !== undefined && earlier !== w.value) {
          const measure = snap.measureById.get(w.measureId)?.key ?? String(w.measureId);
          const message = `sets ${measure} on ${w.day} to ${w.value}, but an earlier row of this file set it to ${earlier}; keep one row per day`;
          const params = { measure, day: w.day, value: w.value, otherValue: earlier };
          issues.push({ index: w.from[0] ?? -1, field: 'value', ...issue('conflicting_rows', params, message) });
        }
      }
      if (!issues.length) {
        result = applyWritesTo(sink.store, snap, ordered, 'set', sink.source, opts.now, sink.record);
        sink.flush();
      }
    }
    if (!issues.length) return { result, errors, badRows };
    const rows = new Set<number>();
    for (const i of issues) {
      const e = toRowError(snap, i, meta);
      errors.push(e);
      if (e.row !== null) rows.add(e.row);
      badRows.add(e.row ?? -1);
    }
    if (!opts.skipBad || rows.size === 0) return { result: empty, errors, badRows };
    const keep = meta.map((m) => m.row === null || !rows.has(m.row));
    items = items.filter((_, i) => keep[i]);
    meta = meta.filter((_, i) => keep[i]);
  }
  return { result: empty, errors, badRows };
}
