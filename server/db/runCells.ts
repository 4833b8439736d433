import { type CellValue, readRuns, runMultiRow, type Statement } from './bulkCells.js';
import type { ValueKey } from './measureValues.js';
import type { Db } from './open.js';

/**
 * The cells one import run has given a value so far, with that value, in a TEMP table: it
 * belongs to this connection alone, lives in SQLite's temp store (a file, so memory does
 * not grow with the import), and writing it takes no lock on the database — a preview can
 * use it inside a plain read transaction.
 */
export class RunCells {
  private readonly rangeStmt: Statement;
  private readonly oneStmt: Statement;
  /** Cells remembered so far, repeats included: while it is 0 a lookup is skipped. */
  puts = 0;

  constructor(private readonly db: Db) {
    db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS import_run_cells (
         measure_id INTEGER NOT NULL, segment_id INTEGER NOT NULL, day TEXT NOT NULL, value REAL NOT NULL,
         PRIMARY KEY (measure_id, segment_id, day)) WITHOUT ROWID`,
    );
    db.exec('DELETE FROM temp.import_run_cells');
    this.rangeStmt = db.prepare<unknown[]>(
      'SELECT day, value FROM temp.import_run_cells WHERE measure_id = ? AND segment_id = ? AND day BETWEEN ? AND ?',
    );
    this.oneStmt = db.prepare<unknown[]>(
      'SELECT day, value FROM temp.import_run_cells WHERE measure_id = ? AND segment_id = ? AND day = ?',
    );
  }

  /** The values of a chunk's cells (sorted by primary key), keyed by `cellKey`; see `readRuns`. */
  readMany(cells: readonly ValueKey[]): Map<string, number> {
    if (this.puts === 0) return new Map();
    return readRuns<{ day: string; value: number }, number>(cells, this.rangeStmt, this.oneStmt, (r) => r.value);
  }

  /** Remembers many cells' values, in multi-row statements. */
  putMany(cells: readonly CellValue[]): void {
    runMultiRow(
      this.db,
      'INSERT INTO temp.import_run_cells (measure_id, segment_id, day, value)',
      '(?, ?, ?, ?)',
      cells,
      (c, out) => out.push(c.measureId, c.segmentId, c.day, c.value),
      ' ON CONFLICT (measure_id, segment_id, day) DO UPDATE SET value = excluded.value',
    );
    this.puts += cells.length;
  }

  /** Frees the table's pages (call outside the run's transaction). */
  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.import_run_cells');
  }
}
