import type { Unit } from '../../shared/units';

/**
 * All display formatting in one place (Intl). Percentages are stored as fractions, durations
 * as seconds, money in the installation's one configured currency.
 */

/** Formats a KPI value for display; null (no data) is an em dash, never zero. */
export function formatValue(value: number | null, unit: Unit, currency: string, locale?: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 2,
        minimumFractionDigits: 1,
      }).format(value);
    case 'currency':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
      }).format(value);
    case 'duration':
      return formatDuration(value);
    case 'ratio':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
    case 'score':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
    default:
      return formatCount(value, locale);
  }
}

/** Counts with digit grouping: 49958 → "49,958"; fractional counts keep one decimal. */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 }).format(value);
}

/** Seconds as "2h 14m", "3m 05s" or "45s". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}h ${m}m`;
  return `${m}m ${String(s % 60).padStart(2, '0')}s`;
}

/** A measure's daily-sum value (the parts of a ratio) in its own unit. */
export function formatMeasure(value: number, unit: string, currency: string, locale?: string): string {
  if (unit === 'currency' || unit === 'duration') return formatValue(value, unit, currency, locale);
  return formatCount(value, locale);
}

/**
 * Week-over-week change: percentage points for percent KPIs (a rate going 2.0% → 2.5% is
 * "+0.5 pts", not "+25%"), relative change otherwise, absolute when the base was zero.
 */
export function formatChange(
  change: { absolute: number; relative: number | null },
  unit: Unit,
  currency: string,
  locale?: string,
): string {
  // A change that rounds to zero is shown as "±0", never as "−0".
  const signed = (shown: string) =>
    /^[0.,]+$/.test(shown) ? `±${shown}` : `${change.absolute > 0 ? '+' : change.absolute < 0 ? '−' : '±'}${shown}`;
  if (unit === 'percent') {
    const pts = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(change.absolute) * 100);
    return `${signed(pts)} pts`;
  }
  if (change.relative !== null) {
    const rel = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(change.relative) * 100);
    return `${signed(rel)}%`;
  }
  const sign = change.absolute > 0 ? '+' : change.absolute < 0 ? '−' : '±';
  return `${sign}${formatValue(Math.abs(change.absolute), unit, currency, locale)}`;
}

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-14` → "14 Mar" (calendar days are UTC midnights, so no zone can shift them). */
export function formatShortDate(date: string): string {
  return shortDate.format(new Date(`${date}T00:00:00Z`));
}

/** `2026-03-14` → "14 Mar 2026". */
export function formatLongDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** A week's days: "9 – 15 Nov 2026". */
export function formatRange(start: string, end: string): string {
  return `${formatShortDate(start)} – ${formatLongDate(end)}`;
}

/** A series bucket's label for axes: a week label, "14 Mar" for a day, "Mar 2026" for a month. */
export function formatPeriod(period: string, start: string, grain: 'day' | 'week' | 'month'): string {
  if (grain === 'day') return formatShortDate(start);
  if (grain === 'month')
    return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${start}T00:00:00Z`),
    );
  return period.replace(/^\d{4}-/, '');
}
