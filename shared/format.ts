import type { Unit } from './units.js';

/**
 * Number, money and duration formatting for an explicit locale (Intl only, no state): the
 * dashboard wraps these with the language it is showing (web/lib/format.ts), and the server
 * words alerts with them in English, so both say "1.9%" the same way.
 */

/** Formats a KPI value for display; null (no data) is an em dash, never zero. */
export function formatValue(value: number | null, unit: Unit, currency: string, locale: string): string {
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
      return formatDuration(value, locale);
    case 'ratio':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
    case 'score':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
    default:
      return formatCount(value, locale);
  }
}

/** Counts with digit grouping: 49958 → "49,958"; fractional counts keep one decimal. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 }).format(value);
}

/** A file's size: "12 kB" under a megabyte (rounded up, never "0 kB"), else "1.5 MB" ("1,5 MB"). */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1_048_576;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    minimumFractionDigits: mb ? 1 : 0,
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_048_576 : Math.ceil(bytes / 1024));
}

const unitFormat = (locale: string, unit: 'hour' | 'minute' | 'second', pad = false) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow', minimumIntegerDigits: pad ? 2 : 1 });

/** Seconds as "2h 14m", "3m 05s" or "45s" in English; each locale's own unit symbols ("2 h 14 min"). */
export function formatDuration(seconds: number, locale: string): string {
  const s = Math.round(seconds);
  if (s < 60) return unitFormat(locale, 'second').format(s);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${unitFormat(locale, 'hour').format(h)} ${unitFormat(locale, 'minute').format(m)}`;
  return `${unitFormat(locale, 'minute').format(m)} ${unitFormat(locale, 'second', true).format(s % 60)}`;
}
