import { getValue, insertValue, type StoredValue, updateValue, type ValueKey } from '../db/measureValues.js';
import type { Db } from '../db/open.js';

/** Where a value came from: kept beside every stored value. */
export interface Provenance {
  kind: 'api' | 'csv' | 'webhook' | 'demo';
  id: string;
}

/**
 * Where the ingestion core reads a cell's current value and puts the new one. The database
 * itself for every real write; a CSV preview passes a store that only remembers what it
 * would write (server/csv/sink.ts), so it runs the very same classification code without
 * taking SQLite's write lock.
 */
export interface CellStore {
  get(k: ValueKey): StoredValue | undefined;
  insert(k: ValueKey, value: number, source: Provenance, at: string): void;
  update(k: ValueKey, value: number, source: Provenance, at: string): void;
  /** The write leaves the cell's value as it is (nothing to store, but a dry run must know). */
  unchanged(k: ValueKey, value: number): void;
}

const stores = new WeakMap<Db, CellStore>();

/** The store that reads and writes `measure_values` on this connection. */
export function databaseStore(db: Db): CellStore {
  let s = stores.get(db);
  if (!s) {
    s = {
      get: (k) => getValue(db, k),
      insert: (k, value, source, at) => insertValue(db, k, value, source.kind, source.id, at),
      update: (k, value, source, at) => updateValue(db, k, value, source.kind, source.id, at),
      unchanged: () => undefined,
    };
    stores.set(db, s);
  }
  return s;
}
