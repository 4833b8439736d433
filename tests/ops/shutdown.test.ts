import { existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { defaultCatalog } from '../../shared/catalog.js';
import { addDays } from '../../shared/period.js';
import { type RunningServer, startServer } from '../helpers/server.js';

const ITEMS = 50_000;

/** The largest batch the API takes: 25 measures × 2000 days, all new rows. */
function bigBatch(): Buffer {
  const measures = defaultCatalog.measures.slice(0, 25).map((m) => m.key);
  const items = [];
  for (let d = 0; d < ITEMS / measures.length; d++) {
    const date = addDays('2015-01-01', d);
    for (const measure of measures) items.push({ measure, date, value: d + 1 });
  }
  return Buffer.from(JSON.stringify({ mode: 'set', items }));
}

interface Sent {
  response: Promise<{ status: number; body: string } | { error: string }>;
  write: (chunk: Buffer) => Promise<void>;
  end: () => Promise<void>;
}

/** A POST /api/ingest whose body the test writes piece by piece. */
function openIngest(server: RunningServer, length: number, cookie: string): Sent {
  const url = new URL('/api/ingest', server.url);
  const req = request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': length, cookie, origin: server.url },
  });
  const response = new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => {
        body += String(d);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
  });
  return {
    response,
    write: (chunk) => new Promise((resolve) => req.write(chunk, () => resolve())),
    end: () => new Promise((resolve) => req.end(() => resolve())),
  };
}

const exited = (s: RunningServer) =>
  new Promise<number | null>((resolve) => {
    if (s.proc.exitCode !== null) resolve(s.proc.exitCode);
    else s.proc.once('exit', (code) => resolve(code));
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** After the server stopped: rows written, integrity, and whether the WAL was folded in. */
function inspect(dbPath: string) {
  const walBytes = existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0;
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT COUNT(*) FROM measure_values').pluck().get() as number;
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  return { rows, integrity, walBytes };
}

describe('graceful shutdown', () => {
  test('SIGTERM during a slow request: it completes, new connections are refused, exit 0', async () => {
    const server = await startServer({ ROLECARD_DEMO: '0' });
    const body = bigBatch();
    const sent = openIngest(server, body.length, await server.signIn());
    const pieces = 20;
    const size = Math.ceil(body.length / pieces);
    for (let i = 0; i < pieces; i++) {
      await sent.write(body.subarray(i * size, (i + 1) * size));
      if (i === 4) {
        server.proc.kill('SIGTERM');
        await sleep(100);
        // Stopped accepting: a new connection is refused while the old request goes on.
        await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
      }
      await sleep(80);
    }
    await sent.end();
    const res = await sent.response;
    expect(res).toMatchObject({ status: 201 });
    if ('body' in res) expect(JSON.parse(res.body)).toMatchObject({ inserted: ITEMS, total: ITEMS });
    expect(await exited(server)).toBe(0);
    expect(inspect(server.dbPath)).toEqual({ rows: ITEMS, integrity: 'ok', walBytes: 0 });
    expect(server.output()).toMatch(/SIGTERM: stopping/);
    expect(server.output()).toMatch(/Stopped cleanly/);
    expect(existsSync(`${server.dbPath}.pid`)).toBe(false);
  }, 90_000);

  test('SIGTERM during a large import: all of it or none of it, never part', async () => {
    const server = await startServer({ ROLECARD_DEMO: '0' });
    const body = bigBatch();
    const sent = openIngest(server, body.length, await server.signIn());
    await sent.write(body);
    await sent.end(); // the whole body is on its way: the server is parsing or writing it now
    server.proc.kill('SIGTERM');
    const res = await sent.response;
    expect(await exited(server)).toBe(0);
    const after = inspect(server.dbPath);
    expect(after.integrity).toBe('ok');
    expect(after.walBytes).toBe(0);
    expect([0, ITEMS]).toContain(after.rows);
    if ('status' in res && res.status === 201) expect(after.rows).toBe(ITEMS);
  }, 90_000);

  test('a request still open after the shutdown timeout is cut off; nothing of it is written', async () => {
    const server = await startServer({ ROLECARD_DEMO: '0', ROLECARD_SHUTDOWN_TIMEOUT_MS: '500' });
    const body = bigBatch();
    const sent = openIngest(server, body.length, await server.signIn());
    await sent.write(body.subarray(0, body.length / 2)); // and then the client stalls
    await sleep(100);
    server.proc.kill('SIGTERM');
    expect(await exited(server)).toBe(0);
    expect(await sent.response).toHaveProperty('error');
    expect(server.output()).toMatch(/cut off/);
    expect(inspect(server.dbPath)).toEqual({ rows: 0, integrity: 'ok', walBytes: 0 });
  }, 90_000);
});

describe('one server per database', () => {
  test('a second server on a database in use refuses to start, naming the first', async () => {
    const first = await startServer({ ROLECARD_DEMO: '0' });
    try {
      await expect(startServer({ ROLECARD_DEMO: '0', ROLECARD_DB: first.dbPath })).rejects.toThrow(
        /exited with 1[\s\S]*Another Rolecard \(pid \d+, port \d+\) is using/,
      );
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      await first.stop();
    }
  }, 90_000);
});
