import type { RevenueFactorKey as FactorKey } from '../../shared/insights.js';

/**
 * Splits a revenue change into traffic, conversion and AOV, exactly.
 *
 * Revenue R = S × (O / S) × (R / O) for sessions S and orders O, summed over a week (never an
 * average of daily ratios). The parts always add up to R1 − R0:
 *  - LMDI-I (logarithmic mean Divisia index) when every factor and both revenues are > 0:
 *    part_i = L(R1, R0) · ln(x1_i / x0_i), L(a, b) = (a − b) / ln(a / b), L(a, a) = a.
 *    Σ ln(x1_i / x0_i) = ln(R1 / R0), so Σ part_i = R1 − R0.
 *  - Shapley otherwise (a zero or negative factor: no orders, refunds beyond sales): each
 *    factor's marginal effect averaged over the orders in which the factors can change; for a
 *    product it telescopes to R1 − R0 for any finite values.
 */

export const FACTORS: readonly FactorKey[] = ['traffic', 'conversion', 'aov'];

/** One week's sums of the three measures. */
export interface RevenueSums {
  sessions: number;
  orders: number;
  revenue: number;
}

export interface FactorPart {
  factor: FactorKey;
  base: number;
  current: number;
  contribution: number;
}

export type Decomposition =
  | { ok: true; method: 'lmdi' | 'shapley'; methodReason: string | null; parts: FactorPart[] }
  | { ok: false; reason: string };

/**
 * The logarithmic mean L(a, b) = (a − b) / ln(a / b). Close values take log1p of the relative
 * gap (ln of a ratio near 1 loses digits); far ones take ln of the ratio (log1p near −1 does).
 */
export function logMean(a: number, b: number): number {
  if (a === b) return a;
  const gap = (a - b) / b;
  return (a - b) / (Math.abs(gap) < 0.5 ? Math.log1p(gap) : Math.log(a / b));
}

type Triple = [number, number, number];

/**
 * A ratio of sums, null when the denominator is 0. Sums of counts are integers, and IEEE
 * division rounds correctly, so 20 / 1000 and 26 / 1300 are the same number: a factor that
 * did not move contributes exactly 0.
 */
const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** How the two weeks are named in a reason ("2026-W10"); generic words by default. */
export interface WeekNames {
  base: string;
  current: string;
}

/**
 * Factor values of both weeks. A ratio that is undefined in one week (0 / 0: no orders, so no
 * order value) takes the other week's value: its multiplier is 0 that week, so the product
 * still equals that week's revenue (0), and a factor that could not be observed is not
 * credited with a change. Undefined in both weeks, it is 0 in both.
 */
function factorValues(
  b: RevenueSums,
  c: RevenueSums,
  names: WeekNames,
): { base: Triple; current: Triple } | { reason: string } {
  for (const [name, s] of [
    [names.base, b],
    [names.current, c],
  ] as const) {
    if (s.sessions === 0 && s.orders !== 0)
      return { reason: `${name} has orders but no sessions, so its conversion rate is undefined.` };
    if (s.orders === 0 && s.revenue !== 0)
      return {
        reason: `${name} has net revenue but no orders (refunds only), so its revenue is not sessions × conversion × AOV.`,
      };
  }
  const pair = (x: number | null, y: number | null): [number, number] => [x ?? y ?? 0, y ?? x ?? 0];
  const [cb, cc] = pair(ratio(b.orders, b.sessions), ratio(c.orders, c.sessions));
  const [ab, ac] = pair(ratio(b.revenue, b.orders), ratio(c.revenue, c.orders));
  return { base: [b.sessions, cb, ab], current: [c.sessions, cc, ac] };
}

/** LMDI-I parts; the caller checks that every value is positive. */
function lmdi(r0: number, r1: number, x0: Triple, x1: Triple): Triple {
  const l = logMean(r1, r0);
  const part = (i: 0 | 1 | 2) => l * Math.log(x1[i] / x0[i]);
  return [part(0), part(1), part(2)];
}

/**
 * Shapley parts of a product of three factors: for factor i with others j, k,
 * Δi · [(j0·k0 + j1·k1) / 3 + (j0·k1 + j1·k0) / 6].
 */
function shapley(x0: Triple, x1: Triple): Triple {
  const part = (i: 0 | 1 | 2, j: 0 | 1 | 2, k: 0 | 1 | 2) =>
    (x1[i] - x0[i]) * ((x0[j] * x0[k] + x1[j] * x1[k]) / 3 + (x0[j] * x1[k] + x1[j] * x0[k]) / 6);
  return [part(0, 1, 2), part(1, 0, 2), part(2, 0, 1)];
}

/** Splits current.revenue − base.revenue into the three factors (see the module comment). */
export function decomposeRevenue(
  base: RevenueSums,
  current: RevenueSums,
  names: WeekNames = { base: 'The base week', current: 'The selected week' },
): Decomposition {
  const values = factorValues(base, current, names);
  if ('reason' in values) return { ok: false, reason: values.reason };
  const { base: x0, current: x1 } = values;
  const positive = [...x0, ...x1, base.revenue, current.revenue].every((v) => v > 0 && Number.isFinite(v));
  const contributions = positive ? lmdi(base.revenue, current.revenue, x0, x1) : shapley(x0, x1);
  const methodReason = positive
    ? null
    : base.orders === 0 || current.orders === 0
      ? 'A week without orders has a conversion rate of 0, and LMDI needs its logarithm.'
      : 'Net revenue is zero or negative (refunds beyond sales) in one of the weeks, and LMDI needs its logarithm.';
  return {
    ok: true,
    method: positive ? 'lmdi' : 'shapley',
    methodReason,
    parts: FACTORS.map((factor, i) => ({
      factor,
      base: x0[i] as number,
      current: x1[i] as number,
      contribution: contributions[i] as number,
    })),
  };
}
