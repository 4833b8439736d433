import { describe, expect, test } from 'vitest';
import { periodsOf } from '../../server/insights/pace';
import type { PacingPeriod, PacingRow, RevenueComparison, RevenueFactor } from '../../shared/insights';
import {
  factorAmount,
  formatPercentOfTarget,
  formatPoints,
  paceText,
  partialNote,
  periodTitle,
  toneOf,
} from '../../web/lib/insights';

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
    expect(paceText(sessions, month, 'EUR')).toEqual({
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
    expect(paceText(row, month, 'EUR')).toEqual({
      headline: 'for 96% of target (lower is better)',
      detail: '68.87% so far · target 71.5%',
    });
  });

  test('on the first day there is nothing to project yet', () => {
    const first = { ...month, through: null, elapsedDays: 0 };
    const row = { ...sessions, toDate: null, projection: null, percentOfTarget: null, status: 'no_data' as const };
    expect(paceText(row, first, 'EUR')).toEqual({ headline: 'first pace tomorrow', detail: 'target 34,200' });
    expect(periodTitle(first)).toEqual({ name: 'March 2026', progress: 'started today' });
    expect(periodTitle({ ...month, kind: 'quarter', label: '2026-Q1', elapsedDays: 74, totalDays: 90 })).toEqual({
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
  expect(partialNote(c, '2026-W49')).toBe('Partial: 2026-W49 has data on 2 of 7 days.');
  expect(partialNote({ ...c, current: { ...c.current, days: 7 } }, '2026-W49')).toBeNull();
});
