import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDb } from '../../server/db/open.js';
import { tryWrite } from '../../server/db/writeGate.js';
import { GroupCommitter } from '../../server/webhooks/committer.js';

// SQLite's own numbers: synchronous NORMAL = 1, FULL = 2; openDb sets busy_timeout 5000 ms.
const fileDb = () => openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-pragmas-')), 'p.db'));
const synchronous = (db: ReturnType<typeof openDb>) => db.pragma('synchronous', { simple: true });
const busyTimeout = (db: ReturnType<typeof openDb>) => db.pragma('busy_timeout', { simple: true });

test('a webhook group commits with synchronous=FULL and gives the connection back at NORMAL, group after group', async () => {
  const db = fileDb();
  const committer = new GroupCommitter(db, { synchronous: 'FULL', waitMs: 1000 });
  for (let group = 0; group < 3; group++) {
    const inside = await committer.submit((d) => ({ synchronous: synchronous(d), busyTimeout: busyTimeout(d) }));
    expect(inside).toEqual({ synchronous: 2, busyTimeout: 0 });
    expect(synchronous(db)).toBe(1);
    expect(busyTimeout(db)).toBe(5000);
  }
  db.close();
});

test('a gated write runs without a busy timeout and restores the connection’s own, also when it throws', () => {
  const db = fileDb();
  db.pragma('busy_timeout = 1234');
  expect(tryWrite(db, () => busyTimeout(db))).toEqual({ ok: true, value: 0 });
  expect(busyTimeout(db)).toBe(1234);
  expect(() =>
    tryWrite(db, () => {
      throw new Error('boom');
    }),
  ).toThrow('boom');
  expect(busyTimeout(db)).toBe(1234);
  db.close();
});

test('a group runs at the setting it needs, and the connection has its own setting after, the same or not', async () => {
  const db = fileDb();
  const syncWal = (done: (err: null) => void) => setImmediate(() => done(null));
  const synced = new GroupCommitter(db, { synchronous: 'FULL', waitMs: 1000, syncWal });
  // The WAL is synced after COMMIT, so the group runs at NORMAL: the connection's own.
  await expect(synced.submit((d) => synchronous(d))).resolves.toBe(1);
  expect(synchronous(db)).toBe(1);
  // An owner that set FULL on its connection gets it back after a group at NORMAL.
  db.pragma('synchronous = FULL');
  const other = new GroupCommitter(db, { synchronous: 'NORMAL', waitMs: 1000 });
  await expect(other.submit((d) => synchronous(d))).resolves.toBe(1);
  expect(synchronous(db)).toBe(2);
  db.close();
});
