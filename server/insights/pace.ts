import type { PacingStatus } from '../../shared/insights.js';
import { kpiStatus } from '../../shared/kpi.js';
import { addDays, daysBetween, monthOf, shiftMonth } from '../../shared/period.js';
import type { Direction } from '../../shared/units.js';

/**
 * Pure pacing rules (docs/insights-revenue-pacing.md): how weekly targets become a month's or
 * a quarter's, and how far the period-to-date pace carries a KPI.
 */

export interface Period {
  kind: 'month' | 'quarter';
  label: string;
  start: string;
  end: string;
}

/** The calendar month and quarter holding `date`. */
export function periodsOf(date: string): { month: Period; quarter: Period } {
  const m = monthOf(date);
  const monthNo = Number(date.slice(5, 7));
  const q = Math.floor((monthNo - 1) / 3);
  const qStart = `${date.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return {
    month: { kind: 'month', ...m },
    quarter: {
      kind: 'quarter',
      label: `${date.slice(0, 4)}-Q${q + 1}`,
      start: qStart,
      end: addDays(shiftMonth(qStart, 3), -1),
    },
  };
}

/** Every day of `from..to`, both included. */
export function daysOf(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daysBetween(from, to)) }, (_, i) => addDays(from, i));
}

export interface DayTarget {
  value: number;
  band: number;
}

export interface PeriodTarget {
  value: number;
  band: number;
  parts: Array<{ from: string; to: string; value: number; band: number }>;
}

/**
 * The target of a period from the target in force on each of its days (null: none yet).
 * Days before the period's first target take that first target: targets start on a week's
 * first day, so a goal set from the first week of March would otherwise leave 1 March (in
 * February's last week) without one. A sum KPI's weekly target counts 1/7 per day, so a
 * change mid-period weighs by the days it covers; a ratio KPI's target is the mean of the
 * days' targets (the target itself when it does not change). The band scales the same way.
 */
export function periodTarget(
  days: readonly string[],
  inForce: ReadonlyArray<DayTarget | null>,
  kind: 'sum' | 'ratio',
): PeriodTarget | null {
  const first = inForce.find((t) => t !== null);
  if (!first || days.length === 0) return null;
  const parts: Array<PeriodTarget['parts'][number] & { days: number }> = [];
  days.forEach((day, i) => {
    const t = inForce[i] ?? first;
    const last = parts.at(-1);
    if (last && last.value === t.value && last.band === t.band) {
      last.to = day;
      last.days++;
    } else parts.push({ from: day, to: day, value: t.value, band: t.band, days: 1 });
  });
  // Weighted by whole runs of days (not added up day by day), so one target over the period is that target exactly.
  const per = kind === 'sum' ? 7 : days.length;
  const weigh = (pick: (p: DayTarget) => number) => parts.reduce((sum, p) => sum + p.days * pick(p), 0) / per;
  const value = weigh((p) => p.value);
  const band = weigh((p) => p.band);
  return { value, band, parts: parts.map(({ days: _, ...p }) => p) };
}

/**
 * Where a KPI ends the period at its pace so far. A sum runs on at its average per day with
 * data (a day without data is missing, not zero: a stale feed must not read as a collapse);
 * a ratio's projection is its ratio of sums to date.
 */
export function project(
  kind: 'sum' | 'ratio',
  toDate: number | null,
  daysWithData: number,
  totalDays: number,
): number | null {
  if (toDate === null || daysWithData === 0) return null;
  return kind === 'sum' ? (toDate / daysWithData) * totalDays : toDate;
}

const STATUS: Record<string, PacingStatus> = {
  green: 'on_pace',
  amber: 'at_risk',
  red: 'off_pace',
  no_target: 'no_target',
  no_data: 'no_data',
};

/** The projection against the period target with its band, in the KPI's direction. */
export function paceStatus(projection: number | null, target: DayTarget | null, direction: Direction): PacingStatus {
  return STATUS[kpiStatus(projection, target, direction)] ?? 'no_data';
}

/**
 * projection / target for both directions, so the number never flips meaning: a lower-is-
 * better KPI at 110% is 10% over its limit (the status says whether that is bad). Null when
 * the target is not positive (a ratio to 0 or a negative goal means nothing).
 */
export function percentOfTarget(projection: number | null, target: number | null): number | null {
  if (projection === null || target === null || target <= 0) return null;
  return projection / target;
}
