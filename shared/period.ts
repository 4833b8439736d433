/**
 * Calendar rules in one place. Dates are plain calendar days as `YYYY-MM-DD` strings; all
 * arithmetic happens on UTC midnights so no local time zone or DST can shift a day.
 */

export type WeekStart = 'monday' | 'sunday';
export type Grain = 'day' | 'week' | 'month';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** True when `s` is `YYYY-MM-DD` and names a real calendar day (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Integer arithmetic, not a Date: an import checks every row's day.
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[mo - 1] ?? 31));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for a proleptic Gregorian date, in integer arithmetic (H. Hinnant's
 * days_from_civil): series and scorecards convert thousands of dates per request, and a Date
 * object per conversion was most of a daily series' cost.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil (civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function toEpochDay(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function fromEpochDay(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from) + 1;
}

/** 0 = Monday ... 6 = Sunday, of an epoch day (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** The epoch day of the Monday of ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - weekdayOf(jan4);
}

export interface Week {
  /** ISO-style label, e.g. `2026-W01`. */
  label: string;
  /** First day of the week (a Monday, or the Sunday before it with a Sunday week start). */
  start: string;
  /** Last day of the week, included. */
  end: string;
}

/**
 * The week holding `date`. Weeks are numbered as ISO weeks; with a Sunday start each week
 * begins the Sunday before its ISO Monday, so 2026-W01 is 2025-12-28..2026-01-03.
 */
export function weekOf(date: string, weekStart: WeekStart = 'monday'): Week {
  const day = toEpochDay(date);
  // With a Sunday start, a Sunday belongs to the ISO week that starts the next day.
  const probe = weekStart === 'sunday' ? day + 1 : day;
  const monday = probe - weekdayOf(probe);
  // The ISO year is the year of the week's Thursday.
  const isoYear = civilFromDays(monday + 3)[0];
  const n = (monday - isoWeekOneMonday(isoYear)) / 7 + 1;
  const start = weekStart === 'sunday' ? monday - 1 : monday;
  return { label: `${isoYear}-W${pad2(n)}`, start: fromEpochDay(start), end: fromEpochDay(start + 6) };
}

/** Parses `2026-W07` (or a date inside the week) into a week; null when it is not one. */
export function parseWeek(input: string, weekStart: WeekStart = 'monday'): Week | null {
  if (isCalendarDate(input)) return weekOf(input, weekStart);
  const m = WEEK_RE.exec(input);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1) return null;
  const monday = fromEpochDay(isoWeekOneMonday(year) + (n - 1) * 7);
  const week = weekOf(monday, 'monday');
  if (week.label !== input) return null; // W53 in a year that has only 52 weeks
  return weekOf(weekStart === 'sunday' ? addDays(monday, -1) : monday, weekStart);
}

export function shiftWeek(week: Week, n: number, weekStart: WeekStart = 'monday'): Week {
  return weekOf(addDays(week.start, n * 7), weekStart);
}

/** The month holding `date`, as `YYYY-MM` with its first and last day. */
export function monthOf(date: string): { label: string; start: string; end: string } {
  const label = date.slice(0, 7);
  const [y, m] = [Number(label.slice(0, 4)), Number(label.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { label, start: `${label}-01`, end: `${label}-${String(last).padStart(2, '0')}` };
}

export interface Bucket {
  label: string;
  start: string;
  end: string;
}

/** The bucket of `grain` holding `date`. */
export function bucketOf(date: string, grain: Grain, weekStart: WeekStart = 'monday'): Bucket {
  if (grain === 'day') return { label: date, start: date, end: date };
  if (grain === 'week') return weekOf(date, weekStart);
  return monthOf(date);
}

/** Every bucket of `grain` overlapping `from..to`, in order. */
export function bucketsBetween(from: string, to: string, grain: Grain, weekStart: WeekStart = 'monday'): Bucket[] {
  const out: Bucket[] = [];
  let cursor = from;
  while (cursor <= to) {
    const b = bucketOf(cursor, grain, weekStart);
    out.push(b);
    cursor = addDays(b.end, 1);
  }
  return out;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an IANA time zone (webhook timestamps → business days). */
export function dateInZone(instant: Date, timeZone: string): string {
  // Building a DateTimeFormat costs ~0.1 ms and every API request asks for today: reuse one.
  let fmt = zoneFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneFormats.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True when `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The first day of the month `n` months after the one holding `date` (n may be negative). */
export function shiftMonth(date: string, n: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}
