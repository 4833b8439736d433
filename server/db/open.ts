import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens the database with the settings every connection needs. WAL lets readers run while
 * a write commits; synchronous=NORMAL in WAL mode is durable across process crashes (the
 * WAL is written before commit returns) and only a power loss can drop the last commits.
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * A connection that cannot write the database (SQLITE_READONLY on any attempt): an import
 * preview runs on one, so "it only reads" is enforced by SQLite, not just by our code.
 * TEMP tables stay writable (they belong to the connection). The database must exist and
 * already be in WAL mode (the server's own connection made it so).
 */
export function openReadOnlyDb(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
