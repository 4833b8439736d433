import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ImportReport, importReportSchema, progressSchema } from '../../shared/imports.js';
import { addDays } from '../../shared/period.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { type RunningServer, startServer } from '../helpers/server.js';
import { fixture } from './helpers.js';

// The real server on a file database: imports run in a worker thread on their own
// connection, and the API's writes meet them on SQLite's write lock. The worker's heap is
// capped low here (32 MB) so a row-level export can outgrow it within a test.

const MEASURES = ['sessions', 'orders', 'net_revenue', 'marketing_spend', 'new_customers'];
const DAYS = 40_000; // 5 × 40,000 = 200,000 rows: long enough to overlap with a request
const FIRST_DAY = '1950-01-01';

/** date,measure,value with every value 7, plus the first row repeated at the end. */
function longFile(): string {
  const lines = ['date,measure,value'];
  for (let d = 0; d < DAYS; d++) {
    const day = addDays(FIRST_DAY, d);
    for (const m of MEASURES) lines.push(`${day},${m},7`);
  }
  lines.push(`${FIRST_DAY},sessions,7`);
  return `${lines.join('\n')}\n`;
}

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const deliveries = (value: number, date = '2026-03-16') => ({
  mode: 'set',
  items: [{ measure: 'deliveries', date, value }],
});

const HEADER = 'Name,Created at,Total,Lineitem quantity';
const ORDER_ROWS = 200_000;

/** One day of orders, each with its own long name: a distinct id per row. */
function manyOrders(): string {
  const pad = 'x'.repeat(100);
  const lines = [HEADER];
  for (let i = 0; i < ORDER_ROWS; i++) lines.push(`#${i}-${pad},2026-03-02 10:00:00 +0000,10.00,1`);
  return `${lines.join('\n')}\n`;
}

async function timed<T>(p: Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await p;
  return [r, performance.now() - t0];
}

