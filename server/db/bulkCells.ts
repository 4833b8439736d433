import type Database from 'better-sqlite3';
import { toEpochDay } from '../../shared/period.js';
import type { StoredValue, ValueKey } from './measureValues.js';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/**
 * The bulk write path of a big import: one chunk of cells at a time, with few statements.
 * A statement run from JavaScript costs a few microseconds of binding and dispatch whatever
 * it does, so a million single-row statements cost seconds before SQLite does any work;
 * here a chunk reads its cells' current values in primary-key ranges, inserts in
 * multi-row statements and brings the day totals up to date once per touched day.
 */

/** A statement taking positional parameters. */
export type Statement = Database.Statement<unknown[]>;

export const cellKey = (k: ValueKey): string => `${k.measureId}|${k.segmentId}|${k.day}`;

/** Rows per multi-row INSERT: 7 parameters a row stays far below SQLite's variable limit. */
const ROWS_PER_STATEMENT = 128;

/** Multi-row statements, prepared per connection, table, row shape and row count. */
const multiRow = perConnection(() => new Map<string, Statement>());

/**
 * Runs one INSERT per up to 128 `rows`: `head` VALUES `placeholders` × n `tail`, parameters
 * from `params`. Returns the last statement's result (undefined: no rows).
 */
export function runMultiRow<T>(
  db: Db,
  head: string,
  placeholders: string,
  rows: readonly T[],
  params: (row: T, out: unknown[]) => void,
  tail = '',
): Database.RunResult | undefined {
  const cache = multiRow(db);
  let last: Database.RunResult | undefined;
  for (let start = 0; start < rows.length; ) {
    // Full statements, then the rest in powers of two: at most 8 shapes per table stay
    // prepared (one per row count would keep up to 128 large statements in memory).
    let n = ROWS_PER_STATEMENT;
    while (n > rows.length - start) n >>= 1;
    const key = `${n} ${head} ${placeholders}${tail}`;
    let stmt = cache.get(key);
    if (!stmt) {
      if (cache.size >= 32) cache.clear(); // shapes of earlier imports' provenance
      stmt = db.prepare<unknown[]>(`${head} VALUES ${Array(n).fill(placeholders).join(', ')}${tail}`);
      cache.set(key, stmt);
    }
    const out: unknown[] = [];
    for (let i = start; i < start + n; i++) params(rows[i] as T, out);
    last = stmt.run(out);
    start += n;
  }
  return last;
}

const stmts = perConnection((db: Db) => ({
  range: db.prepare(
    `SELECT day, value, source_kind, source_id, written_at FROM measure_values
       WHERE measure_id = ? AND segment_id = ? AND day BETWEEN ? AND ?`,
  ),
  one: db.prepare(
    'SELECT day, value, source_kind, source_id, written_at FROM measure_values WHERE measure_id = ? AND segment_id = ? AND day = ?',
  ),
  update: db.prepare(
    'UPDATE measure_values SET value = ?, source_kind = ?, source_id = ?, written_at = ? WHERE measure_id = ? AND segment_id = ? AND day = ?',
  ),
  triggers: db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'measure_values'")
    .raw(true),
  rangeTotals: db.prepare(
    `INSERT OR REPLACE INTO measure_day_totals (measure_id, day, value, segments)
       SELECT v.measure_id, v.day, SUM(v.value), COUNT(*) FROM segments s CROSS JOIN measure_values v
       ON v.measure_id = ? AND v.segment_id = s.id AND v.day BETWEEN ? AND ? GROUP BY v.day`,
  ),
  dayTotal: db.prepare(
    `INSERT OR REPLACE INTO measure_day_totals (measure_id, day, value, segments)
       SELECT v.measure_id, v.day, SUM(v.value), COUNT(*) FROM segments s CROSS JOIN measure_values v
       ON v.measure_id = ? AND v.segment_id = s.id AND v.day = ? GROUP BY v.day`,
  ),
}));

/** Days from `from` to `to`, both included. */
const daySpan = (from: string, to: string) => toEpochDay(to) - toEpochDay(from) + 1;

/**
 * Reads the rows of `cells` (sorted by measure, segment, day) from a table keyed like
 * measure_values, keyed by `cellKey`, plus whatever else lies inside a range read. Each run
 * of one measure and segment is read as one primary-key range (`range`: measure, segment,
 * from, to) when the cells fill at least half of it, else cell by cell (`one`: measure,
 * segment, day), so a sparse chunk never reads years it does not touch.
 */
