import type {
  ComparisonKind,
  PacingPeriod,
  PacingRow,
  PacingStatus,
  RevenueComparison,
  RevenueFactor,
  RevenueFactorKey,
} from '../../shared/insights';
import type { Locale } from '../../shared/locales';
import { activeLocale } from '../i18n/active';
import type { MessageKey } from '../i18n/messages/en';
import type { Translate } from '../i18n/translate';
import { formatChange, formatValue, POINTS } from './format';
import type { Status } from './status';

/**
 * Pure text for the insights panels (what moved revenue, pacing); components only render it.
 * Sentences come from the `insights` messages through the `t` a component passes in.
 */

export const FACTOR_WORDS: Record<RevenueFactorKey, MessageKey> = {
  traffic: 'insights.factor.traffic',
  conversion: 'insights.factor.conversion',
  aov: 'insights.factor.aov',
};

export const AGAINST_WORDS: Record<ComparisonKind, MessageKey> = {
  previous_week: 'insights.against.previousWeek',
  year_ago: 'insights.against.yearAgo',
};

/** "a, b, c" as each language lists names without "and" (Intl's unit lists). */
export const listOf = (items: string[], locale: string = activeLocale()) =>
  new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);

/** Whether a move is good news for revenue; a move that rounds to zero is flat. */
export type Tone = 'better' | 'worse' | 'flat';

/** Percentage points with one decimal and a real minus: "−2.1 pts", "+0.9 pts", "±0.0 pts" ("−2,1 p. p."). */
export function formatPoints(points: number, locale: string = activeLocale()): string {
  const shown = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(points),
  );
  const sign = /^[0.,]+$/.test(shown) ? '±' : points > 0 ? '+' : '−';
  return `${sign}${shown} ${POINTS[locale as Locale] ?? POINTS.en}`;
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
export function partialNote(
  c: Extract<RevenueComparison, { available: true }>,
  week: string,
  t: Translate,
): string | null {
  const short = [
    { week, days: c.current.days },
    { week: c.baseWeek.label, days: c.base.days },
  ].filter(({ days }) => days < 7);
  if (short.length === 0) return null;
  return t('insights.revenue.partial', { weeks: listOf(short.map((s) => t('insights.revenue.partialWeek', s))) });
}

// ---------- pacing ----------

/** Pacing status as the scorecard's icon + word + colour set, with words of its own. */
export const PACE_META: Record<PacingStatus, { tone: Status; wordKey: MessageKey }> = {
  on_pace: { tone: 'green', wordKey: 'insights.pace.onPace' },
  at_risk: { tone: 'amber', wordKey: 'insights.pace.atRisk' },
  off_pace: { tone: 'red', wordKey: 'insights.pace.offPace' },
  no_target: { tone: 'no_target', wordKey: 'status.noTarget' },
  no_data: { tone: 'no_data', wordKey: 'insights.pace.noData' },
};

/**
 * "94%": whole percent, except when that would round a miss or an excess to "100%" (a KPI at
 * risk must not read as exactly on target), then one decimal: "99.7%".
 */
export function formatPercentOfTarget(p: number, locale: string = activeLocale()): string {
  const whole = Math.round(p * 100) === 100 && p !== 1 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: whole,
    maximumFractionDigits: whole,
  }).format(p);
}

/** A column head starts with a capital even where month names do not ("diciembre de 2026"). */
const capitalized = (s: string, locale: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** "March 2026" + "15 of 31 days", "Q1 2026" + "74 of 90 days", "April 2026" + "started today". */
export function periodTitle(p: PacingPeriod, t: Translate): { name: string; progress: string } {
  const locale = activeLocale();
  const name =
    p.kind === 'quarter'
      ? t('insights.period.quarter', { quarter: p.label.slice(6), year: p.label.slice(0, 4) })
      : capitalized(
          new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(`${p.start}T00:00:00Z`)),
          locale,
        );
  const progress =
    p.elapsedDays === 0
      ? t('insights.period.startedToday')
      : t('insights.period.progress', { elapsed: p.elapsedDays, total: p.totalDays });
  return { name, progress };
}

/**
 * The words after the status badge ("On pace" + "for 94% of target"; "At risk" + "heading for
 * 96% of target") and the numbers behind them ("15,400 so far → 34,100 by month end · target
 * 34,200"). A lower-is-better KPI keeps projection / target (110% is 10% over its limit) and
 * says which way is good.
 */
export function paceText(
  row: PacingRow,
  period: PacingPeriod,
  currency: string,
  t: Translate,
): { headline: string; detail: string } {
  // Pro-rated targets and projections of counts are estimates: whole numbers read better.
  const fmt = (v: number | null) =>
    formatValue(v !== null && row.kpi.unit === 'count' ? Math.round(v) : v, row.kpi.unit, currency);
  const target = row.target ? t('insights.pace.target', { value: fmt(row.target.value) }) : '';
  if (row.projection === null || row.toDate === null)
    return { headline: period.elapsedDays === 0 ? t('insights.pace.firstTomorrow') : '', detail: target };
  const headline =
    row.percentOfTarget !== null
      ? t('insights.pace.percent', {
          status: row.status,
          percent: formatPercentOfTarget(row.percentOfTarget),
          direction: row.kpi.direction,
        })
      : t('insights.pace.value', { status: row.status, value: fmt(row.projection) });
  const gaps =
    row.daysWithData < period.elapsedDays
      ? t('insights.pace.gaps', { days: row.daysWithData, elapsed: period.elapsedDays })
      : '';
  const toDate = fmt(row.toDate);
  const pace =
    row.kpi.kind === 'sum'
      ? t('insights.pace.projection', { toDate, projection: fmt(row.projection), period: period.kind })
      : t('insights.pace.soFar', { toDate });
  return { headline, detail: [pace, target, gaps].filter(Boolean).join(' · ') };
}

/**
 * Why a comparison is not available: in English the API's own sentence; in another language
 * worded from its code and the measures it lacks (an "or" list in that language).
 */
export function unavailableText(
  c: Extract<RevenueComparison, { available: false }>,
  week: string,
  t: Translate,
  locale: string,
): string {
  if (locale.startsWith('en')) return t('insights.revenue.unavailable', { reason: c.reason });
  return t('insights.revenue.reason', {
    code: c.code,
    week: c.code === 'no_base_data' ? c.baseWeek.label : week,
    missing: new Intl.ListFormat(locale, { type: 'disjunction' }).format(
      c.missing.map((m) => t('insights.revenue.measure', { measure: m })),
    ),
  });
}
