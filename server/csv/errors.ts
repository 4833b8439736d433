import type { RowError } from '../../shared/imports.js';

const n = (x: number) => x.toLocaleString('en-US');

/** `row 1,204, column "Sessions": "1.2k" is not a number` — what, where, and how to fix. */
export function rowError(row: number | null, column: string | null, message: string): RowError {
  const where = [row === null ? null : `row ${n(row)}`, column === null ? null : `column "${column}"`]
    .filter(Boolean)
    .join(', ');
  return { row, column, message, text: where ? `${where}: ${message}` : message };
}

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
