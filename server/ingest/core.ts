import { issue } from '../../shared/errorCodes.js';
import type { IngestItem, IngestMode, IngestResult, ItemIssue } from '../../shared/schemas.js';
import { getCatalog } from '../db/catalog.js';
import { getValue, insertValue, type StoredValue, updateValue } from '../db/measureValues.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';
import { notifyIngested } from './events.js';
import { mergeWrites, resolveItems, type Write } from './resolve.js';

/** Where a value came from: kept beside every stored value. */
export interface Provenance {
  kind: 'api' | 'csv' | 'webhook' | 'demo';
  id: string;
}

/** Called for every cell a batch changes, with what it held before (undo keeps this). */
export type ChangeHook = (write: Write, previous: StoredValue | undefined) => void;

export const MAX_REPORTED_ISSUES = 200;

export function invalidItems(issues: ItemIssue[]): ApiError {
  const sorted = [...issues].sort((a, b) => a.index - b.index);
  const first = sorted[0];
  const head = first ? ` First: item ${first.index}, ${first.field}: ${first.message}.` : '';
  return new ApiError(422, 'invalid_items', `${issues.length} problem(s) in the batch; nothing was written.${head}`, {
    params: { count: issues.length },
    issues: sorted.slice(0, MAX_REPORTED_ISSUES),
    total: issues.length,
  });
}

/**
 * The one ingestion core every path goes through (JSON API, CSV, webhooks): validates the
 * whole batch, then writes it in one transaction or not at all.
 */
export function ingest(
  db: Db,
  batch: { mode: IngestMode; items: readonly IngestItem[] },
  source: Provenance,
  now: Date,
  onChange?: ChangeHook,
): IngestResult {
  const snap = getCatalog(db);
  const resolved = resolveItems(snap, batch.items, batch.mode);
  const { merged, issues } = mergeWrites(snap, resolved.writes, batch.mode);
  const all = [...resolved.issues, ...issues];
  if (all.length) throw invalidItems(all);
  return applyWrites(db, merged, batch.mode, source, now, onChange);
}

/** Writes already-validated writes in one transaction; throws (and rolls back) on a bad total. */
export function applyWrites(
  db: Db,
  writes: readonly Write[],
  mode: IngestMode,
  source: Provenance,
  now: Date,
  onChange?: ChangeHook,
): IngestResult {
  return db.transaction(() => applyWritesInTransaction(db, writes, mode, source, now, onChange))();
}

/**
 * The same writes for a caller that already holds a transaction (a bulk import writing
 * many chunks in one): no savepoint per call, which would copy every touched page into a
 * sub-journal and more than double the cost. A throw leaves the rollback to the caller.
 */
export function applyWritesInTransaction(
  db: Db,
  writes: readonly Write[],
  mode: IngestMode,
  source: Provenance,
  now: Date,
  onChange?: ChangeHook,
): IngestResult {
  const snap = getCatalog(db);
  const at = now.toISOString();
  const result: IngestResult = { inserted: 0, updated: 0, unchanged: 0, total: writes.length };
  const negatives: ItemIssue[] = [];
  for (const w of writes) {
    const old = getValue(db, w);
    const next = mode === 'increment' && old ? old.value + w.value : w.value;
    const measure = snap.measureById.get(w.measureId);
    if (measure?.nonNegative && next < 0) {
      const message = `${measure.key} on ${w.day} would become ${next}, but it cannot be below zero`;
      negatives.push({
        index: w.from[0] ?? -1,
        field: 'value',
        ...issue('would_go_negative', { measure: measure.key, day: w.day, value: next }, message),
      });
      continue;
    }
    if (!old) {
      insertValue(db, w, next, source.kind, source.id, at);
      result.inserted++;
    } else if (old.value === next) {
      result.unchanged++;
      continue;
    } else {
      updateValue(db, w, next, source.kind, source.id, at);
      result.updated++;
    }
    onChange?.(w, old);
  }
  if (negatives.length) throw invalidItems(negatives);
  // The one place every write path passes: the alert evaluator hears about it here.
  if (result.inserted + result.updated > 0) notifyIngested(db);
  return result;
}
