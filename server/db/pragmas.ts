import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/**
 * PRAGMA statements prepared once per connection. `db.pragma()` prepares its statement on
 * every call, and outside a transaction preparing also checks the schema against the file;
 * the write gate and the webhook committer read and set two pragmas around every group
 * commit, so they reuse these instead. Only a handful of distinct texts are ever used.
 */
const statements = perConnection((_db: Db) => new Map<string, Statement>());

function statement(db: Db, text: string): Statement {
  const cache = statements(db);
  let s = cache.get(text);
  if (!s) {
    s = db.prepare(`PRAGMA ${text}`);
    cache.set(text, s);
  }
  return s;
}

/** The pragma's current value (`db.pragma(name, { simple: true })`). */
export function readPragma(db: Db, name: string): unknown {
  return statement(db, name).pluck().get();
}

/** Sets a pragma (`db.pragma('name = value')`). */
export function setPragma(db: Db, name: string, value: string | number): void {
  const s = statement(db, `${name} = ${value}`);
  // Some pragmas answer their new value as a row (busy_timeout), others nothing (synchronous).
  if (s.reader) s.get();
  else s.run();
}
