import { kpiStatus, type Status } from '../../shared/kpi.js';
import { addDays, toEpochDay } from '../../shared/period.js';
import type { Direction } from '../../shared/units.js';

/*
 * The three alert rules as pure functions (tests/server/alerts.detect.test.ts). Thresholds
 * and the reasons behind them: docs/insights-alerts.md.
 */

/** Weeks of history an outlier is judged against, and how many of them must have a value. */
export const OUTLIER_HISTORY_WEEKS = 12;
export const OUTLIER_MIN_HISTORY = 8;
/** An outlier is more than this many robust standard deviations from the median. */
export const OUTLIER_THRESHOLD = 3;
/** 1 / Φ⁻¹(3/4): scales the MAD to a standard deviation for normally distributed values. */
export const MAD_SCALE = 1.4826;
/** √(π/2): scales the mean absolute deviation to a standard deviation (used when the MAD is 0). */
export const MEAN_AD_SCALE = 1.2533;

/** A measure "normally arrives" when it had data on this many of the 28 days up to its last day. */
export const EXPECTED_WINDOW_DAYS = 28;
export const EXPECTED_MIN_DAYS = 14;
/**
 * A gap first seen more than this many days after it reached N days is old news (the feature
 * was switched on later, the server was down for weeks), not an alert.
 */
export const MISSING_GRACE_DAYS = 28;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Turned red: red this week against the target in force this week, and not red last week
 * against last week's target (amber, green, no target or no data all count as "not red").
 */
export function detectTurnedRed(
  current: { value: number | null; target: { value: number; band: number } | null },
  previous: { value: number | null; target: { value: number; band: number } | null },
  direction: Direction,
): { previousStatus: Status } | null {
  if (kpiStatus(current.value, current.target, direction) !== 'red') return null;
  const previousStatus = kpiStatus(previous.value, previous.target, direction);
  return previousStatus === 'red' ? null : { previousStatus };
}

export interface RobustScore {
  median: number;
  mad: number;
  spread: number;
  spreadMethod: 'mad' | 'mean_abs_dev';
  score: number;
  history: number;
}

/**
 * How far `value` is from the median of `history` (weeks without data are null and skipped),
 * in robust standard deviations: (value − median) / (1.4826 × MAD). When at least half the
 * history is one value the MAD is 0; then the mean absolute deviation (× 1.2533) stands in.
 * Null when there is too little history or no spread at all (every week the same value):
 * there is nothing to measure "unusual" against, and the turned-red rule still applies.
 */
export function robustScore(value: number, history: ReadonlyArray<number | null>): RobustScore | null {
  const xs = history.filter((x): x is number => x !== null);
  if (xs.length < OUTLIER_MIN_HISTORY) return null;
  const m = median(xs);
  const deviations = xs.map((x) => Math.abs(x - m));
  const mad = median(deviations);
  const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
  const spreadMethod = mad > 0 ? 'mad' : 'mean_abs_dev';
  const spread = mad > 0 ? MAD_SCALE * mad : MEAN_AD_SCALE * meanAd;
  if (!(spread > 0)) return null;
  return { median: m, mad, spread, spreadMethod, score: (value - m) / spread, history: xs.length };
}

export const isOutlier = (s: RobustScore | null): s is RobustScore =>
  s !== null && Math.abs(s.score) > OUTLIER_THRESHOLD;

/**
 * Missing data: the measure normally arrives (data on ≥ 14 of the 28 days up to its last day)
 * and the `missingDays` complete days before today have none. Today itself is not counted:
 * its data is not expected yet. Returns the gap, or null.
 */
export function detectMissing(
  today: string,
  lastDay: string | null,
  daysWithData: number,
  missingDays: number,
): { since: string; days: number } | null {
  if (lastDay === null || daysWithData < EXPECTED_MIN_DAYS) return null;
  const days = toEpochDay(today) - 1 - toEpochDay(lastDay);
  if (days < missingDays || days > missingDays + MISSING_GRACE_DAYS) return null;
  return { since: addDays(lastDay, 1), days };
}
