import { describe, expect, test } from 'vitest';
import { periodsOf } from '../../server/insights/pace.js';
import { type Pacing, type PacingPeriod, pacingSchema } from '../../shared/insights.js';
import { addDays, daysBetween } from '../../shared/period.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * GET /api/insights/pacing on a hand-built first quarter of 2026. Clock: Monday 2026-03-16, so
 * March runs through Sunday 15 Mar (15 of 31 days) and Q1 through the same day (31 + 28 + 15 =
 * 74 of 90 days). Weeks: 2026-W12 starts Monday 16 Mar; 1 Mar is the Sunday of 2026-W09.
 */

/** One value per day from `from` to `to`, skipping `skip`. */
function daily(measure: string, from: string, to: string, value: number, skip: string[] = []) {
  return Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i))
    .filter((d) => !skip.includes(d))
    .map((date) => ({ measure, date, value }));
}

const MISSING = ['2026-03-07']; // a day the analytics export never arrived

async function quarterFixture(t: TestApp) {
  await ingestOk(t, [
    // Sessions: 900 a day in January, 1,000 in February, 1,100 in March (7 Mar missing).
    ...daily('sessions', '2026-01-01', '2026-01-31', 900),
    ...daily('sessions', '2026-02-01', '2026-02-28', 1000),
    ...daily('sessions', '2026-03-01', '2026-03-15', 1100, MISSING),
    // Orders: 18 a day in January, 25 in February, 22 in March (7 Mar missing).
    ...daily('orders', '2026-01-01', '2026-01-31', 18),
    ...daily('orders', '2026-02-01', '2026-02-28', 25),
    ...daily('orders', '2026-03-01', '2026-03-15', 22, MISSING),
    // Broken content items (lower is better): 3 a day in March.
    ...daily('broken_content_items', '2026-03-01', '2026-03-15', 3),
    // Data from today (16 Mar, still running) is not counted.
    { measure: 'sessions', date: '2026-03-16', value: 99999 },
  ]);
  const target = (kpi: string, value: number, band: number, effectiveFrom: string) =>
    t.request('POST', '/api/targets', { kpi, value, band, effectiveFrom });
  // Sessions: 7,000 a week (±700) from 2026-W01, raised to 8,400 (±840) from 2026-W12 (16 Mar).
  await target('sessions', 7000, 700, '2026-W01');
  await target('sessions', 8400, 840, '2026-W12');
  // Conversion: 2% (±0.2 pts) from 2026-W01, 2.5% (±0.2 pts) from 2026-W12.
  await target('conversion_rate', 0.02, 0.002, '2026-W01');
  await target('conversion_rate', 0.025, 0.002, '2026-W12');
  // AOV: €60 first set from 2026-W10 (2 Mar), so 1 Mar and the months before have no target of their own.
  await target('aov', 60, 5, '2026-W10');
  // Broken content: at most 14 a week (±3.5).
  await target('broken_content', 14, 3.5, '2026-W01');
}

const row = (p: PacingPeriod, kpi: string) => {
  const r = p.kpis.find((k) => k.kpi.key === kpi);
  if (!r) throw new Error(`no row for ${kpi}`);
  return r;
};

async function pacing(t: TestApp, query = ''): Promise<Pacing> {
  return t.get(`/api/insights/pacing${query}`, pacingSchema);
}

