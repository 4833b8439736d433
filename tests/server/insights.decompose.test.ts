import { describe, expect, test } from 'vitest';
import { decomposeRevenue, logMean, type RevenueSums } from '../../server/insights/decompose.js';

/**
 * The revenue split on hand-worked fixtures. R = S × (O / S) × (R / O); LMDI-I part_i =
 * L(R1, R0) · ln(x1_i / x0_i) when everything is positive, Shapley otherwise.
 */

const w = (sessions: number, orders: number, revenue: number): RevenueSums => ({ sessions, orders, revenue });
const parts = (base: RevenueSums, current: RevenueSums) => {
  const d = decomposeRevenue(base, current);
  if (!d.ok) throw new Error(d.reason);
  const [traffic, conversion, aov] = d.parts.map((p) => p.contribution) as [number, number, number];
  return { method: d.method, traffic, conversion, aov, sum: traffic + conversion + aov, parts: d.parts };
};

describe('a factor that moves alone takes the whole change (LMDI)', () => {
  test.each([
    // traffic: sessions 1000 → 1100, conversion 2% (20/1000 = 22/1100), AOV 50 (1000/20 = 1100/22)
    ['traffic', w(1000, 20, 1000), w(1100, 22, 1100), { traffic: 100, conversion: 0, aov: 0 }],
    // conversion: 2% → 2.5% (20 → 25 orders of 1000 sessions), AOV 50 → 50
    ['conversion', w(1000, 20, 1000), w(1000, 25, 1250), { traffic: 0, conversion: 250, aov: 0 }],
    // AOV: 50 → 60 on 20 orders of 1000 sessions
    ['aov', w(1000, 20, 1000), w(1000, 20, 1200), { traffic: 0, conversion: 0, aov: 200 }],
    // traffic alone with a 3% conversion (no exact binary fraction): 30/1000 = 39/1300, AOV 50
    ['traffic', w(1000, 30, 1500), w(1300, 39, 1950), { traffic: 450, conversion: 0, aov: 0 }],
  ] as const)('only %s moves', (_, base, current, expected) => {
    const r = parts(base, current);
    expect(r.method).toBe('lmdi');
    for (const k of ['traffic', 'conversion', 'aov'] as const) {
      // The factors that did not move contribute exactly nothing; the mover the whole change.
      if (expected[k] === 0) expect(r[k]).toBe(0);
      else expect(r[k]).toBeCloseTo(expected[k], 9);
    }
  });
});

describe('LMDI when everything moves', () => {
  test('the worked example of the docs: traffic +10%, conversion −10%, AOV +5%', () => {
    // 40,000 sessions × 2.5% × €60 = €60,000 → 44,000 × 2.25% × €63 = €62,370; change €2,370.
    // L = 2370 / ln(62370 / 60000) = 2370 / 0.0387398… = 61,177.349075
    // traffic = L·ln 1.1 = 5,830.824140; conversion = L·ln 0.9 = −6,445.677045; AOV = L·ln 1.05 = 2,984.852905
    const r = parts(w(40000, 1000, 60000), w(44000, 990, 62370));
    expect(r.method).toBe('lmdi');
    expect(r.traffic).toBeCloseTo(5830.82414, 5);
    expect(r.conversion).toBeCloseTo(-6445.677045, 5);
    expect(r.aov).toBeCloseTo(2984.852905, 5);
    expect(Math.abs(r.sum - 2370)).toBeLessThan(1e-9);
    expect(r.parts.map((p) => [p.base, p.current])).toEqual([
      [40000, 44000],
      [0.025, 0.0225],
      [60, 63],
    ]);
  });

  test('unchanged revenue: L(a, a) = a, and the moves cancel', () => {
    // 1000 → 1250 sessions, 20 orders both weeks (2% → 1.6%), €1,000 both weeks.
    // traffic = 1000·ln 1.25 = 223.143551; conversion = 1000·ln 0.8 = −223.143551; AOV 0.
    const r = parts(w(1000, 20, 1000), w(1250, 20, 1000));
    expect(r.traffic).toBeCloseTo(223.143551, 6);
    expect(r.conversion).toBeCloseTo(-223.143551, 6);
    expect(r.aov).toBe(0);
    expect(Math.abs(r.sum)).toBeLessThan(1e-9);
  });

  test('the logarithmic mean', () => {
    expect(logMean(5, 5)).toBe(5);
    // L(e, 1) = (e − 1) / ln e = e − 1
    expect(logMean(Math.E, 1)).toBeCloseTo(Math.E - 1, 12);
    expect(logMean(100000.000001, 100000)).toBeCloseTo(100000.0000005, 6);
  });
});

