import { parse } from 'csv-parse/sync';
import { FileError } from './decode.js';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

export interface Sniffed {
  delimiter: Delimiter;
  /** Comment (`#`) and blank lines before the header (GA4 exports start with some). */
  preambleLines: number;
  /** 1-based line of the header. */
  headerLine: number;
  header: string[];
  /** Data records from the head of the file, with their line numbers. */
  sample: Array<{ row: number; cells: string[] }>;
}

const isPreamble = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

function tryParse(text: string, delimiter: Delimiter): string[][] | null {
  const opts = { delimiter, relax_column_count: true, skip_empty_lines: true, to_line: 200 };
  try {
    return parse(text, opts) as string[][];
  } catch (err) {
    // A quoting error further down: sniff on the lines before it; the full pass reports it.
    const line = (err as { lines?: number }).lines ?? 0;
    try {
      return parse(text, { ...opts, to_line: Math.max(1, Math.min(200, line - 2)) }) as string[][];
    } catch {
      return null;
    }
  }
}

/**
 * Finds the header and the delimiter from the head of the file. Each candidate delimiter is
 * tried with the real parser (quotes and embedded newlines included); the one giving more
 * than one column, with most rows as wide as the header, wins.
 */
export function sniff(head: string, complete: boolean): Sniffed {
  const lines = head.split(/\r?\n/);
  let preambleLines = 0;
  while (preambleLines < lines.length && isPreamble(lines[preambleLines] ?? '')) preambleLines++;
  if (preambleLines >= lines.length)
    throw new FileError('no_header', {}, 'The file has no header row: it is empty or holds only comments.');
  // Drop a possibly cut last line unless the head is the whole file.
  const body = lines.slice(preambleLines, complete ? undefined : -1).join('\n');

  let best: { d: Delimiter; rows: string[][]; score: number } | null = null;
  for (const d of DELIMITERS) {
    const rows = tryParse(body, d);
    const width = rows?.[0]?.length ?? 0;
    if (!rows || width < 2) continue;
    const data = rows.slice(1);
    const same = data.filter((r) => r.length === width).length;
    const score = (data.length ? same / data.length : 1) * 1000 + width;
    if (!best || score > best.score) best = { d, rows, score };
  }
  if (!best) {
    const firstLine = (lines[preambleLines] ?? '').slice(0, 80);
    throw new FileError(
      'no_columns',
      { firstLine },
      `Could not find columns in the header "${firstLine}": separate columns with commas, semicolons or tabs.`,
    );
  }
  const header = (best.rows[0] ?? []).map((h) => h.trim());
  const blank = header.indexOf('');
  if (blank >= 0 && header.slice(blank).some((h) => h !== ''))
    throw new FileError(
      'blank_header',
      { column: blank + 1 },
      `Column ${blank + 1} of the header has no name: give every column a header.`,
    );
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    const k = h.toLowerCase();
    if (h && seen.has(k))
      throw new FileError(
        'duplicate_header',
        { name: h, first: (seen.get(k) ?? 0) + 1, second: i + 1 },
        `The header names "${h}" twice (columns ${(seen.get(k) ?? 0) + 1} and ${i + 1}): rename one.`,
      );
    seen.set(k, i);
  });
  const headerLine = preambleLines + 1;
  return { delimiter: best.d, preambleLines, headerLine, header, sample: [] };
}
