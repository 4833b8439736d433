import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

/*
 * Read paths of the scorecard and the series. Every query here is an index range search
 * whose cost depends on the window asked for (weeks × measures), never on how much history
 * or how many stores the database holds:
 *  - all segments read `measure_day_totals` (one row per measure and day, maintained by the
 *    triggers of migration 002) through its primary key (measure_id, day);
 *  - one segment reads `measure_values` through its primary key (measure_id, segment_id, day);
 *  - targets are found with one seek each on `targets_kpi` (kpi_id, segment_id, effective_from).
 * tests/server/query-plan.test.ts pins these plans (EXPLAIN QUERY PLAN, no table SCAN).
 */

export interface DaySum {
  measure_id: number;
  day: string;
  v: number;
}

/** Prepared statements per connection, keyed by SQL (the id list is part of the text). */
const cache = new WeakMap<Db, Map<string, Statement>>();
const MAX_CACHED = 128;

function prepared(db: Db, sql: string): Statement {
  let m = cache.get(db);
  if (!m) {
    m = new Map();
    cache.set(db, m);
  }
  let s = m.get(sql);
  if (!s) {
    // A bounded cache: catalogs are small, but a custom measure set per request must not leak.
    if (m.size >= MAX_CACHED) m.clear();
    s = db.prepare(sql);
    m.set(sql, s);
  }
  return s;
}

/** Measure ids as an SQL list; ids are integers from the catalog, never user text. */
const idList = (ids: readonly number[]) => ids.map((id) => Math.trunc(id)).join(',');

/**
 * SQL for daily values over a date range (params: [segmentId,] from, to). All segments read
 * the daily totals; one segment reads its own rows.
 */
export function dailySql(ids: readonly number[], segment: boolean): string {
  return segment
    ? `SELECT measure_id, day, value AS v FROM measure_values
       WHERE measure_id IN (${idList(ids)}) AND segment_id = ? AND day BETWEEN ? AND ?`
    : `SELECT measure_id, day, value AS v FROM measure_day_totals
       WHERE measure_id IN (${idList(ids)}) AND day BETWEEN ? AND ?`;
}

/** Daily sums per measure over a date range, across all segments (segmentId null) or for one. */
export function sumByMeasureDay(
  db: Db,
  measureIds: readonly number[],
  from: string,
  to: string,
  segmentId: number | null,
): DaySum[] {
  if (measureIds.length === 0) return [];
  const stmt = prepared(db, dailySql(measureIds, segmentId !== null));
  return (segmentId === null ? stmt.all(from, to) : stmt.all(segmentId, from, to)) as DaySum[];
}

/**
 * SQL summing each measure over consecutive date ranges (params: for each range its first
 * and last day, then [segmentId]). The ranges are a VALUES list joined to the index, so SQLite
 * does one primary-key range search per measure and range and sums inside the engine: the
 * rows never cross into JavaScript one day at a time (3,600 day rows for a 12-week scorecard
 * become 500 week rows).
 */
export function rangeSumsSql(ids: readonly number[], ranges: number, segment: boolean): string {
  const values = Array.from({ length: ranges }, (_, i) => `(${i}, ?, ?)`).join(', ');
  const table = segment ? 'measure_values' : 'measure_day_totals';
  return `WITH r(i, first_day, last_day) AS (VALUES ${values})
    SELECT t.measure_id, r.i, SUM(t.value), COUNT(*) FROM r
    JOIN ${table} t ON t.measure_id IN (${idList(ids)})${segment ? ' AND t.segment_id = ?' : ''}
      AND t.day BETWEEN r.first_day AND r.last_day
    GROUP BY t.measure_id, r.i`;
}

/** Per measure, per range index: the sum and the number of days with data (absent: no data). */
export type RangeSums = Map<number, Array<{ sum: number; days: number } | undefined>>;