describe('the exact fallback (Shapley) when LMDI is undefined', () => {
  test.each([
    // No orders this week (nothing sold, nothing refunded): AOV is undefined this week and takes
    // last week's €50, so it contributes nothing. Factors (1000, 2%, 50) → (800, 0, 50):
    // traffic = −200 · [(0.02·50 + 0·50)/3 + (0.02·50 + 0·50)/6] = −200 · 0.5 = −100
    // conversion = −0.02 · [(1000·50 + 800·50)/3 + (1000·50 + 800·50)/6] = −0.02 · 45,000 = −900
    ['zero orders', w(1000, 20, 1000), w(800, 0, 0), { traffic: -100, conversion: -900, aov: 0 }],
    // Refunds beyond sales last week: −€200 on 10 orders (AOV −20) → €1,000 on 20 orders (AOV 50).
    // conversion = 0.01 · [(1000·−20 + 1000·50)/3 + (1000·50 + 1000·−20)/6] = 0.01 · 15,000 = 150
    // AOV = 70 · [(1000·0.01 + 1000·0.02)/3 + (1000·0.02 + 1000·0.01)/6] = 70 · 15 = 1,050
    ['negative base revenue', w(1000, 10, -200), w(1000, 20, 1000), { traffic: 0, conversion: 150, aov: 1050 }],
    // A closed shop last week (all zeros): conversion and AOV take this week's 2% and €60, so
    // traffic carries the whole change: 500 · 0.02 · 60 = 600.
    ['empty base week', w(0, 0, 0), w(500, 10, 600), { traffic: 600, conversion: 0, aov: 0 }],
    // Traffic but no sales in either week: nothing to explain.
    ['no sales either week', w(100, 0, 0), w(200, 0, 0), { traffic: 0, conversion: 0, aov: 0 }],
    // Negative in both weeks: −€100 on 5 orders (AOV −20) → −€50 on 5 orders (AOV −10), 500 sessions.
    // AOV = 10 · [(500·0.01 + 500·0.01)/3 + (500·0.01 + 500·0.01)/6] = 10 · 5 = 50
    ['negative revenue both weeks', w(500, 5, -100), w(500, 5, -50), { traffic: 0, conversion: 0, aov: 50 }],
  ] as const)('%s', (_, base, current, expected) => {
    const r = parts(base, current);
    expect(r.method).toBe('shapley');
    expect(r.traffic).toBeCloseTo(expected.traffic, 9);
    expect(r.conversion).toBeCloseTo(expected.conversion, 9);
    expect(r.aov).toBeCloseTo(expected.aov, 9);
    expect(Math.abs(r.sum - (current.revenue - base.revenue))).toBeLessThan(1e-9);
  });

  test.each([
    ['revenue without orders (refunds only)', w(100, 0, -50), w(100, 2, 80), /net revenue but no orders/],
    ['orders without sessions', w(100, 2, 80), w(0, 3, 90), /orders but no sessions/],
  ] as const)('%s is not split, with the reason', (_, base, current, reason) => {
    const d = decomposeRevenue(base, current, { base: '2026-W10', current: '2026-W11' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });
});

describe('the parts add up to the change exactly', () => {
  // A grid of weeks, every pair compared: positive, zero-order and negative-revenue weeks.
  const weeks = [
    w(52000, 1352, 86528.4),
    w(48950, 1101, 71342.17),
    w(61000, 1700, 120333.33),
    w(3100, 0, 0),
    w(1000, 10, -200.5),
    w(1, 1, 0.01),
    w(0, 0, 0),
  ];
  const pairs = weeks.flatMap((a, i) => weeks.map((b, j) => [i, j, a, b] as const));
  test.each(pairs)('week %i → week %i', (_, __, base, current) => {
    const r = parts(base, current);
    expect(Math.abs(r.sum - (current.revenue - base.revenue))).toBeLessThan(1e-9);
  });
});
