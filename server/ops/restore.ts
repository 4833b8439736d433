import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { listMigrations } from '../db/migrate.js';
import { type DbFileReport, inspectDbFile } from './backup.js';
import { findLiveServer } from './pidFile.js';

export class RestoreRefused extends Error {}

export interface RestoreResult {
  restored: DbFileReport;
  /** Where the replaced database was moved; null when there was none. */
  keptAside: string | null;
}

/**
 * Replaces the database at `dbPath` with the backup `file`. Refuses while a server uses the
 * database (its pid file names a live process or an address that answers /healthz), refuses
 * a file that fails integrity_check or was written by a newer schema, and moves the replaced
 * database aside (after folding its WAL in, so the kept copy is one self-contained file).
 */
export async function restoreFrom(file: string, dbPath: string, now: Date): Promise<RestoreResult> {
  const live = await findLiveServer(dbPath);
  if (live) {
    throw new RestoreRefused(
      `Rolecard is running on this database (pid ${live.pid}, port ${live.port}); stop it first (SIGTERM), then restore.`,
    );
  }
  if (!existsSync(file)) throw new RestoreRefused(`No backup file at ${file}.`);
  let report: DbFileReport;
  try {
    report = inspectDbFile(file);
  } catch (err) {
    throw new RestoreRefused(`${file} is not a readable SQLite database: ${(err as Error).message}`);
  }
  if (report.integrity !== 'ok') throw new RestoreRefused(`${file} fails integrity_check: ${report.integrity}`);
  const expected = Math.max(0, ...listMigrations().map((m) => m.version));
  if (report.schemaVersion === null)
    throw new RestoreRefused(`${file} is not a Rolecard database (no schema_migrations).`);
  if (report.schemaVersion > expected) {
    throw new RestoreRefused(
      `${file} has schema ${report.schemaVersion}, newer than this version (${expected}); restore it with the newer Rolecard.`,
    );
  }

  let keptAside: string | null = null;
  if (existsSync(dbPath)) {
    try {
      const old = new Database(dbPath, { fileMustExist: true });
      old.pragma('wal_checkpoint(TRUNCATE)');
      old.close();
    } catch {
      // A damaged current DB is exactly why one restores: move it aside as it is, WAL too.
    }
    keptAside = `${dbPath}.replaced-${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
    renameSync(dbPath, keptAside);
    for (const ext of ['-wal', '-shm']) if (existsSync(dbPath + ext)) renameSync(dbPath + ext, keptAside + ext);
  }
  // Copy next to the target, then rename: the database path never holds a half-copied file.
  const tmp = `${dbPath}.restoring-${process.pid}`;
  try {
    copyFileSync(file, tmp);
    renameSync(tmp, dbPath);
  } finally {
    rmSync(tmp, { force: true });
  }
  return { restored: { ...report, file: dbPath }, keptAside };
}
