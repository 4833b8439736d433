import { type Issue, issue } from '../../shared/errorCodes.js';
import type { DateFormat } from '../../shared/imports.js';
import { addDays, dateInZone, isCalendarDate, monthOf, parseWeek } from '../../shared/period.js';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const RE = {
  ymd: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  ymd_compact: /^(\d{4})(\d{2})(\d{2})$/,
  dm: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
  week: /^(\d{4})-?W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  timestamp: /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/,
};

const notADate = (raw: string, format: DateFormat) =>
  issue('not_a_date', { value: raw, format }, `"${raw}" is not a date in the file's format (${FORMAT_LABEL[format]})`);
const notADay = (raw: string) => issue('not_a_calendar_day', { value: raw }, `"${raw}" is not a real calendar day`);

/** A date cell read: the days it covers (one, or a week's or month's days when spread). */
export type ParsedDate = { day: string; period: null } | { day: string; period: 'week' | 'month'; days: string[] };

/**
 * Reads a date cell in the chosen format. Timestamps with an offset (`2025-12-07 19:08:25
 * +0000`) are turned into an instant and then into the day in the configured time zone,
 * so rows around midnight land on the business's day whatever offset the tool wrote (and
 * a DST change inside the file is just another offset). A timestamp without an offset is
 * taken as local time in the configured zone.
 */
export function parseDate(raw: string, format: DateFormat, timeZone: string): ParsedDate | Issue {
  const s = raw.trim();
  let m: RegExpExecArray | null;
  switch (format) {
    case 'ymd':
    case 'ymd_compact':
    case 'dmy':
    case 'mdy': {
      const re = format === 'ymd' ? RE.ymd : format === 'ymd_compact' ? RE.ymd_compact : RE.dm;
      m = re.exec(s);
      if (!m) return notADate(raw, format);
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const day = format === 'dmy' ? ymd(c, b, a) : format === 'mdy' ? ymd(c, a, b) : ymd(a, b, c);
      return isCalendarDate(day) ? { day, period: null } : notADay(raw);
    }
    case 'week': {
      m = RE.week.exec(s);
      const week = m ? parseWeek(`${m[1]}-W${m[2]}`) : null;
      if (!week) return notADate(raw, format);
      return { day: week.start, period: 'week', days: Array.from({ length: 7 }, (_, i) => addDays(week.start, i)) };
    }
    case 'month': {
      m = RE.month.exec(s);
      if (!m || !isCalendarDate(`${s}-01`)) return notADate(raw, format);
      const month = monthOf(`${s}-01`);
      const n = Number(month.end.slice(8));
      return { day: month.start, period: 'month', days: Array.from({ length: n }, (_, i) => addDays(month.start, i)) };
    }
    case 'timestamp': {
      m = RE.timestamp.exec(s);
      if (!m) return notADate(raw, format);
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      if (!isCalendarDate(date)) return notADay(raw);
      const zone = m[7];
      if (!zone) return { day: date, period: null };
      const offset = zone === 'Z' || zone === 'UTC' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
      const instant = new Date(`${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
      if (Number.isNaN(instant.getTime())) return notADate(raw, format);
      return { day: dateInZone(instant, timeZone), period: null };
    }
  }
}

export const FORMAT_LABEL: Record<DateFormat, string> = {
  ymd: 'YYYY-MM-DD',
  ymd_compact: 'YYYYMMDD',
  dmy: 'DD/MM/YYYY',
  mdy: 'MM/DD/YYYY',
  week: 'ISO week 2026-W07',
  month: 'month 2026-02',
  timestamp: 'date and time with offset',
};

const ORDER: DateFormat[] = ['timestamp', 'ymd', 'ymd_compact', 'week', 'month', 'dmy', 'mdy'];

/**
 * The formats that read the most sample cells (at least 80% of them: a few bad dates are
 * line-level errors, not a reason to miss the format). DD/MM/YYYY and MM/DD/YYYY tie when
 * every day is ≤ 12: both are returned and the analyst chooses (never guessed per row).
 */
export function detectDateFormats(cells: readonly string[]): DateFormat[] {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (!filled.length) return [];
  const scored = ORDER.map((f) => ({ f, ok: filled.filter((c) => !('code' in parseDate(c, f, 'UTC'))).length }));
  const best = Math.max(...scored.map((s) => s.ok));
  if (best < Math.max(1, filled.length - Math.max(1, Math.floor(filled.length * 0.2)))) return [];
  return scored.filter((s) => s.ok === best).map((s) => s.f);
}

/** True when a cell looks like some date, in any format (used to find the date column). */
export function looksLikeDate(cell: string): boolean {
  const s = cell.trim();
  return ORDER.some((f) => !('code' in parseDate(s, f, 'UTC')));
}
