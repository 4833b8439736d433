import { describe, expect, test } from 'vitest';
import { type RevenueComparison, revenueInsightSchema } from '../../shared/insights.js';
import { addDays } from '../../shared/period.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

/**
 * GET /api/insights/revenue through the app on ingested data. Clock: Wednesday 2026-03-18, so
 * the default week is 2026-W11 (9–15 Mar), the previous one 2026-W10 (2–8 Mar) and the same
 * ISO week a year earlier 2025-W11 (10–16 Mar 2025).
 */

interface WeekTotals {
  sessions: number;
  orders: number;
  revenue: number;
}

/**
 * A week's totals written on its Monday (20% of sessions, half the orders and revenue) and its
 * Thursday (the rest): the days' conversion rates differ, so an average of daily ratios would
 * not give the week's ratio of sums.
 */
function weekItems(monday: string, w: WeekTotals, segment?: string) {
  const thursday = addDays(monday, 3);
  const seg = segment ? { segment } : {};
  return [
    { measure: 'sessions', date: monday, value: w.sessions * 0.2, ...seg },
    { measure: 'sessions', date: thursday, value: w.sessions * 0.8, ...seg },
    { measure: 'orders', date: monday, value: w.orders / 2, ...seg },
    { measure: 'orders', date: thursday, value: w.orders / 2, ...seg },
    { measure: 'net_revenue', date: monday, value: w.revenue / 2, ...seg },
    { measure: 'net_revenue', date: thursday, value: w.revenue / 2, ...seg },
  ];
}

const W11 = '2026-03-09';
const W10 = '2026-03-02';
const W11_2025 = '2025-03-10';

async function revenue(t: TestApp, query = '') {
  return t.get(`/api/insights/revenue${query}`, revenueInsightSchema);
}
function available(c: RevenueComparison | undefined) {
  if (!c?.available) throw new Error(`comparison not available: ${JSON.stringify(c)}`);
  return c;
}
const byFactor = (c: ReturnType<typeof available>) => Object.fromEntries(c.factors.map((f) => [f.factor, f]));

