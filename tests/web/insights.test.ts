import { describe, expect, test } from 'vitest';
import { periodsOf } from '../../server/insights/pace';
import type { PacingPeriod, PacingRow, RevenueComparison, RevenueFactor } from '../../shared/insights';
import { setActiveLocale } from '../../web/i18n/active';
import {
  factorAmount,
  formatPercentOfTarget,
  formatPoints,
  paceText,
  partialNote,
  periodTitle,
  toneOf,
  unavailableText,
} from '../../web/lib/insights';
import { translator } from '../helpers/translator';

const t = await translator('en');

describe('what moved revenue, in words', () => {
  test.each([
    [-2.14, '−2.1 pts', 'worse'],
    [0.95, '+1.0 pts', 'better'],
    [0.04, '±0.0 pts', 'flat'],
    [-0.04, '±0.0 pts', 'flat'],
    [12.5, '+12.5 pts', 'better'],
  ] as const)('%s points → "%s" (%s)', (points, text, tone) => {
    expect(formatPoints(points, 'en')).toBe(text);
    expect(toneOf(points, formatPoints(points, 'en'))).toBe(tone);
  });

  test('a factor from a week of zero revenue shows money, not points', () => {
    const f = { contribution: 600, points: null } as RevenueFactor;
    expect(factorAmount(f, 'EUR')).toBe('+€600.00');
    expect(factorAmount({ ...f, points: -7.04 }, 'EUR')).toBe('−7.0 pts');
  });
});

/** March 2026 on the 16th: 15 of 31 days counted. */
const month: PacingPeriod = {
  ...periodsOf('2026-03-16').month,
  through: '2026-03-15',
  elapsedDays: 15,
  totalDays: 31,
  kpis: [],
};
const sessions: PacingRow = {
  kpi: { key: 'sessions', name: 'Sessions', unit: 'count', direction: 'higher', kind: 'sum' },
  role: { key: 'marketing_manager', name: 'Marketing Manager' },
  toDate: 15400,
  numerator: 15400,
  denominator: null,
  daysWithData: 14,
  projection: 34100,
  target: { value: 34200.4, band: 3420, parts: [] },
  percentOfTarget: 34100 / 34200.4,
  status: 'at_risk',
};

describe('pacing, in words', () => {
  test.each([
    [0.94, '94%'],
    [0.9971, '99.7%'], // a miss never reads as "100%"
    [1, '100%'],
    [1.004, '100.4%'],
    [1.5, '150%'],
  ])('%s of target → %s', (p, text) => {
    expect(formatPercentOfTarget(p, 'en')).toBe(text);
  });

  test('a sum KPI at risk with a missing day: projection, rounded target and the gap', () => {
    // 34,100 / 34,200.4 = 99.71%; 14 days with data of 15 elapsed.
    expect(paceText(sessions, month, 'EUR', t)).toEqual({
      headline: 'heading for 99.7% of target',
      detail: '15,400 so far → 34,100 by month end · target 34,200 · data on 14 of 15 days',
    });
  });

  test('a lower-is-better ratio on pace says which way is good', () => {
    const row: PacingRow = {
      ...sessions,
      kpi: {
        key: 'cart_abandonment_rate',
        name: 'Cart abandonment',
        unit: 'percent',
        direction: 'lower',
        kind: 'ratio',
      },
      toDate: 0.6887,
      projection: 0.6887,
      daysWithData: 15,
      target: { value: 0.715, band: 0.02, parts: [] },
      percentOfTarget: 0.6887 / 0.715,
      status: 'on_pace',
    };
    expect(paceText(row, month, 'EUR', t)).toEqual({
      headline: 'for 96% of target (lower is better)',
      detail: '68.87% so far · target 71.5%',
    });
  });

  test('on the first day there is nothing to project yet', () => {
    const first = { ...month, through: null, elapsedDays: 0 };
    const row = { ...sessions, toDate: null, projection: null, percentOfTarget: null, status: 'no_data' as const };
    expect(paceText(row, first, 'EUR', t)).toEqual({ headline: 'first pace tomorrow', detail: 'target 34,200' });
    expect(periodTitle(first, t)).toEqual({ name: 'March 2026', progress: 'started today' });
    expect(periodTitle({ ...month, kind: 'quarter', label: '2026-Q1', elapsedDays: 74, totalDays: 90 }, t)).toEqual({
      name: 'Q1 2026',
      progress: '74 of 90 days',
    });
  });
});

test('a comparison with a partial week says so', () => {
  const c = {
    available: true,
    baseWeek: { label: '2026-W48', start: '2026-11-23', end: '2026-11-29' },
    base: { sessions: 1, orders: 1, revenue: 1, days: 7 },
    current: { sessions: 1, orders: 1, revenue: 1, days: 2 },
  } as Extract<RevenueComparison, { available: true }>;
  expect(partialNote(c, '2026-W49', t)).toBe('Partial: 2026-W49 has data on 2 of 7 days.');
  expect(partialNote({ ...c, current: { ...c.current, days: 7 } }, '2026-W49', t)).toBeNull();
  // Both weeks short: one list, the current week first.
  expect(partialNote({ ...c, base: { ...c.base, days: 5 } }, '2026-W49', t)).toBe(
    'Partial: 2026-W49 has data on 2 of 7 days, 2026-W48 has data on 5 of 7 days.',
  );
});

describe('insights in Spanish', () => {
  test('points, pace and period titles follow the language', async () => {
    const es = await translator('es');
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    setActiveLocale('es');
    try {
      expect(formatPoints(-2.14)).toBe('−2,1 p. p.');
      // 34,100 / 34,200.4 = 99.71%; Spanish groups thousands only from five digits.
      expect(plain(paceText(sessions, month, 'EUR', es).headline)).toBe('rumbo al 99,7 % del objetivo');
      expect(paceText(sessions, month, 'EUR', es).detail).toBe(
        '15.400 hasta ahora → 34.100 a final de mes · objetivo 34.200 · datos de 14 de 15 días',
      );
      expect(periodTitle(month, es)).toEqual({ name: 'Marzo de 2026', progress: '15 de 31 días' });
      expect(periodTitle({ ...month, kind: 'quarter', label: '2026-Q1', elapsedDays: 1, totalDays: 90 }, es)).toEqual({
        name: 'T1 2026',
        progress: '1 de 90 días',
      });
    } finally {
      setActiveLocale('en');
    }
  });
});

test('a comparison without data says so in the reader language, naming what is missing', async () => {
  const c = {
    available: false,
    against: 'year_ago',
    baseWeek: { label: '2025-W11', start: '2025-03-10', end: '2025-03-16' },
    note: null,
    code: 'no_base_data',
    missing: ['sessions', 'orders'],
    reason: 'No sessions or orders data for 2025-W11, so there is nothing to compare 2026-W11 with.',
  } satisfies Extract<RevenueComparison, { available: false }>;
  expect(unavailableText(c, '2026-W11', t, 'en')).toBe(
    'Not available — No sessions or orders data for 2025-W11, so there is nothing to compare 2026-W11 with.',
  );
  expect(unavailableText(c, '2026-W11', await translator('es'), 'es')).toBe(
    'No disponible — no hay datos de sesiones o pedidos en 2025-W11, así que no hay con qué comparar.',
  );
  expect(unavailableText(c, '2026-W11', await translator('nl'), 'nl')).toBe(
    'Niet beschikbaar — geen gegevens over sessies of orders voor 2025-W11, dus er is niets om mee te vergelijken.',
  );
});