describe('imports and concurrent writers on a file database', { timeout: 180_000 }, () => {
  let server: RunningServer;
  const root = mkdtempSync(join(tmpdir(), 'rolecard-tmp-'));
  const gonePid = spawnSync('true').pid as number; // a process that has exited
  const dead = join(root, `rolecard-uploads-${gonePid}`);
  const live = join(root, `rolecard-uploads-${process.pid}`); // this test process: alive

  beforeAll(async () => {
    // What earlier server processes left behind in the temp folder the server will use.
    mkdirSync(dead);
    writeFileSync(join(dead, 'abandoned.csv'), 'date,sessions\n');
    mkdirSync(live);
    writeFileSync(join(live, 'recent.csv'), 'date,sessions\n');
    writeFileSync(join(live, 'stale.csv'), 'date,sessions\n');
    const sevenHoursAgo = new Date(Date.now() - 7 * 3600_000);
    utimesSync(join(live, 'stale.csv'), sevenHoursAgo, sevenHoursAgo);
    mkdirSync(join(root, 'unrelated'));
    server = await startServer({
      ROLECARD_DEMO: '0',
      TMPDIR: root,
      ROLECARD_WRITE_WAIT_MS: '300',
      ROLECARD_IMPORT_MEMORY_MB: '32',
    });
  }, 90_000);
  afterAll(() => server?.stop());

  test('at start, uploads of processes that are gone are deleted, and expired ones of live processes', () => {
    expect(existsSync(dead)).toBe(false);
    expect(readdirSync(live)).toEqual(['recent.csv']); // 7 h old: past the 6-hour expiry
    expect(existsSync(join(root, 'unrelated'))).toBe(true);
    expect(server.output()).toContain(
      'Deleted uploads left by earlier server processes: 1 folder(s), 1 expired file(s).',
    );
  });

  let uploadId = '';
  test('a running preview does not block a concurrent ingest, and its counts are right', async () => {
    // Stored before the upload: one cell the file repeats (unchanged), one it changes.
    const seeded = await server.api(
      '/api/ingest',
      json({
        mode: 'set',
        items: [
          { measure: 'sessions', date: FIRST_DAY, value: 7 },
          { measure: 'orders', date: FIRST_DAY, value: 99 },
        ],
      }),
    );
    expect(seeded.status).toBe(201);
    uploadId = randomUUID();
    const preview = server
      .api(`/api/imports?name=long.csv&id=${uploadId}`, {
        method: 'POST',
        body: longFile(),
        headers: { 'content-type': 'text/csv' },
      })
      .then(async (r) => ({ status: r.status, body: (await r.json()) as unknown, at: performance.now() }));
    // Wait until the worker is streaming rows through the ingestion core.
    for (;;) {
      const p = await server.api(`/api/imports/uploads/${uploadId}/progress`);
      if (p.status === 200 && progressSchema.parse(await p.json()).phase === 'writing') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const [ingest, ms] = await timed(server.api('/api/ingest', json(deliveries(12))));
    const ingestDone = performance.now();
    expect(ingest.status).toBe(201);
    expect(ms).toBeLessThan(1500); // a preview holding the write lock made this wait 5 s, then fail
    const done = await preview;
    expect(done.at).toBeGreaterThan(ingestDone); // the preview was still running meanwhile
    expect(done.status).toBe(201);
    const report: ImportReport = importReportSchema.parse(done.body);
    // 5 × 40,000 cells + the repeated first row = 200,001 rows. Orders on the first day:
    // 99 → 7 (updated); sessions on the first day: 7 already (unchanged), and the repeat
    // finds the value the first row gave it (unchanged). The rest are new: 200,000 − 2.
    expect(report.counts).toEqual({
      rows: 200_001,
      goodRows: 200_001,
      badRows: 0,
      inserted: 199_998,
      updated: 1,
      unchanged: 2,
    });
  });

  test('during a commit, writes wait ROLECARD_WRITE_WAIT_MS, then 503 + Retry-After; reads answer at once', async () => {
    const commit = server
      .api(`/api/imports/uploads/${uploadId}/commit`, json({}))
      .then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
    for (;;) {
      const p = progressSchema.parse(await (await server.api(`/api/imports/uploads/${uploadId}/progress`)).json());
      if (p.phase === 'writing') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const [busy, ms] = await timed(server.api('/api/ingest', json(deliveries(13, '2026-03-17'))));
    const [read, readMs] = await timed(server.api('/api/config'));
    const committed = await commit;
    expect(committed.status).toBe(201);
    expect(busy.status).toBe(503);
    expect(ms).toBeGreaterThanOrEqual(290); // it waited the configured 300 ms first
    const retryAfter = Number(busy.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    const err = errorBodySchema.parse(await busy.json()).error;
    expect(err.code).toBe('busy');
    expect(err.message).toContain('the import of "long.csv" is being written');
    expect(err.message).toContain(`retry in about ${retryAfter} s`);
    expect(read.status).toBe(200);
    expect(readMs).toBeLessThan(1000);
    // After the commit the same write goes through; the earlier refusal wrote nothing.
    const again = await server.api('/api/ingest', json(deliveries(13, '2026-03-17')));
    expect(again.status).toBe(201);
    expect(importReportSchema.parse(committed.body).counts.inserted).toBe(199_998);
  });

  // A row-level export keeps each day's distinct order ids until the end: past the heap cap
  // the import is refused naming the limit and how to raise it — never a 500, nothing written.
  test('a file over the limit gets 413 naming ROLECARD_IMPORT_MEMORY_MB; small files still import', async () => {
    const res = await server.api('/api/imports?name=orders.csv', {
      method: 'POST',
      body: manyOrders(),
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(413);
    const err = errorBodySchema.parse(await res.json()).error;
    expect(err.code).toBe('import_too_large');
    expect(err.message).toContain('"orders.csv" needs more memory than the import may use');
    expect(err.message).toContain('ROLECARD_IMPORT_MEMORY_MB is 32 MB');
    expect(err.message).toContain('raise ROLECARD_IMPORT_MEMORY_MB');

    // The server and the next import are fine; the write lock was not left behind.
    const up = await server.api('/api/imports?name=helpdesk.csv', {
      method: 'POST',
      body: readFileSync(fixture('good', 'helpdesk.csv')),
      headers: { 'content-type': 'text/csv' },
    });
    expect(up.status).toBe(201);
    const preview = importReportSchema.parse(await up.json());
    const commit = await server.api(`/api/imports/uploads/${preview.uploadId}/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(commit.status).toBe(201);
    expect(importReportSchema.parse(await commit.json()).counts.inserted).toBe(30); // 5 days × 6 measures
  });
});
