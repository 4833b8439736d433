import { type Issue, issue } from '../../shared/errorCodes.js';
import type { RowError } from '../../shared/imports.js';

const n = (x: number) => x.toLocaleString('en-US');

/** `row 1,204, column "Sessions": "1.2k" is not a number` — what, where, and how to fix. */
export function rowError(row: number | null, column: string | null, problem: Issue): RowError {
  const where = [row === null ? null : `row ${n(row)}`, column === null ? null : `column "${column}"`]
    .filter(Boolean)
    .join(', ');
  const { message, code, params } = problem;
  return { row, column, message, code, params, text: where ? `${where}: ${message}` : message };
}

/** Said by the preview and by the full pass alike. */
export const noDataRows = issue('no_data_rows', {}, 'the file has a header but no data rows');

/** Keeps the first `cap` errors and counts all of them. */
export class ErrorList {
  readonly items: RowError[] = [];
  total = 0;
  constructor(readonly cap: number) {}
  add(e: RowError) {
    this.total++;
    if (this.items.length < this.cap) this.items.push(e);
  }
}
