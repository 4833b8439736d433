import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listMigrations, migrate } from '../../server/db/migrate.js';
import { type Db, openDb } from '../../server/db/open.js';
import { claimInbox, inboxGroup, releaseInbox } from '../../server/db/webhooksInbox.js';

const AT = '2026-03-18T10:00:00.000Z';
/** One group on `db` claiming `key`, as the committer runs it: true when the key was new. */
const claim = (db: Db, key: string) =>
  db
    .transaction(() => {
      inboxGroup(db).start();
      const claimed = claimInbox(db, 'shop', [key], AT) !== null;
      inboxGroup(db).write();
      return claimed;
    })
    .immediate();
const rows = (db: Db) => db.prepare('SELECT key FROM webhook_inbox ORDER BY id').pluck().all();

test('a key is claimed once across connections, and after a restart', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'rolecard-inbox-')), 'i.db');
  const a = openDb(file);
  migrate(a);
  const b = openDb(file);
  expect(claim(b, 'webhook:w0')).toBe(true);
  expect(claim(a, 'webhook:w1')).toBe(true);
  // Each sees the other's committed key at its next group, under the write lock.
  expect(claim(b, 'webhook:w1')).toBe(false);
  expect(claim(a, 'webhook:w0')).toBe(false);
  a.close();
  b.close();
  const c = openDb(file);
  expect(claim(c, 'webhook:w0')).toBe(false);
  expect(claim(c, 'webhook:w1')).toBe(false);
  expect(claim(c, 'webhook:w2')).toBe(true);
  expect(rows(c)).toEqual(['webhook:w0', 'webhook:w1', 'webhook:w2']);
  c.close();
});

test('a rolled-back group’s keys and a released claim can be claimed again', () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-inbox-')), 'i.db'));
  migrate(db);
  expect(() =>
    db.transaction(() => {
      inboxGroup(db).start();
      claimInbox(db, 'shop', ['webhook:r1'], AT);
      throw new Error('the group fails after claiming');
    })(),
  ).toThrow('after claiming');
  inboxGroup(db).rollBack();
  expect(rows(db)).toEqual([]);
  expect(claim(db, 'webhook:r1')).toBe(true);

  // A refused delivery gives its keys back in its own group: both of them.
  db.transaction(() => {
    inboxGroup(db).start();
    const claimed = claimInbox(db, 'shop', ['webhook:r2', 'event:orders/create:9'], AT);
    if (!claimed) throw new Error('new keys');
    releaseInbox(db, claimed);
    inboxGroup(db).write();
  })();
  expect(rows(db)).toEqual(['webhook:r1']);
  expect(claim(db, 'event:orders/create:9')).toBe(true);
  // The same key under another source is another key.
  expect(db.transaction(() => claimInbox(db, 'other-shop', ['webhook:r1'], AT) !== null)()).toBe(true);
  db.close();
});

test('migration 021 carries the keys over, oldest first, and they still count as seen', () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-inbox-')), 'i.db'));
  const all = listMigrations();
  migrate(
    db,
    all.filter((m) => m.version < 21),
  );
  const put = db.prepare('INSERT INTO webhook_inbox (source_id, key, received_at) VALUES (?, ?, ?)');
  put.run('shop', 'webhook:b', '2026-03-02T00:00:00.000Z');
  put.run('shop', 'webhook:a', '2026-03-03T00:00:00.000Z');
  put.run('shop', 'event:orders/create:1', '2026-03-01T00:00:00.000Z');
  expect(
    migrate(
      db,
      all.filter((m) => m.version <= 21),
    ),
  ).toEqual([21]);
  expect(db.prepare('SELECT id, key, received_at AS at FROM webhook_inbox ORDER BY id').all()).toEqual([
    { id: 1, key: 'event:orders/create:1', at: '2026-03-01T00:00:00.000Z' },
    { id: 2, key: 'webhook:b', at: '2026-03-02T00:00:00.000Z' },
    { id: 3, key: 'webhook:a', at: '2026-03-03T00:00:00.000Z' },
  ]);
  expect(claim(db, 'webhook:a')).toBe(false);
  expect(claim(db, 'webhook:c')).toBe(true);
  expect(db.prepare('SELECT MAX(id) FROM webhook_inbox').pluck().get()).toBe(4);
  db.close();
});
