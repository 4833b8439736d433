import type { Db } from './open.js';
import { perConnection } from './prepared.js';

export interface StoredValue {
  value: number;
  source_kind: string;
  source_id: string;
  written_at: string;
}

export interface ValueKey {
  measureId: number;
  segmentId: number;
  day: string;
}

function prepare(db: Db) {
  return {
    get: db.prepare(
      'SELECT value, source_kind, source_id, written_at FROM measure_values WHERE measure_id = ? AND segment_id = ? AND day = ?',
    ),
    insert: db.prepare(
      'INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    update: db.prepare(
      'UPDATE measure_values SET value = ?, source_kind = ?, source_id = ?, written_at = ? WHERE measure_id = ? AND segment_id = ? AND day = ?',
    ),
    remove: db.prepare('DELETE FROM measure_values WHERE measure_id = ? AND segment_id = ? AND day = ?'),
  };
}

/** Prepared once per connection: the ingestion hot path runs these millions of times. */
const statements = perConnection(prepare);

export function getValue(db: Db, k: ValueKey): StoredValue | undefined {
  return statements(db).get.get(k.measureId, k.segmentId, k.day) as StoredValue | undefined;
}

export function insertValue(db: Db, k: ValueKey, value: number, kind: string, id: string, at: string): void {
  statements(db).insert.run(k.measureId, k.segmentId, k.day, value, kind, id, at);
}

export function updateValue(db: Db, k: ValueKey, value: number, kind: string, id: string, at: string): void {
  statements(db).update.run(value, kind, id, at, k.measureId, k.segmentId, k.day);
}

export function deleteValue(db: Db, k: ValueKey): void {
  statements(db).remove.run(k.measureId, k.segmentId, k.day);
}