describe('what moved revenue', () => {
  test('against last week and a year earlier, each factor tagged with its role', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      // 2026-W11: 7,700 sessions × 2% (154 orders) × €66 = €10,164
      ...weekItems(W11, { sessions: 7700, orders: 154, revenue: 10164 }),
      // 2026-W10: 7,700 sessions × 1.8182% (140 orders) × €60 = €8,400
      ...weekItems(W10, { sessions: 7700, orders: 140, revenue: 8400 }),
      // 2025-W11: 7,000 sessions × 2% (140 orders) × €60 = €8,400
      ...weekItems(W11_2025, { sessions: 7000, orders: 140, revenue: 8400 }),
    ]);
    const r = await revenue(t);
    expect(r.week).toEqual({ label: '2026-W11', start: '2026-03-09', end: '2026-03-15' });
    expect(r.segment).toBeNull();

    // vs last week: traffic ×1 (flat), conversion ×1.1 (0.02 / (140/7700)), AOV ×1.1 (66 / 60).
    // R1/R0 = 1.21, L = 1764 / ln 1.21 = 1764 / (2·ln 1.1), so
    // traffic = L·ln 1 = 0; conversion = AOV = L·ln 1.1 = 1764 / 2 = €882 = 882 / 8400 = 10.5 pts.
    const week = available(r.comparisons[0]);
    expect(week).toMatchObject({
      against: 'previous_week',
      baseWeek: { label: '2026-W10', start: '2026-03-02', end: '2026-03-08' },
      method: 'lmdi',
      methodReason: null,
      note: null,
      base: { sessions: 7700, orders: 140, revenue: 8400, days: 2 },
      current: { sessions: 7700, orders: 154, revenue: 10164, days: 2 },
      change: 1764,
    });
    expect(week.percentChange).toBeCloseTo(21, 9); // 1764 / 8400
    const w = byFactor(week);
    expect(w.traffic?.contribution).toBe(0);
    expect(w.conversion?.contribution).toBeCloseTo(882, 9);
    expect(w.aov?.contribution).toBeCloseTo(882, 9);
    expect(w.conversion?.points).toBeCloseTo(10.5, 9);
    expect(w.conversion?.base).toBeCloseTo(140 / 7700, 12);
    expect(w.conversion?.current).toBe(0.02);
    expect(week.factors.map((f) => [f.factor, f.kpi.key, f.role.key, f.role.name])).toEqual([
      ['traffic', 'sessions', 'marketing_manager', 'Marketing Manager'],
      ['conversion', 'conversion_rate', 'ecommerce_manager', 'E-commerce Manager'],
      ['aov', 'aov', 'ecommerce_manager', 'E-commerce Manager'],
    ]);
    const sum = week.factors.reduce((s, f) => s + f.contribution, 0);
    expect(Math.abs(sum - 1764)).toBeLessThan(1e-9);

    // vs a year earlier: traffic ×1.1 (7000 → 7700), conversion ×1 (2% both), AOV ×1.1:
    // traffic = AOV = €882 (10.5 pts), conversion 0.
    const year = available(r.comparisons[1]);
    expect(year).toMatchObject({
      against: 'year_ago',
      baseWeek: { label: '2025-W11', start: '2025-03-10', end: '2025-03-16' },
      method: 'lmdi',
      change: 1764,
    });
    const y = byFactor(year);
    expect(y.traffic?.contribution).toBeCloseTo(882, 9);
    expect(y.conversion?.contribution).toBe(0);
    expect(y.aov?.points).toBeCloseTo(10.5, 9);
  });

  test('one segment sums only that segment; the unknown one is a 404 with a hint', async () => {
    const t = makeTestApp();
    for (const key of ['shop_es', 'shop_nl'])
      expect((await t.request('POST', '/api/segments', { key, name: key, kind: 'store' })).status).toBe(201);
    await ingestOk(t, [
      // shop_es: conversion 2.5% → 2% on 4,000 sessions, AOV €60 both weeks: €6,000 → €4,800.
      ...weekItems(W10, { sessions: 4000, orders: 100, revenue: 6000 }, 'shop_es'),
      ...weekItems(W11, { sessions: 4000, orders: 80, revenue: 4800 }, 'shop_es'),
      // shop_nl: flat at 3,000 sessions, 60 orders, €3,000.
      ...weekItems(W10, { sessions: 3000, orders: 60, revenue: 3000 }, 'shop_nl'),
      ...weekItems(W11, { sessions: 3000, orders: 60, revenue: 3000 }, 'shop_nl'),
    ]);
    // Only conversion moved in shop_es: it takes the whole −€1,200, −20 pts of €6,000.
    const es = available((await revenue(t, '?week=2026-W11&segment=shop_es')).comparisons[0]);
    const f = byFactor(es);
    expect(es.change).toBe(-1200);
    expect(f.conversion?.contribution).toBeCloseTo(-1200, 9);
    expect(f.conversion?.points).toBeCloseTo(-20, 9);
    expect(f.traffic?.contribution).toBe(0);
    expect(f.aov?.contribution).toBe(0);
    // All segments: €6,000 + €3,000 = €9,000 → €4,800 + €3,000 = €7,800.
    const all = available((await revenue(t)).comparisons[0]);
    expect([all.base.revenue, all.current.revenue, all.base.sessions]).toEqual([9000, 7800, 7000]);

    const unknown = await t.request('GET', '/api/insights/revenue?segment=shop_ess');
    expect(unknown.status).toBe(404);
    expect(errorBodySchema.parse(unknown.json).error.message).toContain('"shop_es"');
    expect((await t.request('GET', '/api/insights/revenue?week=2026-W60')).status).toBe(422);
    expect((await t.request('GET', '/api/insights/revenue?week=soon')).status).toBe(400);
  });

  test('the role tag follows a KPI moved to another role', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      ...weekItems(W10, { sessions: 7700, orders: 140, revenue: 8400 }),
      ...weekItems(W11, { sessions: 7700, orders: 154, revenue: 10164 }),
    ]);
    expect((await t.request('PATCH', '/api/kpis/conversion_rate', { role: 'web_experience' })).status).toBe(200);
    const c = available((await revenue(t)).comparisons[0]);
    expect(byFactor(c).conversion?.role).toEqual({ key: 'web_experience', name: 'Web & UX' });
    expect(byFactor(c).aov?.role.key).toBe('ecommerce_manager');
  });

  test('no data to compare with is "not available" with the reason, not zeros', async () => {
    const t = makeTestApp();
    await ingestOk(t, weekItems(W11, { sessions: 7700, orders: 154, revenue: 10164 }));
    const r = await revenue(t);
    expect(r.comparisons.map((c) => [c.against, c.available, c.available ? null : c.code])).toEqual([
      ['previous_week', false, 'no_base_data'],
      ['year_ago', false, 'no_base_data'],
    ]);
    const first = r.comparisons[0];
    expect(first && !first.available && first.reason).toBe(
      'No sessions, orders or net revenue data for 2026-W10, so there is nothing to compare 2026-W11 with.',
    );
    // The same as data, for the page to word in any language: all three measures are missing.
    expect(first && !first.available && first.missing).toEqual(['sessions', 'orders', 'net_revenue']);
    expect(JSON.stringify(r)).not.toContain('"contribution"');

    // The selected week itself without orders data (sessions and revenue arrived): says what is missing there.
    await ingestOk(
      t,
      weekItems('2026-02-23', { sessions: 700, orders: 14, revenue: 840 }).filter((i) => i.measure !== 'orders'),
    );
    const older = await revenue(t, '?week=2026-W09');
    const c = older.comparisons[0];
    expect(c?.available === false && c.code).toBe('no_current_data');
    expect(c?.available === false && c.reason).toBe(
      'No orders data for 2026-W09: the split needs sessions, orders and net revenue for both weeks.',
    );
    expect(c?.available === false && c.missing).toEqual(['orders']);
  });

  test('a week of recorded zeros is data: the change is split, but it has no percentage', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      ...weekItems(W10, { sessions: 0, orders: 0, revenue: 0 }),
      // 500 sessions × 2% × €60 = €600; conversion and AOV take this week's values for the
      // empty week, so traffic carries the whole €600 (Shapley, since a factor is 0).
      ...weekItems(W11, { sessions: 500, orders: 10, revenue: 600 }),
    ]);
    const c = available((await revenue(t)).comparisons[0]);
    expect(c.method).toBe('shapley');
    expect(c.methodReason).toMatch(/without orders/);
    expect(c.percentChange).toBeNull();
    const f = byFactor(c);
    expect(f.traffic?.contribution).toBeCloseTo(600, 9);
    expect(f.traffic?.points).toBeNull();
    expect(f.conversion?.contribution).toBe(0);
  });

  test('refunds beyond sales in the base week use the exact fallback', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      // −€200 on 10 orders (AOV −€20) → €1,000 on 20 orders (AOV €50), 1,000 sessions both weeks:
      // conversion = 0.01 · [(1000·−20 + 1000·50)/3 + (1000·50 + 1000·−20)/6] = 150,
      // AOV = 70 · [(1000·0.01 + 1000·0.02)/3 + (1000·0.02 + 1000·0.01)/6] = 1,050.
      ...weekItems(W10, { sessions: 1000, orders: 10, revenue: -200 }),
      ...weekItems(W11, { sessions: 1000, orders: 20, revenue: 1000 }),
    ]);
    const c = available((await revenue(t)).comparisons[0]);
    expect(c.method).toBe('shapley');
    expect(c.methodReason).toMatch(/negative/);
    const f = byFactor(c);
    expect(f.conversion?.contribution).toBeCloseTo(150, 9);
    expect(f.aov?.contribution).toBeCloseTo(1050, 9);
    // Points of |−€200|: a rise reads as positive. 1,200 / 200 = +600%.
    expect(c.percentChange).toBeCloseTo(600, 9);
    expect(f.aov?.points).toBeCloseTo(525, 9);
  });

  test('a deleted or redefined KPI of the identity makes the split unavailable, with the reason', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      ...weekItems(W10, { sessions: 7700, orders: 140, revenue: 8400 }),
      ...weekItems(W11, { sessions: 7700, orders: 154, revenue: 10164 }),
    ]);
    expect(
      (
        await t.request('PATCH', '/api/kpis/conversion_rate', {
          formula: { kind: 'ratio', numerator: 'landing_conversions', denominator: 'landing_sessions' },
        })
      ).status,
    ).toBe(200);
    const redefined = (await revenue(t)).comparisons[0];
    expect(redefined?.available === false && redefined.code).toBe('identity_missing');
    expect(redefined?.available === false && redefined.reason).toContain(
      'KPI "conversion_rate" is no longer orders / sessions (it is landing_conversions / landing_sessions)',
    );

    expect((await t.request('DELETE', '/api/kpis/aov')).status).toBe(204);
    const r = await t.request('GET', '/api/insights/revenue');
    expect(r.status).toBe(200);
    const deleted = revenueInsightSchema.parse(r.json).comparisons;
    expect(deleted.every((c) => !c.available && c.code === 'identity_missing')).toBe(true);
    expect(deleted[0]?.available === false && deleted[0].reason).toContain('"aov" no longer exists');
  });

  test('week 53 is compared with the week covering the same days a year earlier', async () => {
    // Clock: Wednesday 2027-01-06; the last complete week is 2026-W53 (28 Dec 2026 – 3 Jan 2027).
    // 2025 has 52 ISO weeks, so the year-earlier week is 52 weeks back: 2026-W01 (29 Dec – 4 Jan).
    const t = makeTestApp({ now: '2027-01-06T10:00:00Z' });
    await ingestOk(t, [
      ...weekItems('2025-12-29', { sessions: 1000, orders: 20, revenue: 1000 }),
      ...weekItems('2026-12-28', { sessions: 1100, orders: 22, revenue: 1100 }),
    ]);
    const r = await revenue(t);
    expect(r.week.label).toBe('2026-W53');
    const y = available(r.comparisons[1]);
    expect(y.baseWeek).toEqual({ label: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
    expect(y.note).toContain('2025 has no week 53');
    // Only traffic moved (1000 → 1100 sessions; 2% and €50 both weeks): €100, 10 pts.
    expect(byFactor(y).traffic?.contribution).toBeCloseTo(100, 9);
    expect(byFactor(y).traffic?.points).toBeCloseTo(10, 9);
  });

  test('every signed-in persona may read it; nobody anonymous', async () => {
    const t = makeTestApp();
    expect((await t.as('anonymous')('GET', '/api/insights/revenue')).status).toBe(401);
    for (const p of ['viewer', 'analyst', 'owner', 'otherOwner'] as const)
      expect((await t.as(p)('GET', '/api/insights/revenue')).status).toBe(200);
  });
});
