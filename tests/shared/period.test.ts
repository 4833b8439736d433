import { describe, expect, test } from 'vitest';
import {
  addDays,
  bucketsBetween,
  dateInZone,
  isCalendarDate,
  parseWeek,
  shiftMonth,
  weekOf,
} from '../../shared/period.js';

describe('calendar dates', () => {
  test.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ])('%s is a calendar date: %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });
});

describe('ISO weeks', () => {
  test.each([
    // date, label, start, end (Monday weeks)
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2025-12-29', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2025-12-28', '2025-W52', '2025-12-22', '2025-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-11-23', '2026-W48', '2026-11-23', '2026-11-29'],
  ])('%s is in %s (%s..%s)', (date, label, start, end) => {
    expect(weekOf(date)).toEqual({ label, start, end });
  });

  test.each([
    // With a Sunday start, each week begins the Sunday before its ISO Monday.
    ['2025-12-28', '2026-W01', '2025-12-28', '2026-01-03'],
    ['2026-01-03', '2026-W01', '2025-12-28', '2026-01-03'],
    ['2026-01-04', '2026-W02', '2026-01-04', '2026-01-10'],
  ])('Sunday start: %s is in %s (%s..%s)', (date, label, start, end) => {
    expect(weekOf(date, 'sunday')).toEqual({ label, start, end });
  });

  test('parses labels and refuses week 53 in a 52-week year', () => {
    expect(parseWeek('2026-W01')).toEqual({ label: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
    expect(parseWeek('2026-W01', 'sunday')).toEqual({ label: '2026-W01', start: '2025-12-28', end: '2026-01-03' });
    expect(parseWeek('2020-W53')?.start).toBe('2020-12-28');
    expect(parseWeek('2026-W53')?.start).toBe('2026-12-28'); // 2026 starts on a Thursday: 53 weeks
    expect(parseWeek('2025-W53')).toBeNull();
    expect(parseWeek('2026-W00')).toBeNull();
    expect(parseWeek('nonsense')).toBeNull();
  });
});

describe('buckets and shifts', () => {
  test('months cover whole months', () => {
    expect(bucketsBetween('2026-01-15', '2026-03-02', 'month').map((b) => [b.label, b.start, b.end])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
    ]);
    expect(shiftMonth('2026-01-31', -2)).toBe('2025-11-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('an instant becomes the date of the configured time zone', () => {
    const instant = new Date('2025-12-07T23:30:00Z');
    expect(dateInZone(instant, 'UTC')).toBe('2025-12-07');
    expect(dateInZone(instant, 'Europe/Madrid')).toBe('2025-12-08');
    expect(dateInZone(instant, 'America/New_York')).toBe('2025-12-07');
  });
});
