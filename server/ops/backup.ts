import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open.js';
import { countRows, listTables } from './tables.js';

export interface DbFileReport {
  file: string;
  bytes: number;
  integrity: string;
  /** Highest applied migration; null when the file has no Rolecard schema. */
  schemaVersion: number | null;
  tables: Record<string, number>;
}

/**
 * Opens a database file read-only and checks it: `PRAGMA integrity_check` (every page, index
 * and constraint), schema version and rows per table. Throws when it is not a SQLite file.
 */
export function inspectDbFile(file: string): DbFileReport {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    const schemaVersion = listTables(db).includes('schema_migrations')
      ? (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null)
      : null;
    return { file, bytes: statSync(file).size, integrity, schemaVersion, tables: countRows(db) };
  } finally {
    db.close();
  }
}

/** Copy every page in one step; a smaller step keeps an in-process backup from blocking requests. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of a live database through SQLite's online backup API: pages are copied
 * in steps, and a write that commits meanwhile restarts the copy from a consistent point, so
 * the result is the database as of one instant. The copy is written beside the destination,
 * switched to a single-file journal (no -wal to carry around), checked, then renamed into
 * place: a failed or interrupted backup never leaves a half file under the final name.
 */
export async function backupTo(db: Db, dest: string, pagesPerStep = ALL_PAGES): Promise<DbFileReport> {
  const tmp = join(dirname(dest), `.${basename(dest)}.partial-${process.pid}`);
  rmSync(tmp, { force: true });
  try {
    let remaining = Number.POSITIVE_INFINITY;
    await db.backup(tmp, {
      progress: (p) => {
        // A write from another process restarts a stepped copy; under steady writes it
        // could restart for ever, so after one restart the rest is copied in one step
        // (a read transaction: in WAL mode writers carry on meanwhile).
        const restarted = p.remainingPages > remaining;
        remaining = p.remainingPages;
        return restarted ? ALL_PAGES : pagesPerStep;
      },
    });
    const copy = new Database(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const report = inspectDbFile(tmp);
    if (report.integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${report.integrity}`);
    renameSync(tmp, dest);
    return { ...report, file: dest };
  } finally {
    rmSync(tmp, { force: true });
  }
}

const SCHEDULED = /^rolecard-\d{8}T\d{6}Z\.db$/;

/** `rolecard-20260318T100000Z.db`: sorts by time, names the UTC instant. */
export function scheduledName(now: Date): string {
  return `rolecard-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.db`;
}

/** Deletes all but the newest `keep` scheduled backups in `dir`; returns what it deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const files = readdirSync(dir)
    .filter((f) => SCHEDULED.test(f))
    .sort();
  const drop = files.slice(0, Math.max(0, files.length - keep));
  for (const f of drop) rmSync(join(dir, f), { force: true });
  return drop;
}
