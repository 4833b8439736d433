import { describe, expect, test } from 'vitest';
import { downsampleMinMax, MAX_SERIES_POINTS } from '../../server/kpi/downsample.js';
import { addDays } from '../../shared/period.js';
import { seriesSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

const pts = (values: Array<number | null>) => values.map((value, i) => ({ i, value }));

describe('downsampleMinMax', () => {
  test('leaves a series at or under the limit untouched', () => {
    const input = pts([3, null, 1, 2]);
    const r = downsampleMinMax(input, 4);
    expect(r.points).toEqual(input);
    expect(r.info).toBeUndefined();
  });

  test('keeps the lowest and highest point of each bucket, in time order', () => {
    // 10 points, at most 4 → 2 buckets of 5: [5, 1, 9, 3, 4] and [null, null, 7, 2, 8].
    const r = downsampleMinMax(pts([5, 1, 9, 3, 4, null, null, 7, 2, 8]), 4);
    expect(r.points.map((p) => p.i)).toEqual([1, 2, 8, 9]);
    expect(r.info).toEqual({ method: 'min-max', sourcePoints: 10, buckets: 2 });
  });

  test('keeps the high before the low when the high comes first', () => {
    // Buckets [9, 5, 1] and [2, 2, 2]: 9 (index 0) before 1 (index 2); a flat bucket keeps one.
    const r = downsampleMinMax(pts([9, 5, 1, 2, 2, 2]), 4);
    expect(r.points.map((p) => p.i)).toEqual([0, 2, 3]);
  });

  test('a bucket without data keeps one empty point so the gap still shows', () => {
    const r = downsampleMinMax(pts([null, null, null, 3, 1, 2]), 4);
    expect(r.points.map((p) => [p.i, p.value])).toEqual([
      [0, null],
      [3, 3],
      [4, 1],
    ]);
  });

  test('never returns more than the limit', () => {
    const input = pts(Array.from({ length: 3653 }, (_, i) => Math.sin(i / 7) * 100 + (i % 13)));
    const r = downsampleMinMax(input, MAX_SERIES_POINTS);
    expect(r.points.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(r.info?.buckets).toBe(750);
    // Strictly increasing original positions: no point twice, time order kept.
    expect(r.points.every((p, k) => k === 0 || p.i > (r.points[k - 1]?.i ?? -1))).toBe(true);
  });
});

describe('GET /api/kpis/:key/series downsampling', () => {
  // 1,600 days of 1,000 sessions and 20 orders (2%), with one spike day (200 orders, 20%)
  // and one dip day (1 order, 0.1%): both must survive downsampling with their own sums.
  const FROM = '2021-01-01';
  const DAYS = 1600;
  const SPIKE = addDays(FROM, 1000);
  const DIP = addDays(FROM, 1234);

  async function seeded() {
    const t = makeTestApp({ now: '2026-01-10T10:00:00Z' });
    const items = Array.from({ length: DAYS }, (_, i) => addDays(FROM, i)).flatMap((date) => [
      { measure: 'sessions', date, value: 1000 },
      { measure: 'orders', date, value: date === SPIKE ? 200 : date === DIP ? 1 : 20 },
    ]);
    await ingestOk(t, items);
    return t;
  }

  test('a range over 1,500 days comes back as at most 1,500 real days, extremes kept, and says so', async () => {
    const t = await seeded();
    const s = await t.get(
      `/api/kpis/conversion_rate/series?grain=day&from=${FROM}&to=${addDays(FROM, DAYS - 1)}`,
      seriesSchema,
    );
    expect(s.downsampled).toEqual({ method: 'min-max', sourcePoints: 1600, buckets: 750 });
    expect(s.points.length).toBeLessThanOrEqual(1500);
    expect(s.from).toBe(FROM);
    expect(s.to).toBe(addDays(FROM, DAYS - 1));
    const spike = s.points.find((p) => p.period === SPIKE);
    expect(spike).toMatchObject({ value: 0.2, numerator: 200, denominator: 1000 });
    const dip = s.points.find((p) => p.period === DIP);
    expect(dip).toMatchObject({ value: 0.001, numerator: 1, denominator: 1000 });
    // Every other kept point is an ordinary 2% day.
    const others = s.points.filter((p) => p.period !== SPIKE && p.period !== DIP);
    expect(new Set(others.map((p) => p.value))).toEqual(new Set([0.02]));
    expect(s.points.every((p) => p.start === p.period && p.end === p.period)).toBe(true);
  });

  test('one year of days is returned in full, without the downsampled field', async () => {
    const t = await seeded();
    const s = await t.get(`/api/kpis/conversion_rate/series?grain=day&from=2024-01-01&to=2024-12-31`, seriesSchema);
    expect(s.points).toHaveLength(366);
    expect(s.downsampled).toBeUndefined();
  });
});
