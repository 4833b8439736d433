import { describe, expect, test } from 'vitest';
import { type CellValue, readCells, writeCells } from '../../server/db/bulkCells.js';
import type { Db } from '../../server/db/open.js';
import { storeDb } from '../helpers/storeDb.js';

// The bulk path a CSV commit writes through: multi-row inserts with the day-total triggers
// dropped for the chunk, then each touched day's total recomputed. Totals are checked against sums done
// by hand, and against what the per-row triggers give for the same writes.

function fresh(): { db: Db; sessions: number; orders: number } {
  const { db, id } = storeDb();
  return { db, sessions: id('measures', 'sessions'), orders: id('measures', 'orders') };
}

const totals = (db: Db, measureId: number) =>
  db
    .prepare('SELECT day, value, segments FROM measure_day_totals WHERE measure_id = ? ORDER BY day')
    .all(measureId) as Array<{ day: string; value: number; segments: number }>;

const triggers = (db: Db) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'measure_values' ORDER BY name")
    .pluck()
    .all();
const TRIGGERS = [
  'measure_values_total_delete',
  'measure_values_total_insert',
  'measure_values_total_update',
  'measure_values_total_update_value',
];

const provenance = { kind: 'csv', id: '1', at: '2026-03-18T10:00:00.000Z' };

describe('bulk cell writes', () => {
  test('day totals after inserts and updates equal the sums by hand, dense and scattered days', () => {
    const { db, sessions, orders } = fresh();
    // Stored before: sessions on 1 March in segment 1 (100) and 2 (50) — the second is updated below.
    db.prepare(
      "INSERT INTO measure_values VALUES (?, 1, '2026-03-01', 100, 'api', 'a', 'x'), (?, 2, '2026-03-01', 50, 'api', 'a', 'x')",
    ).run(sessions, sessions);
    // 10 dense days of sessions in segments 2 and 3 (range recompute), two scattered order days.
    const inserts: CellValue[] = [];
    for (const seg of [2, 3])
      for (let d = 2; d <= 11; d++)
        inserts.push({
          measureId: sessions,
          segmentId: seg,
          day: `2026-03-${String(d).padStart(2, '0')}`,
          value: d * seg,
        });
    inserts.push({ measureId: sessions, segmentId: 3, day: '2026-03-01', value: 5 });
    inserts.push({ measureId: orders, segmentId: 1, day: '2026-01-05', value: 3 });
    inserts.push({ measureId: orders, segmentId: 2, day: '2026-09-30', value: 4 });
    inserts.sort((a, b) => a.measureId - b.measureId || a.segmentId - b.segmentId || a.day.localeCompare(b.day));
    db.transaction(() =>
      writeCells(db, {
        inserts,
        updates: [{ measureId: sessions, segmentId: 2, day: '2026-03-01', value: 60 }],
        provenance,
      }),
    )();
    expect(triggers(db)).toEqual(TRIGGERS);
    const s = totals(db, sessions);
    // 1 March: 100 (seg 1) + 60 (seg 2, updated from 50) + 5 (seg 3) over 3 segments.
    expect(s[0]).toEqual({ day: '2026-03-01', value: 165, segments: 3 });
    // Day d of 2..11: 2d + 3d = 5d over 2 segments.
    expect(s.slice(1)).toEqual(
      Array.from({ length: 10 }, (_, i) => ({
        day: `2026-03-${String(i + 2).padStart(2, '0')}`,
        value: 5 * (i + 2),
        segments: 2,
      })),
    );
    expect(totals(db, orders)).toEqual([
      { day: '2026-01-05', value: 3, segments: 1 },
      { day: '2026-09-30', value: 4, segments: 1 },
    ]);
    // The same totals the per-row triggers keep: a later single write goes through them.
    db.prepare(
      "UPDATE measure_values SET value = 1 WHERE measure_id = ? AND segment_id = 1 AND day = '2026-03-01'",
    ).run(sessions);
    expect(totals(db, sessions)[0]).toEqual({ day: '2026-03-01', value: 66, segments: 3 });
  });

  test('a failed write rolls back with its DDL: the triggers are back for the next writer', () => {
    const { db, sessions } = fresh();
    const bad = [
      { measureId: sessions, segmentId: 1, day: '2026-03-01', value: 1 },
      { measureId: sessions, segmentId: 99, day: '2026-03-02', value: 2 }, // no segment 99: foreign key
    ];
    expect(() => db.transaction(() => writeCells(db, { inserts: bad, updates: [], provenance }))()).toThrow(
      /FOREIGN KEY/,
    );
    expect(triggers(db)).toEqual(TRIGGERS);
    expect(totals(db, sessions)).toEqual([]);
    db.prepare("INSERT INTO measure_values VALUES (?, 1, '2026-03-03', 9, 'api', 'a', 'x')").run(sessions);
    expect(totals(db, sessions)).toEqual([{ day: '2026-03-03', value: 9, segments: 1 }]);
  });

  test('readCells finds stored cells by range and one by one, never outside the asked range', () => {
    const { db, sessions } = fresh();
    const ins = db.prepare("INSERT INTO measure_values VALUES (?, 1, ?, ?, 'api', 'a', 'x')");
    for (let d = 1; d <= 20; d++) ins.run(sessions, `2026-04-${String(d).padStart(2, '0')}`, d);
    const dense = Array.from({ length: 10 }, (_, i) => ({
      measureId: sessions,
      segmentId: 1,
      day: `2026-04-${String(2 * i + 1).padStart(2, '0')}`,
    }));
    const found = readCells(db, [...dense, { measureId: sessions, segmentId: 2, day: '2026-04-01' }]);
    // The asked-for odd days 1..19 with their values; a range read may add the days between.
    for (const c of dense) expect(found.get(`${sessions}|1|${c.day}`)?.value).toBe(Number(c.day.slice(8)));
    expect(found.has(`${sessions}|2|2026-04-01`)).toBe(false);
    expect([...found.keys()].every((k) => k >= `${sessions}|1|2026-04-01` && k <= `${sessions}|1|2026-04-19`)).toBe(
      true,
    );
    const sparse = readCells(db, [
      { measureId: sessions, segmentId: 1, day: '2026-04-02' },
      { measureId: sessions, segmentId: 1, day: '2026-12-31' },
    ]);
    expect([...sparse.entries()].map(([k, v]) => [k, v.value])).toEqual([[`${sessions}|1|2026-04-02`, 2]]);
  });
});
