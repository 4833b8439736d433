import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDb } from '../../server/db/open.js';
import { notDurable, type WalSync, walSyncer } from '../../server/db/walSync.js';
import { ApiError } from '../../server/http/errors.js';
import { GroupCommitter } from '../../server/webhooks/committer.js';

// SQLite's own numbers: synchronous NORMAL = 1, FULL = 2.
const fileDb = () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-walsync-')), 'w.db'));
  db.exec('CREATE TABLE t (n INTEGER)');
  return db;
};
/** Lets pending I/O callbacks, immediates and promise jobs run. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
/** A WAL sync the test finishes by hand, recording each request. */
function manualSync() {
  const pending: Array<(err: ApiError | null) => void> = [];
  const sync: WalSync = (done) => pending.push(done);
  return { sync, pending };
}
/** Whether a promise has settled, without waiting for it. */
function watch<T>(p: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  p.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

test('with a WAL sync, a group commits at NORMAL and its acks wait for the sync; the next group waits too', async () => {
  const db = fileDb();
  const { sync, pending } = manualSync();
  const committer = new GroupCommitter(db, { synchronous: 'FULL', waitMs: 1000, syncWal: sync });
  const ran: string[] = [];
  const first = watch(
    committer.submit((d) => {
      ran.push('first');
      d.prepare('INSERT INTO t VALUES (1)').run();
      return d.pragma('synchronous', { simple: true });
    }),
  );
  await turns();
  // Committed (another connection could read it) but not acknowledged: the sync has not returned.
  expect(ran).toEqual(['first']);
  expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
  expect(pending).toHaveLength(1);
  expect(first.settled).toBe(false);

  const second = watch(committer.submit(() => ran.push('second')));
  await turns();
  // Held: the second group starts only once the first one's sync is back.
  expect(ran).toEqual(['first']);

  pending[0]?.(null);
  await turns();
  expect(first).toEqual({ settled: true, value: 1 });
  expect(ran).toEqual(['first', 'second']);
  expect(pending).toHaveLength(2);
  expect(second.settled).toBe(false);
  pending[1]?.(null);
  await turns();
  expect(second.settled).toBe(true);
  // The connection is given back at its own setting.
  expect(db.pragma('synchronous', { simple: true })).toBe(1);
  db.close();
});

test('a failed sync refuses every delivery of the group with 503 not_durable; what they wrote stays committed', async () => {
  const db = fileDb();
  const { sync, pending } = manualSync();
  const committer = new GroupCommitter(db, { synchronous: 'FULL', waitMs: 1000, syncWal: sync });
  const jobs = [1, 2, 3].map((n) => watch(committer.submit((d) => d.prepare('INSERT INTO t VALUES (?)').run(n))));
  await turns();
  pending[0]?.(notDurable(Object.assign(new Error('i/o error'), { code: 'EIO' })));
  await turns();
  for (const j of jobs) {
    expect(j.error).toBeInstanceOf(ApiError);
    expect(j.error).toMatchObject({ status: 503, code: 'not_durable' });
    expect((j.error as Error).message).toContain('(EIO)');
  }
  // A sender's retry finds its inbox keys and is answered as a duplicate: nothing counts twice.
  expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3);
  db.close();
});

test('with NORMAL (the bench comparison) the sync is not used and acks follow the COMMIT', async () => {
  const db = fileDb();
  const { sync, pending } = manualSync();
  const committer = new GroupCommitter(db, { synchronous: 'NORMAL', waitMs: 1000, syncWal: sync });
  await expect(committer.submit((d) => d.pragma('synchronous', { simple: true }))).resolves.toBe(1);
  expect(pending).toHaveLength(0);
  db.close();
});

test('the WAL syncer syncs a file database’s WAL, is absent in memory, and says not_durable when the WAL is gone', async () => {
  expect(walSyncer(openDb(':memory:'))).toBeNull();
  const db = fileDb();
  const syncWal = walSyncer(db);
  if (!syncWal) throw new Error('a file database in WAL mode has a WAL to sync');
  const result = () => new Promise<ApiError | null>((resolve) => syncWal(resolve));
  db.prepare('INSERT INTO t VALUES (1)').run();
  await expect(result()).resolves.toBeNull();
  // Still the same file after a checkpoint empties it (TRUNCATE keeps the file).
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.prepare('INSERT INTO t VALUES (2)').run();
  await expect(result()).resolves.toBeNull();
  rmSync(`${db.name}-wal`);
  const err = await result();
  expect(err).toMatchObject({ status: 503, code: 'not_durable' });
  expect(err?.message).toContain('(ENOENT)');
  db.close();
});
