import { describe, expect, test } from 'vitest';
import {
  addDays,
  bucketsBetween,
  dateInZone,
  fromEpochDay,
  isCalendarDate,
  parseWeek,
  shiftMonth,
  toEpochDay,
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

describe('integer date arithmetic agrees with the Date object', () => {
  test('every day from 1899 to 2101 round-trips and matches Date, weekday included', () => {
    const DAY = 86_400_000;
    const first = Math.floor(Date.UTC(1899, 0, 1) / DAY);
    const last = Math.floor(Date.UTC(2101, 11, 31) / DAY);
    let checked = 0;
    for (let day = first; day <= last; day++) {
      const viaDate = new Date(day * DAY).toISOString().slice(0, 10);
      if (fromEpochDay(day) !== viaDate || toEpochDay(viaDate) !== day) throw new Error(`mismatch at ${viaDate}`);
      checked++;
    }
    expect(checked).toBe(last - first + 1);
  });

  test('ISO week labels match a Date-based computation for every day of 2000..2040', () => {
    const DAY = 86_400_000;
    for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2040, 11, 31); t += DAY) {
      const d = new Date(t);
      // Reference: the ISO week of d by the textbook Thursday rule, with Date objects.
      const thursday = new Date(t + (3 - ((d.getUTCDay() + 6) % 7)) * DAY);
      const year = thursday.getUTCFullYear();
      const ref = `${year}-W${String(Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1).padStart(2, '0')}`;
      const date = d.toISOString().slice(0, 10);
      if (weekOf(date).label !== ref) throw new Error(`${date}: ${weekOf(date).label} vs ${ref}`);
    }
  });
});
