import { describe, expect, test } from 'vitest';
import { detectMissing, detectTurnedRed, isOutlier, median, robustScore } from '../../server/alerts/detect.js';

describe('turned red', () => {
  const conv = { value: 0.024, band: 0.002 }; // higher is better: amber down to 2.2%, red below
  const cac = { value: 40, band: 5 }; // lower is better: amber up to 45, red above
  test.each([
    // [what, current value, current target, previous value, previous target, direction, expected]
    ['green → red fires', 0.019, conv, 0.025, conv, 'higher', { previousStatus: 'green' }],
    ['amber → red fires', 0.019, conv, 0.023, conv, 'higher', { previousStatus: 'amber' }],
    ['red → red is not new', 0.019, conv, 0.018, conv, 'higher', null],
    ['amber this week does not fire (shortfall 0.0015 ≤ band 0.002)', 0.0225, conv, 0.025, conv, 'higher', null],
    ['no data last week → red fires', 0.019, conv, null, conv, 'higher', { previousStatus: 'no_data' }],
    ['no target last week → red fires', 0.019, conv, 0.018, null, 'higher', { previousStatus: 'no_target' }],
    ['no target this week: never red', 0.019, null, 0.025, conv, 'higher', null],
    // Last week 2.1% met its 2.0% target; this week the 2.5% target is in force: 2.1% is 0.4 pts short.
    [
      'the target in force each week counts',
      0.021,
      { value: 0.025, band: 0.002 },
      0.021,
      { value: 0.02, band: 0.002 },
      'higher',
      { previousStatus: 'green' },
    ],
    ['CAC 46 is 6 over 40 (band 5): red after amber 44', 46, cac, 44, cac, 'lower', { previousStatus: 'amber' }],
    ['CAC exactly 45 is amber (the band edge)', 45, cac, 30, cac, 'lower', null],
  ] as const)('%s', (_what, value, target, prevValue, prevTarget, direction, expected) => {
    expect(detectTurnedRed({ value, target }, { value: prevValue, target: prevTarget }, direction)).toEqual(expected);
  });
});

describe('robust outlier score', () => {
  // sorted: 96 97 98 99 100 100 100 100 101 102 103 104 → median (100 + 100) / 2 = 100
  // |x − 100| sorted: 0 0 0 0 1 1 2 2 3 3 4 4 → MAD (1 + 2) / 2 = 1.5
  // spread = 1.4826 × 1.5 = 2.2239; the threshold is 3 × 2.2239 = 6.6717 either side of 100
  const history = [100, 102, 98, 101, 99, 103, 97, 100, 104, 96, 100, 100];
  test('median and MAD of the fixture', () => {
    expect(median(history)).toBe(100);
    expect(robustScore(100, history)).toMatchObject({ median: 100, mad: 1.5, spreadMethod: 'mad', history: 12 });
    expect(robustScore(100, history)?.spread).toBeCloseTo(2.2239, 10);
  });

  test.each([
    // value, score by hand, outlier?
    [107, 7 / 2.2239, true], // 3.1476
    [106.6, 6.6 / 2.2239, false], // 2.9678: just inside
    [93, -7 / 2.2239, true],
    [93.4, -6.6 / 2.2239, false],
    // 5 raw MADs would be "more than 3 MADs" unscaled (4.5); scaled it is 2.248: not an outlier.
    [105, 5 / 2.2239, false],
  ])('value %d → score %f, outlier %s', (value, score, outlier) => {
    const s = robustScore(value, history);
    expect(s?.score).toBeCloseTo(score, 10);
    expect(isOutlier(s)).toBe(outlier);
  });

  test('a MAD of 0 falls back to the mean absolute deviation × 1.2533', () => {
    // 8 × 50 and 40, 60, 45, 55: median 50; deviations 0 ×8, 10, 10, 5, 5 → MAD 0,
    // mean absolute deviation 30 / 12 = 2.5 → spread 1.2533 × 2.5 = 3.13325.
    const h = [50, 50, 50, 50, 40, 50, 60, 50, 45, 50, 55, 50];
    const s = robustScore(60, h);
    expect(s).toMatchObject({ median: 50, mad: 0, spreadMethod: 'mean_abs_dev' });
    expect(s?.spread).toBeCloseTo(3.13325, 10);
    expect(s?.score).toBeCloseTo(10 / 3.13325, 10); // 3.19: outlier
    expect(isOutlier(s)).toBe(true);
    expect(isOutlier(robustScore(59, h))).toBe(false); // 9 / 3.13325 = 2.87
  });

  test('no spread at all, or fewer than 8 weeks with data: no score', () => {
    expect(robustScore(6, Array(12).fill(5))).toBeNull();
    const seven = [100, 102, 98, 101, 99, 103, 97, null, null, null, null, null];
    expect(robustScore(500, seven)).toBeNull();
    // Eight weeks with data are enough: 96 97 98 99 100 101 102 103 → median 99.5.
    const eight = [100, 102, 98, 101, 99, 103, 97, 96, null, null, null, null];
    expect(robustScore(500, eight)).toMatchObject({ median: 99.5, history: 8 });
  });
});

describe('missing data', () => {
  // Today 2026-03-18: complete days are up to 03-17; today's data is not expected yet.
  test.each([
    ['last day 03-14: 15, 16, 17 missing = 3 days → alert', '2026-03-14', 20, { since: '2026-03-15', days: 3 }],
    ['last day 03-15: 2 days → not yet', '2026-03-15', 20, null],
    ['data yesterday: nothing missing', '2026-03-17', 28, null],
    ['13 of 28 days with data: does not normally arrive', '2026-03-01', 13, null],
    ['14 of 28 days is enough', '2026-03-01', 14, { since: '2026-03-02', days: 16 }],
    ['never had data', null, 0, null],
    // 02-14 → 03-17 is 31 days = 3 + the 28-day grace: still news; one day earlier it is not.
    ['a gap 31 days long is still reported', '2026-02-14', 28, { since: '2026-02-15', days: 31 }],
    ['a gap 32 days long is history', '2026-02-13', 28, null],
  ] as const)('%s', (_what, lastDay, daysWithData, expected) => {
    expect(detectMissing('2026-03-18', lastDay, daysWithData, 3)).toEqual(expected);
  });

  test('N comes from the configuration', () => {
    expect(detectMissing('2026-03-18', '2026-03-14', 20, 4)).toBeNull();
    expect(detectMissing('2026-03-18', '2026-03-16', 20, 1)).toEqual({ since: '2026-03-17', days: 1 });
  });
});
