import { beforeEach, describe, expect, test } from 'vitest';
import { scorecardSchema, seriesSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * Conversion rate over a fixture built so that sum(orders) / sum(sessions) is far from the
 * mean of daily rates: a 10-session day at 50% must not weigh like a 10,000-session day at 1%.
 */
let t: TestApp;

const rowOf = (sc: unknown, key: string) => {
  const parsed = scorecardSchema.parse(sc);
  const row = parsed.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === key);
  if (!row) throw new Error(`no ${key} row`);
  return row;
};

beforeEach(async () => {
  t = makeTestApp();
  for (const key of ['shop_a', 'shop_b']) {
    const r = await t.request('POST', '/api/segments', { key, name: key.toUpperCase(), kind: 'store' });
    expect(r.status).toBe(201);
  }
  const day = (date: string, segment: string, sessions: number, orders: number) => [
    { measure: 'sessions', date, value: sessions, segment },
    { measure: 'orders', date, value: orders, segment },
  ];
  await ingestOk(t, [
    // ISO week 2026-W10 is 2026-03-02 .. 2026-03-08
    ...day('2026-03-02', 'shop_a', 10, 5), // 50%
    ...day('2026-03-03', 'shop_a', 10000, 100), // 1%
    ...day('2026-03-02', 'shop_b', 1000, 30), // 3%
    ...day('2026-03-04', 'shop_b', 3000, 60), // 2%
    // another week of March
    ...day('2026-03-20', 'shop_a', 2000, 50),
    // February, outside the month
    ...day('2026-02-27', 'shop_a', 500, 400),
  ]);
});

describe('ratio KPIs are a ratio of sums', () => {
  test('weekly, all segments: 195 orders / 14,010 sessions, not the mean of daily rates', async () => {
    const row = rowOf((await t.request('GET', '/api/scorecard?week=2026-W10')).json, 'conversion_rate');
    expect(row.numerator).toBe(5 + 100 + 30 + 60);
    expect(row.denominator).toBe(10 + 10000 + 1000 + 3000);
    expect(row.value).toBe(195 / 14010);
    // The classic bug would give the mean of daily rates (0.5, 0.01, 0.03, 0.02 → 0.14).
    expect(row.value).not.toBeCloseTo((0.5 + 0.01 + 0.03 + 0.02) / 4, 3);
  });

  test('weekly, one segment: shop_b alone is 90 / 4,000', async () => {
    const row = rowOf((await t.request('GET', '/api/scorecard?week=2026-W10&segment=shop_b')).json, 'conversion_rate');
    expect(row.value).toBe(90 / 4000);
    const a = rowOf((await t.request('GET', '/api/scorecard?week=2026-W10&segment=shop_a')).json, 'conversion_rate');
    expect(a.value).toBe(105 / 10010);
  });

  test('monthly series: March is 245 / 16,010 with its sums', async () => {
    const s = seriesSchema.parse(
      (await t.request('GET', '/api/kpis/conversion_rate/series?grain=month&from=2026-03-01&to=2026-03-31')).json,
    );
    expect(s.points).toHaveLength(1);
    expect(s.points[0]).toMatchObject({ period: '2026-03', numerator: 245, denominator: 16010, value: 245 / 16010 });
  });

  test('daily series for two segments sums the segments per day', async () => {
    const s = seriesSchema.parse(
      (await t.request('GET', '/api/kpis/conversion_rate/series?grain=day&from=2026-03-01&to=2026-03-04')).json,
    );
    expect(s.points.map((p) => [p.period, p.numerator, p.denominator, p.value])).toEqual([
      ['2026-03-01', null, null, null],
      ['2026-03-02', 35, 1010, 35 / 1010],
      ['2026-03-03', 100, 10000, 0.01],
      ['2026-03-04', 60, 3000, 0.02],
    ]);
  });

  test('weekly series for one segment', async () => {
    const s = seriesSchema.parse(
      (
        await t.request(
          'GET',
          '/api/kpis/conversion_rate/series?grain=week&from=2026-02-23&to=2026-03-22&segment=shop_a',
        )
      ).json,
    );
    expect(s.points.map((p) => [p.period, p.value])).toEqual([
      ['2026-W09', 400 / 500],
      ['2026-W10', 105 / 10010],
      ['2026-W11', null],
      ['2026-W12', 50 / 2000],
    ]);
  });

  test('a sum KPI adds days and segments', async () => {
    const row = rowOf((await t.request('GET', '/api/scorecard?week=2026-W10&role=marketing_manager')).json, 'sessions');
    expect(row.value).toBe(14010);
    expect(row.previous).toBe(500); // 2026-W09 holds only 2026-02-27
    expect(row.change).toEqual({ absolute: 13510, relative: 13510 / 500, better: true });
  });
});

describe('weeks across the year boundary', () => {
  const load = async (app: TestApp) =>
    ingestOk(app, [
      { measure: 'sessions', date: '2025-12-28', value: 1 }, // Sunday
      { measure: 'sessions', date: '2025-12-29', value: 10 }, // Monday of ISO 2026-W01
      { measure: 'sessions', date: '2026-01-03', value: 100 }, // Saturday
      { measure: 'sessions', date: '2026-01-04', value: 1000 }, // Sunday, last day of ISO 2026-W01
      { measure: 'sessions', date: '2026-01-05', value: 10000 }, // Monday of 2026-W02
    ]);

  test('ISO 2026-W01 is 2025-12-29 .. 2026-01-04', async () => {
    const app = makeTestApp();
    await load(app);
    const sc = scorecardSchema.parse(
      (await app.request('GET', '/api/scorecard?week=2026-W01&role=marketing_manager')).json,
    );
    expect(sc.week).toEqual({ label: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
    expect(rowOf(sc, 'sessions').value).toBe(10 + 100 + 1000);
    expect(rowOf(sc, 'sessions').previous).toBe(1);
  });

  test('a Sunday week start shifts 2026-W01 to 2025-12-28 .. 2026-01-03', async () => {
    const app = makeTestApp({ config: { weekStart: 'sunday' } });
    await load(app);
    const sc = scorecardSchema.parse(
      (await app.request('GET', '/api/scorecard?week=2026-W01&role=marketing_manager')).json,
    );
    expect(sc.week).toEqual({ label: '2026-W01', start: '2025-12-28', end: '2026-01-03' });
    expect(rowOf(sc, 'sessions').value).toBe(1 + 10 + 100);
    const w2 = scorecardSchema.parse(
      (await app.request('GET', '/api/scorecard?week=2026-W02&role=marketing_manager')).json,
    );
    expect(rowOf(w2, 'sessions').value).toBe(1000 + 10000);
  });
});
