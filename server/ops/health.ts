import { listMigrations } from '../db/migrate.js';
import type { Db } from '../db/open.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  /** Highest migration applied to the DB, and highest this build ships. */
  schema: { applied: number | null; expected: number };
  problems: string[];
}

const expectedVersion = Math.max(0, ...listMigrations().map((m) => m.version));

/**
 * Ready = the DB answers a query and its schema is exactly the one this build expects. The
 * messages name the fix but never a path, a query or an error's internals.
 */
export function checkReadiness(db: Db): Readiness {
  const problems: string[] = [];
  let applied: number | null = null;
  let database: Readiness['database'] = 'ok';
  try {
    db.prepare('SELECT 1').get();
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    applied = hasTable
      ? (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null)
      : null;
  } catch {
    database = 'unreachable';
    problems.push('the database does not answer');
  }
  if (database === 'ok' && applied !== expectedVersion) {
    problems.push(
      applied !== null && applied > expectedVersion
        ? `the database schema (${applied}) is newer than this build (${expectedVersion}); run the newer version`
        : `the database schema (${applied ?? 'none'}) is behind this build (${expectedVersion}); restart to migrate`,
    );
  }
  return { ready: problems.length === 0, database, schema: { applied, expected: expectedVersion }, problems };
}
