import { type Issue, issue } from '../../shared/errorCodes.js';
import type { NumberLocale } from '../../shared/imports.js';

/** A cell read as a number: the value, and whether it carried a percent sign. */
export interface ParsedNumber {
  value: number;
  percent: boolean;
}

// Currency symbols and ISO codes around a number: "$1,204.50", "1.204,50 €", "EUR 12".
const CURRENCY = /^(?:[A-Z]{3}\s*|[$€£¥])|(?:\s*[A-Z]{3}|\s*[$€£¥])$/g;
// Thousands may be grouped with spaces, including the no-break spaces spreadsheets write.
const SPACES = /[\s\u00a0\u202f]/g;
const DOT_FORMAT = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d*\.?\d+$|^\d+\.$/;
const COMMA_FORMAT = /^\d{1,3}(\.\d{3})+(,\d+)?$|^\d*,?\d+$|^\d+,$/;

const notANumber = (raw: string) => issue('not_a_number', { value: raw }, `"${raw}" is not a number`);

/**
 * Reads a number written in the file's locale. Returns null for an empty cell, the problem
 * for anything that is not a number ("1.2k", "n/a", a comma-decimal in a dot-decimal file):
 * the caller turns it into a line-level error.
 */
export function parseNumber(raw: string, locale: NumberLocale): ParsedNumber | null | Issue {
  let s = raw.trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    // Accounting negatives: (12.50)
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(CURRENCY, '').trim();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1);
  s = s.replace(CURRENCY, '').replace(SPACES, '');
  const ok = locale === 'dot' ? DOT_FORMAT.test(s) : COMMA_FORMAT.test(s);
  if (!ok) {
    const other = locale === 'dot' ? COMMA_FORMAT : DOT_FORMAT;
    if (other.test(s) && /[.,]/.test(s))
      return issue(
        'wrong_number_style',
        { value: raw, locale },
        `"${raw}" is written ${locale === 'dot' ? '1.234,5-style' : '1,234.5-style'}, but this file writes numbers ${locale === 'dot' ? '1,234.5' : '1.234,5'}-style`,
      );
    return notANumber(raw);
  }
  const plain = locale === 'dot' ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return notANumber(raw);
  return { value: negative ? -value : value, percent };
}

/**
 * Decides the file's number locale from sample cells. A cell is evidence only when it
 * can be read one way: "1,5" or "1.234,56" says comma-decimal, "1.5" or "1,234.56" says
 * dot-decimal, "1,234" says nothing. The delimiter breaks ties: semicolon files come from
 * comma-decimal locales.
 */
export function detectNumberLocale(cells: Iterable<string>, delimiter: string): NumberLocale {
  let dot = 0;
  let comma = 0;
  for (const raw of cells) {
    const s = raw.replace(CURRENCY, '').replace(/[%\s\u00a0\u202f+\-−()]/g, '');
    if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) continue;
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d+,\d{1,2}$/.test(s) || /^\d+,\d{4,}$/.test(s)) comma++;
    else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d+\.\d{1,2}$/.test(s) || /^\d+\.\d{4,}$/.test(s)) dot++;
    else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) comma++;
    else if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) dot++;
  }
  if (comma > dot) return 'comma';
  if (dot > comma) return 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/**
 * A duration cell in seconds: `hh:mm:ss`, `mm:ss`, or a plain number in `unit`.
 */
export function parseDuration(
  raw: string,
  locale: NumberLocale,
  unit: 'seconds' | 'minutes' | 'hours' = 'seconds',
): number | null | Issue {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:[.,]\d+)?))?$/.exec(s);
  if (m) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3].replace(',', '.'))];
    return c === null ? a * 60 + b : a * 3600 + b * 60 + c;
  }
  const n = parseNumber(s, locale);
  if (n === null) return null;
  if ('code' in n)
    return issue('not_a_duration', { value: raw }, `"${raw}" is not a duration (use hh:mm:ss or seconds)`);
  return n.value * (unit === 'hours' ? 3600 : unit === 'minutes' ? 60 : 1);
}
