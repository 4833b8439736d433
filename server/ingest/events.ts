import type { Db } from '../db/open.js';

/**
 * "Measures were written" notifications from the ingestion core, per connection (tests build
 * many apps in one process, each on its own in-memory database). The alert evaluator listens.
 *
 * Listeners are called inside the writing transaction, once per batch or import chunk, so
 * they must only schedule work for later (the evaluator debounces): by the time it runs, the
 * transaction has committed — or rolled back, and the evaluation finds nothing new.
 */
const listeners = new WeakMap<Db, Set<() => void>>();

/** Calls `fn` after every batch that changed a value on `db`; returns the unsubscribe. */
export function onIngested(db: Db, fn: () => void): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(fn);
  return () => set.delete(fn);
}

export function notifyIngested(db: Db): void {
  const set = listeners.get(db);
  if (set) for (const fn of set) fn();
}
