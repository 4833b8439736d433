import { kpiStatus } from '../../shared/kpi';
import { addDays, type Grain, monthOf, shiftMonth, shiftWeek, type WeekStart, weekOf } from '../../shared/period';
import type { Series, SeriesPoint } from '../../shared/schemas';
import type { MessageKey } from '../i18n/messages/en';
import type { Translate } from '../i18n/translate';
import { formatMeasure, formatPeriod, formatValue } from './format';

export const RANGES = [
  { key: '12w', labelKey: 'role.range.12w' },
  { key: '6m', labelKey: 'role.range.6m' },
  { key: '1y', labelKey: 'role.range.1y' },
  { key: 'custom', labelKey: 'role.range.custom' },
] as const satisfies readonly { key: string; labelKey: MessageKey }[];
export type RangeKey = (typeof RANGES)[number]['key'];

/** The dates a range covers, ending on `end` (the last day of the chosen week). */
export function rangeDates(
  range: RangeKey,
  end: string,
  weekStart: WeekStart,
  custom?: { from?: string; to?: string },
) {
  if (range === 'custom' && custom?.from && custom.to) return { from: custom.from, to: custom.to };
  if (range === '6m') return { from: shiftMonth(end, -5), to: end };
  if (range === '1y') return { from: shiftWeek(weekOf(end, weekStart), -51, weekStart).start, to: end };
  return { from: shiftWeek(weekOf(end, weekStart), -11, weekStart).start, to: end };
}

/**
 * The same period a year earlier. Days and weeks go back 52 weeks (364 days) so weekdays and
 * week boundaries line up point for point; months go back 12 calendar months.
 */
export function yearEarlier(from: string, to: string, grain: Grain): { from: string; to: string } {
  if (grain === 'month') return { from: shiftMonth(from, -12), to: monthOf(shiftMonth(to, -12)).end };
  return { from: addDays(from, -364), to: addDays(to, -364) };
}

export interface ChartRow {
  label: string;
  point: SeriesPoint;
  value: number | null;
  target: number | null;
  /** The amber zone: between the target and target ∓ band, on the worse side. */
  band: [number, number] | null;
  prior: number | null;
}

/** Chart rows: one per bucket, with the year-earlier value at the same position when known. */
export function chartRows(series: Series, prior: Series | undefined): ChartRow[] {
  const lower = series.kpi.direction === 'lower';
  return series.points.map((p, i) => ({
    label: formatPeriod(p.period, p.start, series.grain),
    point: p,
    value: p.value,
    target: p.target?.value ?? null,
    band: p.target
      ? lower
        ? [p.target.value, p.target.value + p.target.band]
        : [p.target.value - p.target.band, p.target.value]
      : null,
    prior: prior?.points[i]?.value ?? null,
  }));
}

/** True when the year-earlier series holds any value (otherwise no comparison is drawn). */
export const hasData = (s: Series | undefined) => !!s?.points.some((p) => p.value !== null);

/** Lowercases a measure name for prose ("Orders" → "orders") but leaves acronyms ("CSAT responses"). */
const prose = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name);

/** What is behind a ratio point: "2.41% = 1,204 orders / 49,958 sessions"; null for sums. */
export function ratioText(
  series: Series,
  p: SeriesPoint,
  units: { numerator: string; denominator: string },
  currency: string,
): string | null {
  if (series.kpi.formula.kind !== 'ratio' || p.value === null || p.numerator === null || p.denominator === null)
    return null;
  const num = `${formatMeasure(p.numerator, units.numerator, currency)} ${prose(series.numeratorName)}`;
  const den = `${formatMeasure(p.denominator, units.denominator, currency)} ${prose(series.denominatorName ?? '')}`;
  return `${formatValue(p.value, series.kpi.unit, currency)} = ${num} / ${den}`;
}

/** A text summary of a chart for screen readers and for anyone who prefers words. */
export function summarize(series: Series, currency: string, t: Translate): string {
  const fmt = (v: number | null) => formatValue(v, series.kpi.unit, currency);
  const withValue = series.points.filter((p) => p.value !== null);
  const kpi = series.kpi.name;
  const grain = series.grain;
  if (withValue.length === 0) return t('role.summary.noData', { kpi });
  const last = withValue[withValue.length - 1] as SeriesPoint;
  const values = withValue.map((p) => p.value as number);
  const targeted = withValue.filter((p) => p.target);
  const met = targeted.filter((p) => kpiStatus(p.value, p.target, series.kpi.direction) === 'green').length;
  const latest = { value: fmt(last.value), period: formatPeriod(last.period, last.start, grain) };
  const sentences = [
    t('role.summary.coverage', { kpi, grain, withData: withValue.length, total: series.points.length }),
    last.target
      ? t('role.summary.latestTarget', { ...latest, target: fmt(last.target.value) })
      : t('role.summary.latest', latest),
    t('role.summary.range', { low: fmt(Math.min(...values)), high: fmt(Math.max(...values)) }),
  ];
  if (targeted.length > 0) sentences.push(t('role.summary.onTarget', { grain, met, total: targeted.length }));
  return sentences.join(' ');
}
