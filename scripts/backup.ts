/**
 * `npm run backup -- <file|dir>`: a consistent copy of the database in ROLECARD_DB, safe while
 * the server runs (SQLite's online backup API), checked with integrity_check. A folder as the
 * target gets a time-stamped file name. Exit 1 on any failure, with nothing left half written.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError, loadConfig } from '../server/config.js';
import { backupTo, scheduledName } from '../server/ops/backup.js';
import { describeDbFile } from '../server/ops/report.js';

async function main() {
  const target = process.argv[2];
  if (!target) throw new ConfigError('Usage: npm run backup -- <file.db | folder>');
  const { dbPath } = loadConfig();
  if (!existsSync(dbPath)) throw new ConfigError(`No database at ${dbPath} (ROLECARD_DB); nothing to back up.`);
  const dest = existsSync(target) && statSync(target).isDirectory() ? join(target, scheduledName(new Date())) : target;
  if (existsSync(dest))
    throw new ConfigError(`${dest} already exists; choose a new file name (backups never overwrite).`);
  const db = new Database(dbPath, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    const t0 = Date.now();
    const report = await backupTo(db, resolve(dest));
    console.log(`Backup of ${dbPath} written in ${Date.now() - t0} ms:\n${describeDbFile(report)}`);
  } finally {
    db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Backup failed: ${(err as Error).message}`);
  process.exit(1);
});
