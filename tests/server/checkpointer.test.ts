import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from '../../server/db/checkpointer.js';
import { type Db, openDb } from '../../server/db/open.js';
import type { LogEntry } from '../../server/ops/logger.js';

const fileDb = () => {
  const db = openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-checkpoint-')), 'c.db'));
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, blob BLOB)');
  return db;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const autocheckpoint = (db: Db) => db.pragma('wal_autocheckpoint', { simple: true });
const walBytes = (db: Db) => statSync(`${db.name}-wal`).size;

/**
 * 400 commits of two fresh 4 KB pages each, in bursts of 10 with a pause between (as requests
 * come): 800+ WAL frames if nothing copies them back, always under the fallback threshold.
 */
async function writeBursts(db: Db): Promise<void> {
  const insert = db.prepare('INSERT INTO t (blob) VALUES (?)');
  for (let burst = 0; burst < 40; burst++) {
    for (let i = 0; i < 10; i++) insert.run(Buffer.alloc(6000, burst));
    await sleep(15);
  }
}

test('the background thread checkpoints the WAL so it starts over, instead of the writer doing it', async () => {
  const logged: LogEntry[] = [];
  // The same writes without the thread, and with the writer's own checkpoints at the same threshold.
  const alone = fileDb();
  alone.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  await writeBursts(alone);
  const walAlone = walBytes(alone);
  expect(walAlone).toBeGreaterThan(800 * 4096);

  const db = fileDb();
  const checkpointer = startCheckpointer(db, (e) => logged.push(e), 5);
  expect(checkpointer).not.toBeNull();
  expect(autocheckpoint(db)).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
  await checkpointer?.ready;
  await writeBursts(db);
  // The WAL was copied back and restarted from its beginning many times: it never grew past
  // a small part of what the same writes leave without the thread.
  expect(walBytes(db)).toBeLessThan(walAlone / 4);
  expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(400);

  await checkpointer?.stop();
  // The connection checkpoints itself again, at SQLite's own threshold.
  expect(autocheckpoint(db)).toBe(1000);
  expect(logged).toEqual([]);
  db.close();
  alone.close();
});

test('an in-memory database has no WAL and gets no thread', () => {
  const db = openDb(':memory:');
  expect(startCheckpointer(db, () => undefined)).toBeNull();
  expect(autocheckpoint(db)).toBe(1000);
});
