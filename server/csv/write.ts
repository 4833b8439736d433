/**
 * The one CSV writer (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote,
 * CR or LF quoted, quotes doubled), hardened against formula injection (OWASP "CSV
 * Injection", ASVS 1.2.10). Used by the database export and the weekly review export.
 */

/**
 * One cell. A spreadsheet opening a text cell that starts with = + - @ (or a tab, CR, LF or
 * NUL, which some of them skip before looking for a formula) may run it as a formula, so such
 * text gets a leading apostrophe, which spreadsheets read as "this is text" and hide.
 * Numbers are written bare in JavaScript's shortest round-trip form: `-12.5` is a negative
 * number, never text, and a bare number cannot carry a formula — only strings are neutralised,
 * so a catalog name "-5" comes out as `'-5` while the value -5 stays `-5`.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = Buffer.isBuffer(v) ? v.toString('base64') : String(v);
  if (/^[=+\-@\t\r\n\0]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header row of `columns`, then one line per row with the cells under those keys. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
