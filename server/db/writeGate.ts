import { ApiError } from '../http/errors.js';
import type { Db } from './open.js';
import { readPragma, setPragma } from './pragmas.js';

/**
 * Writes from the API thread while another connection may hold SQLite's write lock for a
 * long time (an import's commit or undo in the worker, the CLI importer, a restore).
 *
 * better-sqlite3 is synchronous: waiting through SQLite's busy_timeout would freeze the
 * whole event loop — every other request, reads included — for as long as it waits. So the
 * lock is tried without waiting (`BEGIN IMMEDIATE` with busy_timeout 0) and, while it is
 * taken, tried again on a timer, the event loop free in between. After the configured wait
 * (ROLECARD_WRITE_WAIT_MS) the write is refused: 503 `busy` with Retry-After.
 */

/** Someone on this server holding the write lock for long, and when it expects to be done. */
export interface LongWriter {
  /** "the import of “sales.csv”", for the refusal message. */
  what: string;
  /** Seconds until the lock should be free, when it can be estimated. */
  remainingSeconds: () => number | null;
}

const longWriters = new WeakMap<Db, LongWriter>();
const DEFAULT_RETRY_AFTER_S = 5;
const MAX_RETRY_AFTER_S = 600;

/** Announces (or, with null, clears) a long writer on this database, for busy messages. */
export function setLongWriter(db: Db, writer: LongWriter | null): void {
  if (writer) longWriters.set(db, writer);
  else longWriters.delete(db);
}

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The 503 for a write that could not get the lock; Retry-After comes from `details`. */
export function busyError(db: Db, waitedMs: number): ApiError {
  const holder = longWriters.get(db);
  const eta = holder?.remainingSeconds() ?? null;
  const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(eta ?? DEFAULT_RETRY_AFTER_S)));
  const who = holder
    ? `${holder.what} is being written and holds the database's write lock`
    : "another writer (an import from the command line, a restore) holds the database's write lock";
  return new ApiError(
    503,
    'busy',
    `The database is busy: ${who}. This write waited ${waitedMs} ms and nothing of it was written; retry in about ${retryAfterSeconds} s (Retry-After). Reads keep working.`,
    { params: { retryAfterSeconds }, retryAfterSeconds, waitedMs },
  );
}

export type Attempt<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `fn` in an IMMEDIATE transaction if the write lock is free right now; `{ ok: false }`
 * (nothing run, nothing written) when another connection holds it. IMMEDIATE takes the lock
 * before the first read, so a write never fails half-way on a stale snapshot.
 */
export function tryWrite<T>(db: Db, fn: () => T): Attempt<T> {
  if (db.inTransaction) return { ok: true, value: fn() };
  const previous = readPragma(db, 'busy_timeout') as number;
  setPragma(db, 'busy_timeout', 0);
  try {
    return { ok: true, value: db.transaction(fn).immediate() };
  } catch (err) {
    if (isBusy(err)) return { ok: false };
    throw err;
  } finally {
    setPragma(db, 'busy_timeout', previous);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Backoff between tries: short first (most locks are brief), then every 100 ms. */
export const retryDelay = (attempt: number) => Math.min(100, 10 * 2 ** attempt);

/**
 * Runs `fn` in a write transaction as soon as the lock is free, waiting at most `waitMs`
 * without blocking the event loop; then throws `busyError` (503, nothing written).
 */
export async function writeWhenFree<T>(db: Db, fn: () => T, waitMs: number): Promise<T> {
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    const r = tryWrite(db, fn);
    if (r.ok) return r.value;
    const waited = Date.now() - start;
    if (waited >= waitMs) throw busyError(db, waitMs);
    await sleep(Math.min(retryDelay(attempt), waitMs - waited));
  }
}