export function readRuns<R extends { day: string }, T>(
  cells: readonly ValueKey[],
  range: Statement,
  one: Statement,
  toValue: (row: R) => T,
): Map<string, T> {
  const found = new Map<string, T>();
  let i = 0;
  while (i < cells.length) {
    const first = cells[i] as ValueKey;
    let j = i + 1;
    while (j < cells.length) {
      const c = cells[j] as ValueKey;
      if (c.measureId !== first.measureId || c.segmentId !== first.segmentId) break;
      j++;
    }
    const last = cells[j - 1] as ValueKey;
    if (j - i >= 8 && daySpan(first.day, last.day) <= 2 * (j - i)) {
      for (const r of range.iterate(first.measureId, first.segmentId, first.day, last.day) as Iterable<R>)
        found.set(cellKey({ measureId: first.measureId, segmentId: first.segmentId, day: r.day }), toValue(r));
    } else {
      for (let k = i; k < j; k++) {
        const c = cells[k] as ValueKey;
        const r = one.get(c.measureId, c.segmentId, c.day) as R | undefined;
        if (r) found.set(cellKey(c), toValue(r));
      }
    }
    i = j;
  }
  return found;
}

/** The stored values of `cells` (sorted by primary key): see `readRuns`. Each keeps its row's `day`. */
export function readCells(db: Db, cells: readonly ValueKey[]): Map<string, StoredValue> {
  const s = stmts(db);
  return readRuns(cells, s.range, s.one, (r: StoredValue & { day: string }) => r);
}

export interface CellValue extends ValueKey {
  value: number;
}

export interface BulkWrite {
  /** Cells without a stored value, sorted by measure, segment, day. */
  inserts: readonly CellValue[];
  /** Cells whose stored value changes. */
  updates: readonly CellValue[];
  provenance: { kind: string; id: string; at: string };
}

/** SQL text as a literal: provenance is the same for every row of an import, so it is written into the statement instead of bound 3 times a row. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Writes one chunk inside the caller's transaction. The per-row day-total triggers
 * (migration 017: two statements per written cell, most of a big import's time) are dropped
 * for the chunk and recreated from their own stored SQL afterwards, and every touched day's
 * total is recomputed once from the values themselves — the totals the triggers would have
 * left. Synchronous from start to end, so nothing else can write on this connection while
 * they are gone; the DDL is part of the transaction, so a throw leaves them to the caller's
 * rollback and no committed state ever lacks them.
 */
export function writeCells(db: Db, w: BulkWrite): void {
  if (!w.inserts.length && !w.updates.length) return;
  const s = stmts(db);
  const { kind, id, at } = w.provenance;
  const triggers = s.triggers.all() as Array<[string, string]>;
  for (const [name] of triggers) db.exec(`DROP TRIGGER "${name}"`);
  runMultiRow(
    db,
    'INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at)',
    `(?, ?, ?, ?, ${literal(kind)}, ${literal(id)}, ${literal(at)})`,
    w.inserts,
    (c, out) => out.push(c.measureId, c.segmentId, c.day, c.value),
  );
  for (const c of w.updates) s.update.run(c.value, kind, id, at, c.measureId, c.segmentId, c.day);
  recomputeDayTotals(db, [...w.inserts, ...w.updates]);
  for (const [, sql] of triggers) db.exec(sql);
}

/**
 * Brings `measure_day_totals` up to date for every (measure, day) the cells touch: a dense
 * run of days of one measure in one range statement (recomputing an untouched day in it
 * rewrites the same total), scattered days one by one. Inserts and updates only: a bulk
 * write never removes a day's last value.
 */
function recomputeDayTotals(db: Db, cells: readonly ValueKey[]): void {
  const s = stmts(db);
  const days = new Map<number, Set<string>>();
  for (const c of cells) {
    let set = days.get(c.measureId);
    if (!set) {
      set = new Set();
      days.set(c.measureId, set);
    }
    set.add(c.day);
  }
  for (const [measureId, set] of days) {
    const sorted = [...set].sort();
    const from = sorted[0] as string;
    const to = sorted[sorted.length - 1] as string;
    if (sorted.length >= 8 && daySpan(from, to) <= 2 * sorted.length) s.rangeTotals.run(measureId, from, to);
    else for (const day of sorted) s.dayTotal.run(measureId, day);
  }
}

/** Records the previous value of changed cells for undo, many rows a statement. */
export function recordPrevious(
  db: Db,
  importId: number,
  changes: ReadonlyArray<{ key: ValueKey; previous: StoredValue | undefined }>,
): void {
  runMultiRow(
    db,
    'INSERT INTO import_changes (import_id, measure_id, segment_id, day, prev_value, prev_kind, prev_id, prev_at)',
    '(?, ?, ?, ?, ?, ?, ?, ?)',
    changes,
    ({ key, previous: p }, out) =>
      out.push(
        importId,
        key.measureId,
        key.segmentId,
        key.day,
        p?.value ?? null,
        p?.source_kind ?? null,
        p?.source_id ?? null,
        p?.written_at ?? null,
      ),
  );
}
