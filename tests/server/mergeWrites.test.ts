import { expect, test } from 'vitest';
import type { CatalogSnapshot } from '../../server/db/catalog.js';
import { mergeWrites, type Write } from '../../server/ingest/resolve.js';

// mergeWrites reads the catalog only to name a measure in a conflict message.
const snap = { measureById: new Map([[7, { key: 'orders' }]]) } as unknown as CatalogSnapshot;
const w = (measureId: number, segmentId: number, day: string, value: number, from: number): Write => ({
  measureId,
  segmentId,
  day,
  value,
  from: [from],
});

test('a small batch naming each cell once comes back as it is', () => {
  // Same measure and day in two segments, same measure and segment on two days: four cells.
  const writes = [
    w(7, 1, '2026-03-02', 1, 0),
    w(7, 2, '2026-03-02', 2, 1),
    w(7, 1, '2026-03-03', 3, 2),
    w(8, 1, '2026-03-02', 4, 3),
  ];
  const { merged, issues } = mergeWrites(snap, writes, 'increment');
  expect(issues).toEqual([]);
  expect(merged.map((m) => m.value)).toEqual([1, 2, 3, 4]);
});

test('increments to one cell add up, in a small batch and past the small-batch size', () => {
  const small = mergeWrites(
    snap,
    [w(7, 1, '2026-03-02', 1, 0), w(8, 1, '2026-03-02', 5, 1), w(7, 1, '2026-03-02', 2, 2)],
    'increment',
  );
  // 1 + 2 = 3 on measure 7, traced to items 0 and 2; measure 8 as sent.
  expect(small.merged).toEqual([
    { measureId: 7, segmentId: 1, day: '2026-03-02', value: 3, from: [0, 2] },
    { measureId: 8, segmentId: 1, day: '2026-03-02', value: 5, from: [1] },
  ]);
  // Ten writes: nine distinct days, and the first day again last (1 + 10 = 11).
  const days = Array.from({ length: 9 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
  const many = mergeWrites(
    snap,
    [...days.map((d, i) => w(7, 1, d, i + 1, i)), w(7, 1, '2026-03-01', 10, 9)],
    'increment',
  );
  expect(many.merged).toHaveLength(9);
  expect(many.merged[0]).toEqual({ measureId: 7, segmentId: 1, day: '2026-03-01', value: 11, from: [0, 9] });
});

test('two values for one cell in a set batch are a conflict, and the input is left as it was', () => {
  const writes = [w(7, 1, '2026-03-02', 5, 0), w(7, 1, '2026-03-02', 6, 1)];
  const { issues } = mergeWrites(snap, writes, 'set');
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ index: 1, field: 'value', code: 'conflicting_values' });
  expect(writes[0]?.from).toEqual([0]);
});
