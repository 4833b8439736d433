/**
 * Calendar rules in one place. Dates are plain calendar days as `YYYY-MM-DD` strings; all
 * arithmetic happens on UTC midnights so no local time zone or DST can shift a day.
 */

export type WeekStart = 'monday' | 'sunday';
export type Grain = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** True when `s` is `YYYY-MM-DD` and names a real calendar day (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function toEpochDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from) + 1;
}

/** 0 = Monday ... 6 = Sunday. */
function isoWeekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOneMonday(year: number): string {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, -isoWeekday(jan4));
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
  // With a Sunday start, a Sunday belongs to the ISO week that starts the next day.
  const probe = weekStart === 'sunday' ? addDays(date, 1) : date;
  const monday = addDays(probe, -isoWeekday(probe));
  // The ISO year is the year of the week's Thursday.
  const isoYear = Number(addDays(monday, 3).slice(0, 4));
  const n = (toEpochDay(monday) - toEpochDay(isoWeekOneMonday(isoYear))) / 7 + 1;
  const start = weekStart === 'sunday' ? addDays(monday, -1) : monday;
  return { label: `${isoYear}-W${String(n).padStart(2, '0')}`, start, end: addDays(start, 6) };
}

/** Parses `2026-W07` (or a date inside the week) into a week; null when it is not one. */
export function parseWeek(input: string, weekStart: WeekStart = 'monday'): Week | null {
  if (isCalendarDate(input)) return weekOf(input, weekStart);
  const m = WEEK_RE.exec(input);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1) return null;
  const monday = addDays(isoWeekOneMonday(year), (n - 1) * 7);
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
