import { describe, expect, test } from 'vitest';
import { formatChange, formatCount, formatDuration, formatRange, formatValue } from '../../web/lib/format';

describe('formatValue', () => {
  test.each([
    [0.0241, 'percent', '2.41%'],
    [0.5, 'percent', '50.0%'],
    [1204, 'count', '1,204'],
    [49958, 'count', '49,958'],
    [69.514, 'currency', '€69.51'],
    [93767.4, 'currency', '€93,767'],
    [4.336, 'ratio', '4.34×'],
    [4.2, 'score', '4.20'],
    [8040, 'duration', '2h 14m'],
    [null, 'percent', '—'],
  ] as const)('%s as %s is %s', (v, unit, out) => {
    expect(formatValue(v, unit, 'EUR', 'en-US')).toBe(out);
  });
  test('the configured currency is used', () => {
    expect(formatValue(12.5, 'currency', 'USD', 'en-US')).toBe('$12.50');
  });
});

test.each([
  [45, '45s'],
  [185, '3m 05s'],
  [8040, '2h 14m'],
])('duration %s s is %s', (s, out) => expect(formatDuration(s)).toBe(out));

test('counts keep one decimal only when fractional', () => {
  expect(formatCount(543.6, 'en-US')).toBe('543.6');
  expect(formatCount(1200, 'en-US')).toBe('1,200');
});

describe('formatChange', () => {
  test('percent KPIs change in points, not relative percent', () => {
    expect(formatChange({ absolute: -0.0048, relative: -0.2 }, 'percent', 'EUR', 'en-US')).toBe('−0.48 pts');
  });
  test('other KPIs change relatively', () => {
    expect(formatChange({ absolute: 2, relative: 0.079 }, 'currency', 'EUR', 'en-US')).toBe('+7.9%');
  });
  test('a change that rounds to nothing is ±0, never −0', () => {
    expect(formatChange({ absolute: -0.00001, relative: -0.0001 }, 'percent', 'EUR', 'en-US')).toBe('±0 pts');
  });
  test('from a zero base the absolute change is shown', () => {
    expect(formatChange({ absolute: 3, relative: null }, 'count', 'EUR', 'en-US')).toBe('+3');
  });
});

test('a week range reads like a person writes it', () => {
  expect(formatRange('2026-11-16', '2026-11-22', 'en').replace(/\u2009/g, ' ')).toBe('16 – 22 Nov 2026');
  expect(formatRange('2026-12-28', '2027-01-03', 'en').replace(/\u2009/g, ' ')).toBe('28 Dec 2026 – 3 Jan 2027');
});
