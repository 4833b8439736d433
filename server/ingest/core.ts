import { issue } from '../../shared/errorCodes.js';
import type { IngestItem, IngestMode, IngestResult, ItemIssue } from '../../shared/schemas.js';
import { type CatalogSnapshot, getCatalog } from '../db/catalog.js';
import type { StoredValue } from '../db/measureValues.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';
import { isoTime } from '../ops/isoTime.js';
import { notifyIngested } from './events.js';
import { mergeWrites, resolveItems, type Write } from './resolve.js';
import { type CellStore, databaseStore, type Provenance } from './store.js';

export type { Provenance } from './store.js';

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
  return applyWrites(db, checkBatch(getCatalog(db), batch), batch.mode, source, now, onChange);
}

/** Resolves a batch against the catalog: its writes, or a 422 naming every problem. Reads no values. */
export function checkBatch(snap: CatalogSnapshot, batch: { mode: IngestMode; items: readonly IngestItem[] }): Write[] {
  const resolved = resolveItems(snap, batch.items, batch.mode);
  const { merged, issues } = mergeWrites(snap, resolved.writes, batch.mode);
  const all = [...resolved.issues, ...issues];
  if (all.length) throw invalidItems(all);
  return merged;
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
  const snap = getCatalog(db);
  const result = db.transaction(() => applyWritesTo(databaseStore(db), snap, writes, mode, source, now, onChange))();
  // Every API and webhook write passes here (CSV commits announce at their end): the alert
  // evaluator hears about it.
  if (result.inserted + result.updated > 0) notifyIngested(db);
  return result;
}

/**
 * Classifies each write as insert / update / unchanged against the store's current value
 * and hands it to the store: the one place these counts are decided, for real writes and
 * for a CSV preview alike. Runs inside the caller's transaction: a bulk import writing many
 * chunks in one gets no savepoint per call (which would copy every touched page into a
 * sub-journal and more than double the cost); a throw leaves the rollback to the caller.
 */
export function applyWritesTo(
  store: CellStore,
  snap: CatalogSnapshot,
  writes: readonly Write[],
  mode: IngestMode,
  source: Provenance,
  now: Date,
  onChange?: ChangeHook,
): IngestResult {
  const at = isoTime(now);
  const result: IngestResult = { inserted: 0, updated: 0, unchanged: 0, total: writes.length };
  const negatives: ItemIssue[] = [];
  for (const w of writes) {
    const old = store.get(w);
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
      store.insert(w, next, source, at);
      result.inserted++;
    } else if (old.value === next) {
      store.unchanged(w, next);
      result.unchanged++;
      continue;
    } else {
      store.update(w, next, source, at);
      result.updated++;
    }
    onChange?.(w, old);
  }
  if (negatives.length) throw invalidItems(negatives);
  return result;
}