export function sumByMeasureRange(
  db: Db,
  measureIds: readonly number[],
  ranges: ReadonlyArray<{ start: string; end: string }>,
  segmentId: number | null,
): RangeSums {
  const out: RangeSums = new Map();
  if (measureIds.length === 0 || ranges.length === 0) return out;
  const params: Array<string | number> = ranges.flatMap((r) => [r.start, r.end]);
  if (segmentId !== null) params.push(segmentId);
  const stmt = prepared(db, rangeSumsSql(measureIds, ranges.length, segmentId !== null));
  for (const [id, i, sum, days] of stmt.raw(true).all(...params) as Array<[number, number, number, number]>) {
    let list = out.get(id);
    if (!list) {
      list = [];
      out.set(id, list);
    }
    list[i] = { sum, days };
  }
  return out;
}

export const LAST_DAY_SQL = {
  all: 'SELECT MAX(day) FROM measure_day_totals WHERE measure_id = ?',
  segment: 'SELECT MAX(day) FROM measure_values WHERE measure_id = ? AND segment_id = ?',
} as const;

/** Latest day with data per measure (an index seek each, never a scan). */
export function lastDates(db: Db, measureIds: readonly number[], segmentId: number | null): Map<number, string | null> {
  const stmt = prepared(db, segmentId === null ? LAST_DAY_SQL.all : LAST_DAY_SQL.segment).pluck();
  return new Map(
    measureIds.map((id) => [
      id,
      ((segmentId === null ? stmt.get(id) : stmt.get(id, segmentId)) as string | null) ?? null,
    ]),
  );
}

/** The latest target of a KPI for one segment (or business-wide: null) effective on a day. */
export const TARGET_AT_SQL = `SELECT value, band, effective_from AS effectiveFrom FROM targets
  WHERE kpi_id = ? AND segment_id IS ? AND effective_from <= ?
  ORDER BY effective_from DESC, id DESC LIMIT 1`;

export interface TargetAt {
  value: number;
  band: number;
  effectiveFrom: string;
}

/**
 * The target in force for each KPI in a week, by index seeks rather than by loading the whole
 * target history (which grows every quarter). Same rule as `TargetResolver` in targets.ts: a
 * segment view uses that segment's own target; a ratio KPI falls back to the business-wide
 * one, a sum KPI does not.
 */
export function targetsAt(
  db: Db,
  kpis: ReadonlyArray<{ id: number; kind: 'sum' | 'ratio' }>,
  weekStartDate: string,
  segmentId: number | null,
): Map<number, TargetAt> {
  const stmt = prepared(db, TARGET_AT_SQL);
  const out = new Map<number, TargetAt>();
  for (const k of kpis) {
    const own = stmt.get(k.id, segmentId, weekStartDate) as TargetAt | undefined;
    const t = own ?? (segmentId !== null && k.kind === 'ratio' ? stmt.get(k.id, null, weekStartDate) : undefined);
    if (t) out.set(k.id, t as TargetAt);
  }
  return out;
}

/** One KPI's targets for a segment and business-wide, newest first (params: kpi, segment). */
export const TARGET_HISTORY_SQL = `SELECT segment_id AS segmentId, value, band, effective_from AS effectiveFrom
  FROM targets WHERE kpi_id = ? AND (segment_id IS NULL OR segment_id = ?)
  ORDER BY effective_from DESC, id DESC`;

/**
 * Resolves one KPI's target at any week from its own history only (a series asks for one
 * per point), with the same rule as `targetsAt`.
 */
export function kpiTargetResolver(
  db: Db,
  kpi: { id: number; kind: 'sum' | 'ratio' },
  segmentId: number | null,
): (weekStartDate: string) => TargetAt | null {
  const rows = prepared(db, TARGET_HISTORY_SQL).all(kpi.id, segmentId) as Array<
    TargetAt & { segmentId: number | null }
  >;
  const pick = (seg: number | null, at: string) => rows.find((r) => r.segmentId === seg && r.effectiveFrom <= at);
  return (at) => {
    const r = pick(segmentId, at) ?? (segmentId !== null && kpi.kind === 'ratio' ? pick(null, at) : undefined);
    return r ? { value: r.value, band: r.band, effectiveFrom: r.effectiveFrom } : null;
  };
}
