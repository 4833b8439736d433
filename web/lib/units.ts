import type { Unit } from '../../shared/units';

/**
 * Targets are typed in the unit people think in: percent KPIs as "3" for 3% (stored as the
 * fraction 0.03, and a band of "0.2" as 0.2 points = 0.002), durations in seconds.
 */
export const INPUT_UNIT: Record<Unit, { suffix: string; factor: number }> = {
  percent: { suffix: '%', factor: 100 },
  currency: { suffix: '', factor: 1 },
  duration: { suffix: 's', factor: 1 },
  ratio: { suffix: '×', factor: 1 },
  score: { suffix: '', factor: 1 },
  count: { suffix: '', factor: 1 },
};

/** Parses what was typed into the stored unit; NaN (refused by the schema) when it is not a number. */
export function fromInput(text: string, unit: Unit): number {
  const t = text.trim().replace(',', '.');
  if (t === '') return Number.NaN;
  return Number(t) / INPUT_UNIT[unit].factor;
}
