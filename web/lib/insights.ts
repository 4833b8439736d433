import type {
  ComparisonKind,
  PacingPeriod,
  PacingRow,
  PacingStatus,
  RevenueComparison,
  RevenueFactor,
  RevenueFactorKey,
} from '../../shared/insights';
import { formatChange, formatValue } from './format';
import type { Status } from './status';

/** Pure text for the insights panels (what moved revenue, pacing); components only render it. */

export const FACTOR_WORDS: Record<RevenueFactorKey, string> = {
  traffic: 'traffic',
  conversion: 'conversion',
  aov: 'AOV',
};

export const AGAINST_WORDS: Record<ComparisonKind, string> = {
  previous_week: 'vs last week',
  year_ago: 'vs a year ago',
};

/** Whether a move is good news for revenue; a move that rounds to zero is flat. */
export type Tone = 'better' | 'worse' | 'flat';

/** Percentage points with one decimal and a real minus: "−2.1 pts", "+0.9 pts", "±0.0 pts". */
export function formatPoints(points: number, locale?: string): string {
  const shown = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(points),
  );
  const sign = /^[0.,]+$/.test(shown) ? '±' : points > 0 ? '+' : '−';
  return `${sign}${shown} pts`;
}

/** The tone of a signed number as shown: "±0.0" is flat, not good or bad news. */
export function toneOf(value: number, shown: string): Tone {
  if (shown.startsWith('±') || value === 0) return 'flat';
  return value > 0 ? 'better' : 'worse';
}

/** One factor as shown: "−2.1 pts", or the money amount when the base week had no revenue. */
export function factorAmount(f: RevenueFactor, currency: string): string {
  if (f.points !== null) return formatPoints(f.points);
  return formatChange({ absolute: f.contribution, relative: null }, 'currency', currency);
}

/** Revenue's change: "−8.2%", or "+€600" from a week of zero revenue. */
export function revenueChange(c: Extract<RevenueComparison, { available: true }>, currency: string): string {
  return formatChange(
    { absolute: c.change, relative: c.percentChange === null ? null : c.percentChange / 100 },
    'currency',
    currency,
  );
}

/**
 * A comparison with a week that is still running, or has days without data, compares unlike
 * with unlike: say so ("2026-W49 has data on 2 of 7 days"), or null when both weeks are whole.
 */
export function partialNote(c: Extract<RevenueComparison, { available: true }>, week: string): string | null {
  const short = [
    [week, c.current.days],
    [c.baseWeek.label, c.base.days],
  ].filter(([, days]) => Number(days) < 7);
  if (short.length === 0) return null;
  return `Partial: ${short.map(([label, days]) => `${label} has data on ${days} of 7 days`).join(', ')}.`;
}

// ---------- pacing ----------

/** Pacing status as the scorecard's icon + word + colour set, with words of its own. */
export const PACE_META: Record<PacingStatus, { tone: Status; word: string }> = {
  on_pace: { tone: 'green', word: 'On pace' },
  at_risk: { tone: 'amber', word: 'At risk' },
  off_pace: { tone: 'red', word: 'Off pace' },
  no_target: { tone: 'no_target', word: 'No target' },
  no_data: { tone: 'no_data', word: 'No data yet' },
};

/**
 * "94%": whole percent, except when that would round a miss or an excess to "100%" (a KPI at
 * risk must not read as exactly on target), then one decimal: "99.7%".
 */
export function formatPercentOfTarget(p: number, locale?: string): string {
  const whole = Math.round(p * 100) === 100 && p !== 1 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: whole,
    maximumFractionDigits: whole,
  }).format(p);
}

/** "March 2026 · 15 of 31 days", "Q1 2026 · 74 of 90 days", "April 2026 · starts today". */
export function periodTitle(p: PacingPeriod): { name: string; progress: string } {
  const name =
    p.kind === 'quarter'
      ? `${p.label.slice(5)} ${p.label.slice(0, 4)}`
      : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${p.start}T00:00:00Z`),
        );
  const progress = p.elapsedDays === 0 ? 'started today' : `${p.elapsedDays} of ${p.totalDays} days`;
  return { name, progress };
}

/**
 * The words after the status badge ("On pace" + "for 94% of target"; "At risk" + "heading for
 * 96% of target") and the numbers behind them ("15,400 so far → 34,100 by month end · target
 * 34,200"). A lower-is-better KPI keeps projection / target (110% is 10% over its limit) and
 * says which way is good.
 */
export function paceText(row: PacingRow, period: PacingPeriod, currency: string): { headline: string; detail: string } {
  // Pro-rated targets and projections of counts are estimates: whole numbers read better.
  const fmt = (v: number | null) =>
    formatValue(v !== null && row.kpi.unit === 'count' ? Math.round(v) : v, row.kpi.unit, currency);
  const target = row.target ? `target ${fmt(row.target.value)}` : '';
  if (row.projection === null || row.toDate === null)
    return { headline: period.elapsedDays === 0 ? 'first pace tomorrow' : '', detail: target };
  const verb = row.status === 'on_pace' ? 'for' : 'heading for';
  const lower = row.kpi.direction === 'lower' ? ' (lower is better)' : '';
  const headline =
    row.percentOfTarget !== null
      ? `${verb} ${formatPercentOfTarget(row.percentOfTarget)} of target${lower}`
      : `${verb} ${fmt(row.projection)}`;
  const gaps = row.daysWithData < period.elapsedDays ? `data on ${row.daysWithData} of ${period.elapsedDays} days` : '';
  const pace =
    row.kpi.kind === 'sum'
      ? `${fmt(row.toDate)} so far → ${fmt(row.projection)} by ${period.kind} end`
      : `${fmt(row.toDate)} so far`;
  return { headline, detail: [pace, target, gaps].filter(Boolean).join(' · ') };
}
