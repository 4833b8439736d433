import { expect, test } from 'vitest';
import { storeDb } from '../helpers/storeDb.js';

/**
 * The day totals the triggers keep (migrations 002, 017, 022) through every kind of UPDATE:
 * a value changed in place, a provenance-only change, a segment move, a move to another day
 * and to another measure. Expected totals are summed by hand from the values written.
 */
test('day totals follow in-place updates, moves between segments, days and measures', () => {
  const { db, id } = storeDb();
  const [orders, sessions] = [id('measures', 'orders'), id('measures', 'sessions')];
  const [es, nl] = [id('segments', 'shop_es'), id('segments', 'shop_nl')];
  const put = db.prepare("INSERT INTO measure_values VALUES (?, ?, ?, ?, 'api', 'a', 't0')");
  put.run(orders, 1, '2026-03-02', 10);
  put.run(orders, es, '2026-03-02', 2.5);
  put.run(orders, nl, '2026-03-02', 4);
  put.run(orders, es, '2026-03-03', 7);
  const total = (measure: number, day: string) =>
    db.prepare('SELECT value, segments FROM measure_day_totals WHERE measure_id = ? AND day = ?').get(measure, day);
  expect(total(orders, '2026-03-02')).toEqual({ value: 16.5, segments: 3 });

  const update = (set: string, where: string, ...params: unknown[]) =>
    db.prepare(`UPDATE measure_values SET ${set} WHERE ${where}`).run(...params);
  // In place: 2.5 → 0.1 on the 2nd (10 + 0.1 + 4).
  update(
    'value = ?, written_at = ?',
    'measure_id = ? AND segment_id = ? AND day = ?',
    0.1,
    't1',
    orders,
    es,
    '2026-03-02',
  );
  expect(total(orders, '2026-03-02')).toEqual({ value: 14.1, segments: 3 });
  // Provenance only: the total stays.
  update("source_id = 'b'", 'measure_id = ? AND segment_id = ? AND day = ?', orders, nl, '2026-03-02');
  expect(total(orders, '2026-03-02')).toEqual({ value: 14.1, segments: 3 });
  // NL's 4 moves to another day: the 2nd loses it, the 4th gains it.
  update('day = ?', 'measure_id = ? AND segment_id = ? AND day = ?', '2026-03-04', orders, nl, '2026-03-02');
  expect(total(orders, '2026-03-02')).toEqual({ value: 10.1, segments: 2 });
  expect(total(orders, '2026-03-04')).toEqual({ value: 4, segments: 1 });
  // A segment move on the same day and measure, with a new value: 4 → 6 from NL to ES.
  update('segment_id = ?, value = ?', 'measure_id = ? AND segment_id = ? AND day = ?', es, 6, orders, nl, '2026-03-04');
  expect(total(orders, '2026-03-04')).toEqual({ value: 6, segments: 1 });
  // To another measure: the 3rd's orders total goes (no value left), sessions gets one.
  update('measure_id = ?', 'measure_id = ? AND segment_id = ? AND day = ?', sessions, orders, es, '2026-03-03');
  expect(total(orders, '2026-03-03')).toBeUndefined();
  expect(total(sessions, '2026-03-03')).toEqual({ value: 7, segments: 1 });
  // Every total equals the sums of what is stored.
  expect(db.prepare('SELECT measure_id, day, value, segments FROM measure_day_totals ORDER BY 1, 2').all()).toEqual(
    db
      .prepare(
        'SELECT measure_id, day, SUM(value) AS value, COUNT(*) AS segments FROM measure_values GROUP BY 1, 2 ORDER BY 1, 2',
      )
      .all(),
  );
});
