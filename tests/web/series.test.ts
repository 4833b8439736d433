import { expect, test } from 'vitest';
import type { Series } from '../../shared/schemas';
import { setActiveLocale } from '../../web/i18n/active';
import { chartRows, rangeDates, ratioText, summarize, yearEarlier } from '../../web/lib/series';
import { translator } from '../helpers/translator';

const t = await translator('en');

test.each([
  ['12w', '2026-11-22', '2026-08-31'],
  ['6m', '2026-11-22', '2026-06-01'],
  ['1y', '2026-11-22', '2025-11-24'], // 52 weeks: W48 2025 .. W47 2026
] as const)('range %s ending %s starts %s', (range, end, from) => {
  expect(rangeDates(range, end, 'monday')).toEqual({ from, to: end });
});

test('a custom range is taken as given', () => {
  expect(rangeDates('custom', '2026-11-22', 'monday', { from: '2026-01-05', to: '2026-02-01' })).toEqual({
    from: '2026-01-05',
    to: '2026-02-01',
  });
});

test('a year earlier keeps weekdays for days and weeks, calendar months for months', () => {
  expect(yearEarlier('2026-08-31', '2026-11-22', 'week')).toEqual({ from: '2025-09-01', to: '2025-11-23' });
  expect(yearEarlier('2026-06-01', '2026-11-22', 'month')).toEqual({ from: '2025-06-01', to: '2025-11-30' });
});

const series: Series = {
  kpi: {
    key: 'conversion_rate',
    name: 'Conversion rate',
    description: '',
    unit: 'percent',
    direction: 'higher',
    formula: { kind: 'ratio', numerator: 'orders', denominator: 'sessions', scale: 1 },
    role: 'ecommerce_manager',
    valueMin: 0,
    valueMax: 1,
  },
  grain: 'week',
  from: '2026-03-02',
  to: '2026-03-15',
  segment: null,
  numeratorName: 'Orders',
  denominatorName: 'Sessions',
  points: [
    {
      period: '2026-W10',
      start: '2026-03-02',
      end: '2026-03-08',
      value: 1204 / 49958,
      numerator: 1204,
      denominator: 49958,
      target: { value: 0.03, band: 0.002 },
    },
    {
      period: '2026-W11',
      start: '2026-03-09',
      end: '2026-03-15',
      value: 0.031,
      numerator: 31,
      denominator: 1000,
      target: { value: 0.03, band: 0.002 },
    },
  ],
};

test('a ratio point explains itself: "2.41% = 1,204 orders / 49,958 sessions"', () => {
  const p = series.points[0];
  if (!p) throw new Error('fixture');
  expect(ratioText(series, p, { numerator: 'count', denominator: 'count' }, 'EUR')).toBe(
    '2.41% = 1,204 orders / 49,958 sessions',
  );
});

test('the tolerance band sits on the worse side of the target', () => {
  const [lo, hi] = chartRows(series, undefined)[0]?.band ?? [];
  expect([lo, hi].map((v) => Number(v?.toFixed(6)))).toEqual([0.028, 0.03]);
  const lower = { ...series, kpi: { ...series.kpi, direction: 'lower' as const } };
  const [lo2, hi2] = chartRows(lower, undefined)[0]?.band ?? [];
  expect([lo2, hi2].map((v) => Number(v?.toFixed(6)))).toEqual([0.03, 0.032]);
});

test('the text summary states latest value, target and weeks on target', () => {
  expect(summarize(series, 'EUR', t)).toBe(
    'Conversion rate, by week, 2 of 2 weeks with data. Latest 3.1% (W11), target 3.0%. Lowest 2.41%, highest 3.1%. On target in 1 of 2 weeks.',
  );
});

test('a summary of one month without a target, and of a range without data', () => {
  // Only the second point: 31 / 1000 = 3.1%, as a month without its target.
  const [, p] = series.points;
  if (!p) throw new Error('fixture');
  const month: Series = { ...series, grain: 'month', points: [{ ...p, period: '2026-03', target: null }] };
  expect(summarize(month, 'EUR', t)).toBe(
    'Conversion rate, by month, 1 of 1 month with data. Latest 3.1% (Mar 2026). Lowest 3.1%, highest 3.1%.',
  );
  const empty: Series = { ...series, points: series.points.map((x) => ({ ...x, value: null })) };
  expect(summarize(empty, 'EUR', t)).toBe('Conversion rate: no data in this range.');
});

test('the summary in Spanish: its own plurals, decimal commas and percent spacing', async () => {
  const es = await translator('es');
  // As the provider does on a switch: numbers follow the language shown.
  setActiveLocale('es');
  try {
    // Spanish writes a no-break space before % ("3,1 %"); the period label stays "W11".
    expect(summarize(series, 'EUR', es).replace(/\u00a0/g, ' ')).toBe(
      'Conversion rate, por semana, 2 de 2 semanas con datos. Último valor: 3,1 % (W11), objetivo 3,0 %. Mínimo 2,41 %, máximo 3,1 %. En objetivo en 1 de 2 semanas.',
    );
  } finally {
    setActiveLocale('en');
  }
});
