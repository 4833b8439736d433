import { describe, expect, test } from 'vitest';
import { kpiCompleteness, reviewCsvFilename, reviewCsvPath, weekLabelSchema } from '../../shared/review.js';

const input = (daysWithData: number, lastDate: string | null, daysInWeek = 7) => ({
  measure: 'm',
  name: 'M',
  lastDate,
  daysWithData,
  daysInWeek,
});

describe('kpiCompleteness', () => {
  test.each([
    // A sum KPI: its one input.
    [[input(7, '2026-03-15')], { daysWithData: 7, daysExpected: 7, lastDate: '2026-03-15' }],
    // A ratio: the least complete input (5 of 7) and the stalest input (the 12th).
    [[input(5, '2026-03-12'), input(7, '2026-03-15')], { daysWithData: 5, daysExpected: 7, lastDate: '2026-03-12' }],
    // The current week expects only the days gone by (3); an input that never had data has no date.
    [[input(3, '2026-03-17', 3), input(0, null, 3)], { daysWithData: 0, daysExpected: 3, lastDate: null }],
  ])('%j → %j', (inputs, expected) => {
    expect(kpiCompleteness({ inputs })).toEqual(expected);
  });
});

describe('week labels and file names', () => {
  test.each([
    ['2026-W47', true],
    ['2026-W53', true], // 2026 starts on a Thursday: 53 ISO weeks
    ['2025-W53', false],
    ['2026-W00', false],
    ['2026-W7', false],
    ['2026-11-16', false],
  ])('%s is a week label: %s', (label, ok) => {
    expect(weekLabelSchema.safeParse(label).success).toBe(ok);
  });

  test('file name and path carry the segment only when there is one', () => {
    expect(reviewCsvFilename('2026-W47')).toBe('rolecard-review-2026-W47.csv');
    expect(reviewCsvFilename('2026-W47', 'shop_es')).toBe('rolecard-review-2026-W47-shop_es.csv');
    expect(reviewCsvPath('2026-W47')).toBe('/reviews/2026-W47/export.csv');
    expect(reviewCsvPath('2026-W47', 'shop_es')).toBe('/reviews/2026-W47/export.csv?segment=shop_es');
  });
});
