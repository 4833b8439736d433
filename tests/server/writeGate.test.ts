import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDb } from '../../server/db/open.js';
import { setLongWriter } from '../../server/db/writeGate.js';
import { createdTokenSchema, tokenListSchema } from '../../shared/auth.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { createSource, send, standardHeaders, storedValue } from './webhooksFixtures.js';

// A second connection holding SQLite's write lock stands in for an import committing in
// the worker (or the CLI importer): the API's own writes must wait without freezing the
// event loop, then be refused with 503 + Retry-After — never a 500, never a frozen read.

const NOW = '2026-03-18T10:00:00Z';
const NOW_UNIX = String(Date.parse(NOW) / 1000);
const sessions = (value: number) => ({ mode: 'set', items: [{ measure: 'sessions', date: '2026-03-16', value }] });

let lockers: Array<ReturnType<typeof openDb>> = [];
afterEach(() => {
  for (const l of lockers) {
    if (l.inTransaction) l.exec('ROLLBACK');
    l.close();
  }
  lockers = [];
});

/** A file-backed app and a second connection that can take the write lock. */
function fileApp(writeWaitMs: number): { t: TestApp; lock: () => void; release: () => void } {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'rolecard-gate-')), 'r.db');
  const t = makeTestApp({ dbPath, now: NOW, config: { writeWaitMs } });
  const other = openDb(dbPath);
  lockers.push(other);
  return {
    t,
    lock: () => other.exec('BEGIN IMMEDIATE'),
    release: () => other.exec('COMMIT'),
  };
}

/** Resolves with [result, milliseconds taken]. */
async function timed<T>(p: Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await p;
  return [r, performance.now() - t0];
}

describe('API writes while another connection holds the write lock', () => {
  test('POST /api/ingest waits for the lock, and reads are answered meanwhile', async () => {
    const { t, lock, release } = fileApp(10_000);
    lock();
    let settled = false;
    const pending = t.request('POST', '/api/ingest', sessions(1200)).finally(() => {
      settled = true;
    });
    // While the ingest waits, a read is answered: the event loop is not blocked. No timing
    // threshold (a loaded machine would make one flaky): the lock is released only after.
    const read = await t.request('GET', '/api/catalog');
    expect(read.status).toBe(200);
    expect(settled).toBe(false); // the ingest is still waiting for the lock
    release();
    const write = await pending;
    expect(write.status).toBe(201);
    expect(storedValue(t, 'sessions', '2026-03-16')).toBe(1200);
  });

  test('past ROLECARD_WRITE_WAIT_MS: 503 busy with Retry-After, a clear message, nothing written', async () => {
    const { t, lock } = fileApp(200);
    lock();
    const r = await t.request('POST', '/api/ingest', sessions(1200));
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('5'); // nobody on this server announced how long
    const err = errorBodySchema.parse(r.json).error;
    expect(err.code).toBe('busy');
    expect(err.message).toContain('waited 200 ms and nothing of it was written');
    expect(err.message).toContain('retry in about 5 s');
    expect(storedValue(t, 'sessions', '2026-03-16')).toBeUndefined();

    // An import committing on this server says who holds the lock and for how long.
    setLongWriter(t.db, { what: 'the import of "big.csv"', remainingSeconds: () => 41.2 });
    const named = await t.request('POST', '/api/ingest', sessions(1200));
    expect(named.status).toBe(503);
    expect(named.headers.get('retry-after')).toBe('42'); // 41.2 s rounded up
    expect(errorBodySchema.parse(named.json).error.message).toContain('the import of "big.csv" is being written');
    setLongWriter(t.db, null);
  });

  test('a webhook delivery waits for the lock; out of time it gets 503 + Retry-After and is not counted', async () => {
    const { t, lock, release } = fileApp(300);
    const s = await createSource(t, { name: 'Tool', kind: 'generic' });
    const body = (value: number) =>
      JSON.stringify({ mode: 'increment', items: [{ measure: 'sessions', date: '2026-03-17', value }] });

    lock();
    setTimeout(release, 100);
    const waited = await send(t, s.url, body(120), standardHeaders(s.secret, 'd1', NOW_UNIX, body(120)));
    expect(waited.status).toBe(200);
    expect(storedValue(t, 'sessions', '2026-03-17')).toBe(120);

    lock();
    const refused = await send(t, s.url, body(30), standardHeaders(s.secret, 'd2', NOW_UNIX, body(30)));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.json).toMatchObject({ error: { code: 'busy' } });
    release();
    // The sender retries the same delivery: counted once, 120 + 30.
    const retried = await send(t, s.url, body(30), standardHeaders(s.secret, 'd2', NOW_UNIX, body(30)));
    expect(retried.status).toBe(200);
    expect(storedValue(t, 'sessions', '2026-03-17')).toBe(150);
  });

  test('a signed-in read is never frozen or refused by the lock (last-seen updates are skipped)', async () => {
    const { t, lock, release } = fileApp(5_000);
    const created = createdTokenSchema.parse(
      (await t.request('POST', '/api/tokens', { name: 'n', scopes: ['read'] })).json,
    );
    const seen = () => t.db.prepare('SELECT MAX(last_seen_at) FROM sessions').pluck().get() as string;
    const before = seen();
    t.setNow('2026-03-18T10:05:00Z'); // past the one-minute touch interval
    lock();
    const [read, ms] = await timed(t.request('GET', '/api/catalog'));
    expect(read.status).toBe(200);
    expect(ms).toBeLessThan(1000); // SQLite's busy_timeout would have blocked 5 s
    const bearer = await t.as('anonymous')('GET', '/api/catalog', undefined, {
      authorization: `Bearer ${created.token}`,
    });
    expect(bearer.status).toBe(200);
    expect(seen()).toBe(before);
    release();
    expect((await t.request('GET', '/api/catalog')).status).toBe(200);
    expect(seen()).toBe('2026-03-18T10:05:00.000Z');
    const tokens = tokenListSchema.parse((await t.request('GET', '/api/tokens')).json);
    expect(tokens.tokens[0]?.lastUsedAt).toBeNull(); // skipped while locked
  });
});
