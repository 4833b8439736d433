import { expect, test } from 'vitest';
import { addDays } from '../../shared/period.js';
import { type Scorecard, scorecardSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * The scorecard's weekly sums (summed inside SQLite per week), freshness and target lookups
 * (one index seek per KPI), checked against numbers worked out by hand.
 *
 * Week 2026-W11 is 9–15 March, W10 is 2–8 March; today is Wednesday 18 March.
 *  - s1: 100 sessions and 3 orders every day of W11; 200 sessions and 4 orders on Monday of W10.
 *  - s2: 50 sessions and 1 order Monday to Friday of W11 only.
 * All stores, W11: 950 sessions, 26 orders → 26/950. W10: 4/200 = 2%.
 * Targets for conversion: business 2.5% (band 0.2 pt) from W01, revised to 3% (band 0.1 pt)
 * from W11; s1 has its own 2% from W10. Sessions: business 1,000 a week from W01.
 */
async function seeded(): Promise<TestApp> {
  const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
  for (const key of ['s1', 's2'])
    expect((await t.request('POST', '/api/segments', { key, name: key.toUpperCase(), kind: 'store' })).status).toBe(
      201,
    );
  const items: unknown[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays('2026-03-09', i);
    items.push(
      { measure: 'sessions', date, value: 100, segment: 's1' },
      { measure: 'orders', date, value: 3, segment: 's1' },
    );
    if (i < 5)
      items.push(
        { measure: 'sessions', date, value: 50, segment: 's2' },
        { measure: 'orders', date, value: 1, segment: 's2' },
      );
  }
  items.push(
    { measure: 'sessions', date: '2026-03-02', value: 200, segment: 's1' },
    { measure: 'orders', date: '2026-03-02', value: 4, segment: 's1' },
  );
  await ingestOk(t, items);
  for (const target of [
    { kpi: 'conversion_rate', value: 0.025, band: 0.002, effectiveFrom: '2026-W01' },
    { kpi: 'conversion_rate', value: 0.03, band: 0.001, effectiveFrom: '2026-W11' },
    { kpi: 'conversion_rate', value: 0.02, band: 0, effectiveFrom: '2026-W10', segment: 's1' },
    { kpi: 'sessions', value: 1000, band: 0, effectiveFrom: '2026-W01' },
  ])
    expect((await t.request('POST', '/api/targets', target)).status).toBe(201);
  return t;
}

const row = (card: Scorecard, kpi: string) => {
  const r = card.roles.flatMap((x) => x.kpis).find((k) => k.kpi.key === kpi);
  if (!r) throw new Error(`no ${kpi} row`);
  return r;
};

test('all stores: weekly sums, previous week, sparkline, freshness and the revised target', async () => {
  const t = await seeded();
  const card = await t.get('/api/scorecard?week=2026-W11', scorecardSchema);
  const cr = row(card, 'conversion_rate');
  expect(cr.numerator).toBe(26);
  expect(cr.denominator).toBe(950);
  expect(cr.value).toBeCloseTo(26 / 950, 12);
  expect(cr.previous).toBeCloseTo(0.02, 12);
  expect(cr.change?.absolute).toBeCloseTo(26 / 950 - 0.02, 12);
  // 2.74% against the 3% target revised from W11 (band 0.1 pt): red.
  expect(cr.target).toEqual({ value: 0.03, band: 0.001, effectiveFrom: '2026-W11' });
  expect(cr.status).toBe('red');
  expect(cr.sparkline).toHaveLength(12);
  expect(cr.sparkline.slice(0, 10).every((p) => p.value === null)).toBe(true);
  expect(cr.sparkline[10]).toEqual({ week: '2026-W10', value: 0.02 });
  expect(cr.sparkline[11]?.week).toBe('2026-W11');
  expect(cr.inputs.map((i) => [i.measure, i.lastDate, i.daysWithData, i.daysInWeek])).toEqual([
    ['orders', '2026-03-15', 7, 7],
    ['sessions', '2026-03-15', 7, 7],
  ]);
  const sessions = row(card, 'sessions');
  expect(sessions.value).toBe(950);
  expect(sessions.target?.value).toBe(1000);
  expect(sessions.status).toBe('red');
});

test('the week before a revision keeps the earlier target', async () => {
  const t = await seeded();
  const cr = row(await t.get('/api/scorecard?week=2026-W10', scorecardSchema), 'conversion_rate');
  expect(cr.value).toBeCloseTo(0.02, 12);
  expect(cr.target).toEqual({ value: 0.025, band: 0.002, effectiveFrom: '2026-W01' });
  // 2% is 0.5 pt under 2.5%, beyond the 0.2 pt band.
  expect(cr.status).toBe('red');
});

test('one store: its own sums and days, its own target, else the business one for ratios only', async () => {
  const t = await seeded();
  const s1 = await t.get('/api/scorecard?week=2026-W11&segment=s1', scorecardSchema);
  expect(row(s1, 'conversion_rate')).toMatchObject({
    numerator: 21,
    denominator: 700,
    target: { value: 0.02, band: 0, effectiveFrom: '2026-W10' },
    status: 'green',
  });

  const s2 = await t.get('/api/scorecard?week=2026-W11&segment=s2', scorecardSchema);
  const cr = row(s2, 'conversion_rate');
  expect([cr.numerator, cr.denominator, cr.value]).toEqual([5, 250, 0.02]);
  expect(cr.target?.value).toBe(0.03); // no s2 target: a ratio falls back to the business one
  expect(cr.inputs.map((i) => [i.lastDate, i.daysWithData])).toEqual([
    ['2026-03-13', 5],
    ['2026-03-13', 5],
  ]);
  expect(cr.incomplete).toBe(true);
  expect(cr.previous).toBeNull();
  const sessions = row(s2, 'sessions');
  expect(sessions.value).toBe(250);
  expect(sessions.target).toBeNull(); // a business volume goal is not one store's goal
  expect(sessions.status).toBe('no_target');
});
