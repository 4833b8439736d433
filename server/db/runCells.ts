import type { ValueKey } from './measureValues.js';
import type { Db } from './open.js';

type Stmt = { run: (...a: unknown[]) => unknown; get: (...a: unknown[]) => unknown };

/**
 * The cells one import run has given a value so far, with that value, in a TEMP table: it
 * belongs to this connection alone, lives in SQLite's temp store (a file, so memory does
 * not grow with the import), and writing it takes no lock on the database — a preview can
 * use it inside a plain read transaction.
 */
export class RunCells {
  private readonly getStmt: Stmt;
  private readonly putStmt: Stmt;
  /** Puts so far, repeats included: while it is 0 a lookup is skipped. */
  puts = 0;

  constructor(private readonly db: Db) {
    db.exec(
      `CREATE TEMP TABLE IF NOT EXISTS import_run_cells (
         measure_id INTEGER NOT NULL, segment_id INTEGER NOT NULL, day TEXT NOT NULL, value REAL NOT NULL,
         PRIMARY KEY (measure_id, segment_id, day)) WITHOUT ROWID`,
    );
    db.exec('DELETE FROM temp.import_run_cells');
    this.getStmt = db
      .prepare('SELECT value FROM temp.import_run_cells WHERE measure_id = ? AND segment_id = ? AND day = ?')
      .pluck() as unknown as Stmt;
    this.putStmt = db.prepare(
      `INSERT INTO temp.import_run_cells (measure_id, segment_id, day, value) VALUES (?, ?, ?, ?)
       ON CONFLICT (measure_id, segment_id, day) DO UPDATE SET value = excluded.value`,
    ) as unknown as Stmt;
  }

  get(k: ValueKey): number | undefined {
    if (this.puts === 0) return undefined;
    return this.getStmt.get(k.measureId, k.segmentId, k.day) as number | undefined;
  }

  put(k: ValueKey, value: number): void {
    this.putStmt.run(k.measureId, k.segmentId, k.day, value);
    this.puts++;
  }

  /** Frees the table's pages (call outside the run's transaction). */
  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.import_run_cells');
  }
}
