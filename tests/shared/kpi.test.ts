import { describe, expect, test } from 'vitest';
import { kpiChange, kpiStatus, kpiValue } from '../../shared/kpi.js';

describe('kpiValue', () => {
  test.each([
    [{ kind: 'ratio' as const, scale: 1 }, 30, 1000, 0.03],
    [{ kind: 'ratio' as const, scale: 3600 }, 2, 4, 1800],
    [{ kind: 'ratio' as const, scale: 1 }, 5, 0, null],
    [{ kind: 'ratio' as const, scale: 1 }, null, 10, null],
    [{ kind: 'sum' as const, scale: 1 }, 1234.5, null, 1234.5],
  ])('%o with %s / %s → %s', (f, n, d, expected) => {
    expect(kpiValue(f, n, d)).toBe(expected);
  });
});

describe('kpiStatus follows the direction', () => {
  const target = { value: 40, band: 5 };
  test.each([
    // lower is better (CAC): above target beyond the band is red, inside it amber
    [38, 'lower', 'green'],
    [40, 'lower', 'green'],
    [44.9, 'lower', 'amber'],
    [45, 'lower', 'amber'],
    [45.01, 'lower', 'red'],
    // higher is better
    [41, 'higher', 'green'],
    [36, 'higher', 'amber'],
    [34.99, 'higher', 'red'],
  ] as const)('%s with target 40±5 (%s is better) → %s', (v, dir, status) => {
    expect(kpiStatus(v, target, dir)).toBe(status);
  });
  test('missing value and missing target', () => {
    expect(kpiStatus(null, target, 'higher')).toBe('no_data');
    expect(kpiStatus(3, null, 'higher')).toBe('no_target');
  });
  test('float noise does not turn a met target amber', () => {
    expect(kpiStatus(0.1 + 0.2, { value: 0.3, band: 0 }, 'higher')).toBe('green');
  });
});

describe('kpiChange', () => {
  test('CAC down is better, conversion down is worse', () => {
    expect(kpiChange(36, 40, 'lower')).toEqual({ absolute: -4, relative: -0.1, better: true });
    expect(kpiChange(0.02, 0.025, 'higher')?.better).toBe(false);
    expect(kpiChange(5, 0, 'higher')).toEqual({ absolute: 5, relative: null, better: true });
    expect(kpiChange(5, 5, 'higher')?.better).toBeNull();
    expect(kpiChange(null, 5, 'higher')).toBeNull();
  });
});
