import type { Db } from './open.js';

export interface DaySum {
  measure_id: number;
  day: string;
  v: number;
}

/**
 * Daily sums per measure over a date range, across all segments (segmentId null) or for one.
 * All segments read the trigger-maintained daily totals (one row per measure and day, however
 * many stores); one segment reads its rows through the primary key (measure, segment, day).
 */
export function sumByMeasureDay(
  db: Db,
  measureIds: readonly number[],
  from: string,
  to: string,
  segmentId: number | null,
): DaySum[] {
  if (measureIds.length === 0) return [];
  const ids = measureIds.map((id) => Math.trunc(id)).join(',');
  if (segmentId === null)
    return db
      .prepare(
        `SELECT measure_id, day, value AS v FROM measure_day_totals
         WHERE measure_id IN (${ids}) AND day BETWEEN ? AND ?`,
      )
      .all(from, to) as DaySum[];
  return db
    .prepare(
      `SELECT measure_id, day, value AS v FROM measure_values
       WHERE measure_id IN (${ids}) AND segment_id = ? AND day BETWEEN ? AND ?`,
    )
    .all(segmentId, from, to) as DaySum[];
}

/** Latest day with data per measure (an index seek each, never a scan). */
export function lastDates(db: Db, measureIds: readonly number[], segmentId: number | null): Map<number, string | null> {
  const stmt =
    segmentId === null
      ? db.prepare('SELECT MAX(day) FROM measure_day_totals WHERE measure_id = ?').pluck()
      : db.prepare('SELECT MAX(day) FROM measure_values WHERE measure_id = ? AND segment_id = ?').pluck();
  return new Map(
    measureIds.map((id) => [
      id,
      ((segmentId === null ? stmt.get(id) : stmt.get(id, segmentId)) as string | null) ?? null,
    ]),
  );
}
