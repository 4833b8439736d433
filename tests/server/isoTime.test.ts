import { expect, test } from 'vitest';
import { isoTime } from '../../server/ops/isoTime.js';

test('isoTime formats like toISOString, again after the Date changes, and refuses an invalid date', () => {
  const d = new Date(Date.UTC(2026, 2, 17, 23, 30, 0, 5));
  expect(isoTime(d)).toBe('2026-03-17T23:30:00.005Z');
  expect(isoTime(new Date(Date.UTC(2026, 2, 17, 23, 30, 0, 5)))).toBe('2026-03-17T23:30:00.005Z');
  d.setTime(Date.UTC(2027, 0, 1));
  expect(isoTime(d)).toBe('2027-01-01T00:00:00.000Z');
  expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
});
