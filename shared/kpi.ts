import type { Direction } from './units.js';

/**
 * Pure KPI maths. A ratio KPI over any period or set of segments is always
 * sum(numerator) / sum(denominator) — never an average of daily ratios — so a day with
 * 10 sessions never weighs as much as a day with 10,000.
 */

export type Status = 'green' | 'amber' | 'red' | 'no_target' | 'no_data';

export interface FormulaShape {
  kind: 'sum' | 'ratio';
  scale: number;
}

/** Value of a KPI from its summed inputs; null when there is nothing to compute from. */
export function kpiValue(formula: FormulaShape, numerator: number | null, denominator: number | null): number | null {
  if (formula.kind === 'sum') return numerator;
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * formula.scale;
}

/**
 * Status against a target with a tolerance band (absolute, in the KPI's unit): green meets
 * the target, amber misses it by no more than the band, red is worse. "Worse" follows the
 * KPI's direction, so a CAC above target is bad and a conversion rate below it is.
 */
export function kpiStatus(
  value: number | null,
  target: { value: number; band: number } | null,
  direction: Direction,
): Status {
  if (value === null) return 'no_data';
  if (!target) return 'no_target';
  const shortfall = direction === 'higher' ? target.value - value : value - target.value;
  // Guard against float noise: 0.1 + 0.2 must meet a 0.3 target.
  const eps = 1e-9 * Math.max(1, Math.abs(target.value));
  if (shortfall <= eps) return 'green';
  if (shortfall <= target.band + eps) return 'amber';
  return 'red';
}

export interface Change {
  absolute: number;
  /** Relative change as a fraction; null when the previous value is 0. */
  relative: number | null;
  /** Whether the move is good news for this KPI's direction; null when flat. */
  better: boolean | null;
}

export function kpiChange(current: number | null, previous: number | null, direction: Direction): Change | null {
  if (current === null || previous === null) return null;
  const absolute = current - previous;
  const relative = previous === 0 ? null : absolute / Math.abs(previous);
  const better = absolute === 0 ? null : direction === 'higher' ? absolute > 0 : absolute < 0;
  return { absolute, relative, better };
}
