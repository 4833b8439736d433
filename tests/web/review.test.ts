import { expect, test } from 'vitest';
import { completenessText, printedOn } from '../../web/lib/review.js';

test.each([
  [
    { daysWithData: 7, daysExpected: 7, lastDate: '2026-03-15' },
    { text: '7 of 7 days', short: false },
  ],
  [
    { daysWithData: 2, daysExpected: 7, lastDate: '2026-03-10' },
    { text: '2 of 7 days · last 10 Mar', short: true },
  ],
  // The current week on a Wednesday: Monday and Tuesday have passed.
  [
    { daysWithData: 2, daysExpected: 2, lastDate: '2026-03-17' },
    { text: '2 of 2 days', short: false },
  ],
  [
    { daysWithData: 0, daysExpected: 7, lastDate: null },
    { text: 'never had data', short: true },
  ],
  [
    { daysWithData: 0, daysExpected: 0, lastDate: '2026-03-01' },
    { text: 'week not started', short: false },
  ],
])('completeness %j → %j', (c, expected) => {
  expect(completenessText(c)).toEqual(expected);
});

test('the print date is the local calendar day, day month year', () => {
  // Local noon, so no time zone the test machine might use moves it to another day.
  expect(printedOn(new Date(2026, 2, 18, 12))).toBe('18 Mar 2026');
});
