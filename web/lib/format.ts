import {
  formatCount as countIn,
  formatDuration as durationIn,
  formatFileSize as fileSizeIn,
  formatValue as valueIn,
} from '../../shared/format';
import type { Locale } from '../../shared/locales';
import type { Unit } from '../../shared/units';
import { activeLocale } from '../i18n/active';

/**
 * All display formatting in one place (Intl). Percentages are stored as fractions, durations
 * as seconds, money in the installation's one configured currency. Every function formats
 * for the language the app is showing unless given another (tests pass one explicitly).
 */

/** Formats a KPI value for display; null (no data) is an em dash, never zero. */
export const formatValue = (value: number | null, unit: Unit, currency: string, locale: string = activeLocale()) =>
  valueIn(value, unit, currency, locale);

/** Counts with digit grouping: 49958 → "49,958"; fractional counts keep one decimal. */
export const formatCount = (value: number, locale: string = activeLocale()) => countIn(value, locale);

/** A file's size: "12 kB" under a megabyte (rounded up, never "0 kB"), else "1.5 MB" ("1,5 MB"). */
export const formatFileSize = (bytes: number, locale: string = activeLocale()) => fileSizeIn(bytes, locale);

/** Seconds as "2h 14m", "3m 05s" or "45s" in English; each locale's own unit symbols ("2 h 14 min"). */
export const formatDuration = (seconds: number, locale: string = activeLocale()) => durationIn(seconds, locale);

/** A measure's daily-sum value (the parts of a ratio) in its own unit. */
export function formatMeasure(value: number, unit: string, currency: string, locale: string = activeLocale()): string {
  if (unit === 'currency' || unit === 'duration') return formatValue(value, unit, currency, locale);
  return formatCount(value, locale);
}

/** Percentage points, as each language abbreviates them (locale data, like Intl's own). */
export const POINTS: Record<Locale, string> = { en: 'pts', es: 'p. p.', it: 'p.p.', nl: 'procentpunt' };

/**
 * Week-over-week change: percentage points for percent KPIs (a rate going 2.0% → 2.5% is
 * "+0.5 pts", not "+25%"), relative change otherwise, absolute when the base was zero.
 */
export function formatChange(
  change: { absolute: number; relative: number | null },
  unit: Unit,
  currency: string,
  locale: string = activeLocale(),
): string {
  // A change that rounds to zero is shown as "±0", never as "−0".
  const signed = (shown: string) =>
    /^[0.,]+$/.test(shown) ? `±${shown}` : `${change.absolute > 0 ? '+' : change.absolute < 0 ? '−' : '±'}${shown}`;
  if (unit === 'percent') {
    const pts = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(change.absolute) * 100);
    return `${signed(pts)} ${POINTS[locale as Locale] ?? POINTS.en}`;
  }
  if (change.relative !== null) {
    const rel = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(change.relative) * 100);
    return `${signed(rel)}%`;
  }
  const sign = change.absolute > 0 ? '+' : change.absolute < 0 ? '−' : '±';
  return `${sign}${formatValue(Math.abs(change.absolute), unit, currency, locale)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Calendar days are UTC midnights, so no zone can shift them; formatters are cached per locale. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    // English reads day-first here ("14 Mar 2026"): the team's weeks run Monday to Sunday.
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `2026-03-14` → "14 Mar" ("14 mar", "14 mrt"). */
export function formatShortDate(date: string, locale: string = activeLocale()): string {
  return dateFormat(locale, { day: 'numeric', month: 'short' }).format(utc(date));
}

/** `2026-03-14` → "14 Mar 2026". */
export function formatLongDate(date: string, locale: string = activeLocale()): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date));
}

/** `2026-11-23` → "23/11/2026" (en: the same; the US order is not used). */
export function formatNumericDate(date: string, locale: string = activeLocale()): string {
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(utc(date));
}

/**
 * A moment (ISO timestamp): "23 Nov 2026, 09:14", in the reader's own zone unless given one
 * (a team's shared record, like a reviewed week, reads in the installation's zone).
 */
export function formatDateTime(iso: string, locale: string = activeLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A week's days: "9 – 15 Nov 2026" (Intl's own range format per locale). */
export function formatRange(start: string, end: string, locale: string = activeLocale()): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(utc(start), utc(end));
}

/** A series bucket's label for axes: a week label, "14 Mar" for a day, "Mar 2026" for a month. */
export function formatPeriod(
  period: string,
  start: string,
  grain: 'day' | 'week' | 'month',
  locale: string = activeLocale(),
): string {
  if (grain === 'day') return formatShortDate(start, locale);
  if (grain === 'month') return dateFormat(locale, { month: 'short', year: 'numeric' }).format(utc(start));
  return period.replace(/^\d{4}-/, '');
}