describe('pacing to target', () => {
  test('the month: a sum KPI with a target raised mid-month and a missing day', async () => {
    const t = makeTestApp({ now: '2026-03-16T10:00:00Z' });
    await quarterFixture(t);
    const { month } = await pacing(t);
    expect(month).toMatchObject({
      kind: 'month',
      label: '2026-03',
      start: '2026-03-01',
      end: '2026-03-31',
      through: '2026-03-15',
      elapsedDays: 15,
      totalDays: 31,
    });
    const s = row(month, 'sessions');
    // To date: 14 days with data × 1,100 = 15,400 (today's 99,999 is not counted).
    expect(s).toMatchObject({ toDate: 15400, numerator: 15400, denominator: null, daysWithData: 14 });
    // Pace per day with data: 15,400 / 14 = 1,100 → 1,100 × 31 days = 34,100.
    expect(s.projection).toBeCloseTo(34100, 9);
    // Target: 1–15 Mar at 7,000 / 7 = 1,000 a day (15,000) + 16–31 Mar at 8,400 / 7 = 1,200 a day (19,200) = 34,200.
    // Band: 15 × 100 + 16 × 120 = 3,420.
    expect(s.target?.value).toBeCloseTo(34200, 9);
    expect(s.target?.band).toBeCloseTo(3420, 9);
    expect(s.target?.parts).toEqual([
      { from: '2026-03-01', to: '2026-03-15', value: 7000, band: 700 },
      { from: '2026-03-16', to: '2026-03-31', value: 8400, band: 840 },
    ]);
    // 34,100 / 34,200 = 99.71%; 100 short, inside the 3,420 band: at risk.
    expect(s.percentOfTarget).toBeCloseTo(34100 / 34200, 12);
    expect(s.status).toBe('at_risk');
  });

  test('the month: a ratio KPI is its ratio of sums against the day-weighted target', async () => {
    const t = makeTestApp({ now: '2026-03-16T10:00:00Z' });
    await quarterFixture(t);
    const { month } = await pacing(t, '?role=ecommerce_manager');
    expect(month.kpis.map((k) => k.kpi.key)).toEqual(['conversion_rate', 'aov', 'cac', 'return_rate']);
    const c = row(month, 'conversion_rate');
    // 14 days × 22 orders = 308 over 14 × 1,100 = 15,400 sessions = 2.0%; a ratio projects itself.
    expect(c).toMatchObject({ numerator: 308, denominator: 15400, daysWithData: 14 });
    expect(c.toDate).toBeCloseTo(0.02, 15);
    expect(c.projection).toBeCloseTo(0.02, 15);
    // Target: (15 days × 2% + 16 days × 2.5%) / 31 = 0.7 / 31 = 2.2581%; band 0.2 pts.
    expect(c.target?.value).toBeCloseTo(0.7 / 31, 15);
    expect(c.target?.band).toBeCloseTo(0.002, 15);
    // 0.02 / (0.7 / 31) = 0.62 / 0.7 = 88.57%; 0.258 pts short, beyond the 0.2 band: off pace.
    expect(c.percentOfTarget).toBeCloseTo(0.62 / 0.7, 12);
    expect(c.status).toBe('off_pace');
    // A first target that starts inside the month (2 Mar) also covers 1 Mar; no AOV data yet.
    const aov = row(month, 'aov');
    expect(aov.target).toEqual({
      value: 60,
      band: 5,
      parts: [{ from: '2026-03-01', to: '2026-03-31', value: 60, band: 5 }],
    });
    expect(aov).toMatchObject({ toDate: null, projection: null, percentOfTarget: null, status: 'no_data' });
    expect(row(month, 'cac')).toMatchObject({ target: null, status: 'no_data' });
  });

  test('the quarter, and a lower-is-better KPI', async () => {
    const t = makeTestApp({ now: '2026-03-16T10:00:00Z' });
    await quarterFixture(t);
    const { quarter, month } = await pacing(t);
    expect(quarter).toMatchObject({
      label: '2026-Q1',
      start: '2026-01-01',
      end: '2026-03-31',
      through: '2026-03-15',
      elapsedDays: 74,
      totalDays: 90,
    });
    const s = row(quarter, 'sessions');
    // 31 × 900 + 28 × 1,000 + 14 × 1,100 = 27,900 + 28,000 + 15,400 = 71,300 over 73 days with data.
    expect(s).toMatchObject({ toDate: 71300, daysWithData: 73 });
    // 71,300 / 73 × 90 = 87,904.11
    expect(s.projection).toBeCloseTo((71300 / 73) * 90, 9);
    // 1 Jan – 15 Mar: 74 days × 1,000 = 74,000; 16–31 Mar: 16 × 1,200 = 19,200; total 93,200.
    expect(s.target?.value).toBeCloseTo(93200, 9);
    // Band 74 × 100 + 16 × 120 = 9,320; 5,295.89 short: at risk, on pace for 94.3%.
    expect(s.target?.band).toBeCloseTo(9320, 9);
    expect(s.percentOfTarget).toBeCloseTo(((71300 / 73) * 90) / 93200, 12);
    expect(s.status).toBe('at_risk');

    const c = row(quarter, 'conversion_rate');
    // Orders 31 × 18 + 28 × 25 + 14 × 22 = 558 + 700 + 308 = 1,566 over 71,300 sessions = 2.1964%.
    expect(c).toMatchObject({ numerator: 1566, denominator: 71300 });
    // Target (74 × 2% + 16 × 2.5%) / 90 = 1.88 / 90 = 2.0889%: met, on pace.
    expect(c.target?.value).toBeCloseTo(1.88 / 90, 15);
    expect(c.percentOfTarget).toBeCloseTo(1566 / 71300 / (1.88 / 90), 12);
    expect(c.status).toBe('on_pace');
    // The AOV target from 2 Mar is back-filled over the whole quarter.
    expect(row(quarter, 'aov').target?.parts).toEqual([{ from: '2026-01-01', to: '2026-03-31', value: 60, band: 5 }]);

    // Broken content, lower is better: 15 days × 3 = 45 → 45 / 15 × 31 = 93 against 31 × 14 / 7 = 62.
    // 150% of target reads as 50% over the limit; 31 over, beyond the 31 × 0.5 = 15.5 band: off pace.
    const b = row(month, 'broken_content');
    expect(b.projection).toBeCloseTo(93, 9);
    expect(b.target?.value).toBeCloseTo(62, 9);
    expect(b.percentOfTarget).toBeCloseTo(1.5, 12);
    expect(b.status).toBe('off_pace');
  });

  test('on the first day of a period nothing is projected yet', async () => {
    const t = makeTestApp({ now: '2026-04-01T10:00:00Z' });
    await quarterFixture(t);
    const p = await pacing(t, '?role=marketing_manager');
    for (const period of [p.month, p.quarter]) {
      expect(period).toMatchObject({ start: '2026-04-01', through: null, elapsedDays: 0 });
      expect(row(period, 'sessions')).toMatchObject({ toDate: null, projection: null, status: 'no_data' });
    }
    // Targets are still known: 30 April days at 8,400 / 7 = 1,200 a day = 36,000.
    expect(row(p.month, 'sessions').target?.value).toBeCloseTo(36000, 9);
  });

  test('today comes from the configured time zone', async () => {
    // 02:00 UTC on 1 April is still 31 March in New York: March runs through the 30th.
    const t = makeTestApp({ now: '2026-04-01T02:00:00Z', config: { timeZone: 'America/New_York' } });
    const p = await pacing(t);
    expect([p.today, p.month.label, p.month.through, p.month.elapsedDays]).toEqual([
      '2026-03-31',
      '2026-03',
      '2026-03-30',
      30,
    ]);
  });

  test('one segment uses its own sum targets and falls back to business-wide ratio targets', async () => {
    const t = makeTestApp({ now: '2026-03-16T10:00:00Z' });
    await quarterFixture(t);
    expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'ES', kind: 'store' })).status).toBe(201);
    await ingestOk(t, [
      ...daily('sessions', '2026-03-01', '2026-03-15', 100).map((i) => ({ ...i, segment: 'shop_es' })),
      ...daily('orders', '2026-03-01', '2026-03-15', 3).map((i) => ({ ...i, segment: 'shop_es' })),
    ]);
    const { month } = await pacing(t, '?segment=shop_es&role=marketing_manager');
    // 15 × 100 = 1,500 → 100 × 31 = 3,100; a business sessions goal is not one store's goal.
    expect(row(month, 'sessions')).toMatchObject({ toDate: 1500, target: null, status: 'no_target' });
    const conv = row((await pacing(t, '?segment=shop_es&role=ecommerce_manager')).month, 'conversion_rate');
    // 45 / 1,500 = 3% against the business-wide 0.7 / 31: on pace.
    expect(conv.toDate).toBeCloseTo(0.03, 15);
    expect(conv.target?.value).toBeCloseTo(0.7 / 31, 15);
    expect(conv.status).toBe('on_pace');
  });

  test('an unknown role or segment is a 404 with a hint', async () => {
    const t = makeTestApp();
    const r = await t.request('GET', '/api/insights/pacing?role=marketing');
    expect(r.status).toBe(404);
    expect(errorBodySchema.parse(r.json).error.message).toContain('"marketing_manager"');
    expect((await t.request('GET', '/api/insights/pacing?segment=nowhere')).status).toBe(404);
    expect((await t.request('GET', '/api/insights/pacing?role=Bad Key')).status).toBe(400);
  });
});

describe('calendar periods', () => {
  test.each([
    ['2026-03-16', '2026-03-01', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-06-30', '2026-06-01', '2026-06-30', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-11-15', '2026-11-01', '2026-11-30', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2028-02-29', '2028-02-01', '2028-02-29', '2028-Q1', '2028-01-01', '2028-03-31'],
  ])('%s is in month %s..%s and quarter %s (%s..%s)', (date, mStart, mEnd, qLabel, qStart, qEnd) => {
    const { month, quarter } = periodsOf(date);
    expect([month.start, month.end]).toEqual([mStart, mEnd]);
    expect([quarter.label, quarter.start, quarter.end]).toEqual([qLabel, qStart, qEnd]);
  });
});
