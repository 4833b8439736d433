import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { evaluateAlerts } from '../../server/alerts/evaluate.js';
import { startAlerts } from '../../server/alerts/runtime.js';
import { createApp } from '../../server/app.js';
import { defaultConfig } from '../../server/config.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { onIngested } from '../../server/ingest/events.js';
import { alertListSchema } from '../../shared/alerts.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { ingestOk, makeTestApp, signedInAdmin } from '../helpers/testApp.js';
import { conversionTarget, conversionWeeks } from './alertsFixtures.js';
import { createSource, send, standardHeaders } from './webhooksFixtures.js';

// Counts evaluations while keeping the real one.
vi.mock('../../server/alerts/evaluate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/alerts/evaluate.js')>();
  return { ...real, evaluateAlerts: vi.fn(real.evaluateAlerts) };
});
const evaluations = vi.mocked(evaluateAlerts);

const TIMING = { debounceMs: 2000, evaluateEveryMs: 300_000, dispatchEveryMs: 30_000, firstRunMs: 1000 };
const CSV = 'Date,Sessions,Orders\n2026-03-02,1000,25\n2026-03-03,1200,30\n';

afterEach(() => {
  vi.useRealTimers();
  evaluations.mockClear();
});

describe('when the evaluation runs', () => {
  test('after writes from the API, a CSV import and a webhook: once per burst, not per write', async () => {
    // Only the timers are fake: requests, the webhook committer (setImmediate) run for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const t = makeTestApp();
    const logs: unknown[] = [];
    const runtime = startAlerts(
      { db: t.db, config: t.config, clock: () => new Date('2026-03-18T10:00:00Z'), log: (e) => logs.push(e) },
      TIMING,
    );
    vi.advanceTimersByTime(1000);
    expect(evaluations).toHaveBeenCalledTimes(1); // at start
    evaluations.mockClear();

    // 30 API writes in a burst: conversion goes red in W11, then 28 more small writes.
    await conversionTarget(t);
    await conversionWeeks(t, [
      ['2026-03-02', 32],
      ['2026-03-09', 25],
    ]);
    for (let i = 0; i < 28; i++) await ingestOk(t, [{ measure: 'csat_responses', date: '2026-03-10', value: i + 1 }]);
    vi.advanceTimersByTime(1999);
    expect(evaluations).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(evaluations).toHaveBeenCalledTimes(1);
    expect((await t.get('/api/alerts', alertListSchema)).alerts.map((a) => a.kind)).toEqual(['turned_red']);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'alert recorded', kind: 'turned_red' }));

    // A CSV import commit (on this thread: the test database is in memory).
    const up = await t.request('POST', '/api/imports?name=a.csv', CSV, { 'content-type': 'text/csv' });
    const uploadId = (up.json as { uploadId: string }).uploadId;
    expect((await t.request('POST', `/api/imports/uploads/${uploadId}/commit`, {})).status).toBe(201);
    vi.advanceTimersByTime(2000);
    expect(evaluations).toHaveBeenCalledTimes(2);

    // A signed webhook delivery.
    const src = await createSource(t, { name: 'shop events', kind: 'generic' });
    const body = JSON.stringify({ mode: 'increment', items: [{ measure: 'orders', date: '2026-03-17', value: 1 }] });
    const ts = String(Date.parse('2026-03-18T10:00:00Z') / 1000);
    expect((await send(t, src.url, body, standardHeaders(src.secret, 'msg_1', ts, body))).status).toBe(200);
    vi.advanceTimersByTime(2000);
    expect(evaluations).toHaveBeenCalledTimes(3);

    // Nothing written (the same value again): nothing to evaluate.
    await ingestOk(t, [{ measure: 'csat_responses', date: '2026-03-10', value: 28 }]);
    vi.advanceTimersByTime(2000);
    expect(evaluations).toHaveBeenCalledTimes(3);

    // The timer covers what no write announces (missing data, a week ending at midnight).
    vi.advanceTimersByTime(300_000);
    expect(evaluations).toHaveBeenCalledTimes(4);

    await runtime.stop();
    await ingestOk(t, [{ measure: 'csat_responses', date: '2026-03-11', value: 3 }]);
    vi.advanceTimersByTime(3_600_000);
    expect(evaluations).toHaveBeenCalledTimes(4);
  });

  test('an import committed on a worker thread (file database) is announced to the API thread once', async () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), 'rolecard-alerts-')), 'rolecard.db'));
    migrate(db);
    seedCatalog(db, defaultCatalog);
    const cookie = signedInAdmin(db, defaultConfig);
    const { app } = createApp({ db, config: defaultConfig, clock: () => new Date('2026-03-18T10:00:00Z') });
    let heard = 0;
    onIngested(db, () => {
      heard++;
    });
    const post = (path: string, body: string, type: string) =>
      app.request(path, { method: 'POST', body, headers: { cookie, 'content-type': type } });
    const up = (await (await post('/api/imports?name=a.csv', CSV, 'text/csv')).json()) as { uploadId: string };
    expect(heard).toBe(0); // a preview writes nothing that stays
    expect((await post(`/api/imports/uploads/${up.uploadId}/commit`, '{}', 'application/json')).status).toBe(201);
    expect(heard).toBe(1);
    db.close();
  });
});
