import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.js';
import { type Config, defaultConfig } from '../../server/config.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { createLogger, type LogEntry, type LogFn, toLogFn } from '../../server/ops/logger.js';
import { DELIVERY_ROUTE, logRequest } from '../../server/ops/requestLog.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { secretRevealSchema } from '../../shared/webhooks.js';
import { signedInAdmin } from '../helpers/testApp.js';
import { orderBody, shopifyHeaders } from './webhooksFixtures.js';

/** An app whose log goes through the real pino pipeline into `lines`. */
function appWithLogCapture(level: Config['logLevel']) {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  const lines: string[] = [];
  const logger = createLogger(level, { write: (s: string) => void lines.push(s) });
  const { app } = createApp({
    db,
    config: { ...defaultConfig, logLevel: level },
    clock: () => new Date('2026-03-18T10:00:00Z'),
    log: toLogFn(logger),
  });
  const entries = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const cookie = signedInAdmin(db, defaultConfig);
  return { app: withCookie(app, cookie), db, lines, entries, cookie };
}

/** A Shopify source registered through the API, with its secret. */
async function shopifySource(app: ReturnType<typeof appWithLogCapture>['app'], name: string) {
  const created = await app.request('/api/webhook-sources', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, kind: 'shopify' }),
  });
  return secretRevealSchema.parse(await created.json());
}

/** Sends every request as the signed-in admin unless a cookie is given. */
function withCookie(app: ReturnType<typeof createApp>['app'], cookie: string) {
  return {
    request: (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('cookie')) headers.set('cookie', cookie);
      return app.request(path, { ...init, headers });
    },
  };
}

// Every secret below contains this marker; it must appear in no log line.
const S = 'S3CRET';

/** What a sign-in and a signed webhook delivery carry: credentials in headers and body. */
const secretHeaders = {
  'content-type': 'application/json',
  'x-shopify-hmac-sha256': `${S}-3`,
  'webhook-signature': `v1,${S}-4`,
  'x-zendesk-webhook-signature': `${S}-5`,
  'x-api-key': `${S}-6`,
};

describe('request logs', () => {
  test('one JSON line per request with id, method, route, status and duration', async () => {
    const { app, entries } = appWithLogCapture('info');
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-abc-123' },
      body: JSON.stringify({ items: [{ measure: 'sessions', date: '2026-03-09', value: 1000 }] }),
    });
    expect(res.status).toBe(201);
    await app.request('/api/kpis/conversion_rate/series?grain=week');
    const [ingest, series] = entries().filter((e) => e.msg === 'request');
    expect(ingest).toMatchObject({
      level: 'info',
      service: 'rolecard',
      requestId: 'req-abc-123',
      method: 'POST',
      route: '/api/ingest',
      path: '/api/ingest',
      status: 201,
    });
    expect(typeof ingest?.durationMs).toBe('number');
    expect(typeof ingest?.time).toBe('string');
    expect(series).toMatchObject({ method: 'GET', route: '/api/kpis/:key/series', status: 200 });
  });

  test('a sign-in-like and a webhook-like request leave no secret in the log', async () => {
    const { app, lines, cookie } = appWithLogCapture('trace');
    // A real sign-in whose password, and the session it opens, must not be logged.
    const signIn = await app.request(`/api/auth/sign-in?token=${S}-7`, {
      method: 'POST',
      headers: { ...secretHeaders, cookie: '' },
      body: JSON.stringify({ email: 'admin@test.local', password: `${S}-8` }),
    });
    expect(signIn.status).toBe(401);
    // An API token used for a request must not be logged either.
    const created = await app.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', scopes: ['read'] }),
    });
    const token = ((await created.json()) as { token: string }).token;
    expect(token).toMatch(/^rc_/);
    expect(
      (await app.request('/api/catalog', { headers: { authorization: `Bearer ${token}`, cookie: '' } })).status,
    ).toBe(200);
    // A webhook delivery shaped request through the real ingestion route, accepted...
    const ok = await app.request(`/api/ingest?signature=${S}-9`, {
      method: 'POST',
      headers: secretHeaders,
      body: JSON.stringify({ secret: `${S}-10`, items: [{ measure: 'orders', date: '2026-03-09', value: 3 }] }),
    });
    expect(ok.status).toBe(201);
    // ...and rejected, so the error path is logged too.
    const bad = await app.request('/api/ingest', {
      method: 'POST',
      headers: secretHeaders,
      body: JSON.stringify({ items: [{ measure: `no_such_${S}`, date: '2026-03-09', value: 3 }] }),
    });
    expect(bad.status).toBe(422);
    const malformed = await app.request('/api/ingest', {
      method: 'POST',
      headers: secretHeaders,
      body: `{"password":"${S}`,
    });
    expect(malformed.status).toBe(400);

    expect(lines.length).toBeGreaterThanOrEqual(6);
    const all = lines.join('');
    expect(all).not.toContain(S);
    expect(all).not.toContain(token);
    expect(all).not.toContain(cookie.split('=')[1]);
    expect(all).not.toMatch(/ana@example\.com|authorization|cookie/i);
  });

  test('a real signed Shopify delivery leaves no secret, signature or body in the log', async () => {
    const { app, lines } = appWithLogCapture('trace');
    const { source, secret } = await shopifySource(app, 'Log shop');
    const body = orderBody({
      id: '820982911946154508',
      createdAt: '2026-03-16T10:00:00+00:00',
      total: '50.00',
      tax: '5.00',
      shipping: '5.00',
    });
    const headers = shopifyHeaders(secret.value, body, 'orders/create', 'log-w-1');
    const res = await app.request(source.url, { method: 'POST', headers: { ...headers, cookie: '' }, body });
    expect(res.status).toBe(200);
    const all = lines.join('');
    expect(all).toContain(source.url.replace(/\/api\/webhooks\//, '')); // the delivery was logged…
    expect(all).not.toContain(secret.value); // …but not the secret,
    expect(all).not.toContain(headers['X-Shopify-Hmac-Sha256']); // the signature
    expect(all).not.toContain('203.0.113.7'); // or anything from the body
    expect(all).not.toContain('820982911946154508');
  });

  test('the level comes from configuration: warn hides requests, debug shows probes', async () => {
    const quiet = appWithLogCapture('warn');
    await quiet.app.request('/api/catalog');
    expect(quiet.lines).toEqual([]);

    const info = appWithLogCapture('info');
    await info.app.request('/healthz');
    await info.app.request('/api/catalog');
    expect(info.entries().map((e) => e.path)).toEqual(['/api/catalog']); // probes are debug

    const debug = appWithLogCapture('debug');
    await debug.app.request('/healthz');
    expect(debug.entries()).toMatchObject([{ level: 'debug', route: '/healthz', status: 200 }]);
  });

  test('an answered webhook delivery is logged at debug (it is in the delivery log), a refused one at info', async () => {
    const { app, entries } = appWithLogCapture('debug');
    const { source, secret } = await shopifySource(app, 'Quiet shop');
    const body = orderBody({
      id: '5001',
      createdAt: '2026-03-16T10:00:00+00:00',
      total: '10.00',
      tax: '1.00',
      shipping: '1.00',
    });
    const send = (sig: string, id: string) =>
      app.request(source.url, {
        method: 'POST',
        headers: { ...shopifyHeaders(sig, body, 'orders/create', id), cookie: '' },
        body,
      });
    expect((await send(secret.value, 'q-1')).status).toBe(200);
    expect((await send(secret.value, 'q-1')).status).toBe(200); // the retry: a duplicate
    expect((await send('not-the-secret', 'q-2')).status).toBe(401);
    const deliveries = entries().filter((e) => e.msg === 'request' && e.route === '/api/webhooks/:sourceId');
    expect(deliveries.map((e) => [e.level, e.status])).toEqual([
      ['debug', 200],
      ['debug', 200],
      ['info', 401],
    ]);
    // Other API requests stay at info.
    expect(entries().find((e) => e.msg === 'request' && e.route === '/api/webhook-sources')).toMatchObject({
      level: 'info',
      status: 201,
    });
  });

  test('a storage failure is logged as a warning with the request id', async () => {
    const { app, db, entries } = appWithLogCapture('info');
    db.pragma('query_only = ON');
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-ro-1' },
      body: JSON.stringify({ items: [{ measure: 'orders', date: '2026-03-09', value: 3 }] }),
    });
    expect(res.status).toBe(503);
    expect(entries()).toMatchObject([
      { level: 'warn', msg: 'storage refused a write', requestId: 'req-ro-1', code: 'read_only' },
      { level: 'error', msg: 'request', requestId: 'req-ro-1', status: 503 },
    ]);
  });
});

describe('redaction', () => {
  test('secret keys are censored at the top level and one level down, without touching the entry', () => {
    const lines: string[] = [];
    const log = toLogFn(createLogger('info', { write: (s: string) => void lines.push(s) }));
    const entry = {
      msg: 'x',
      password: 'p1',
      'x-shopify-hmac-sha256': 'sig',
      nested: { token: 't1', keep: 1 },
      list: [{ secret: 'in-array' }],
      deep: { a: { password: 'three-levels' } },
    };
    log(entry);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      msg: 'x',
      password: '[redacted]',
      'x-shopify-hmac-sha256': '[redacted]',
      nested: { token: '[redacted]', keep: 1 },
      // Arrays and a third level are outside the two-level rule, as with pino's `*.key` paths.
      list: [{ secret: 'in-array' }],
      deep: { a: { password: 'three-levels' } },
    });
    expect(entry.password).toBe('p1');
    expect(entry.nested.token).toBe('t1');
  });
});

describe('request logs with the web app mounted', () => {
  test('name the API route that answered, not the static catch-all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Rolecard</title>');
    const db = openDb(':memory:');
    migrate(db);
    seedCatalog(db, defaultCatalog);
    const entries: Record<string, unknown>[] = [];
    const { app } = createApp({
      db,
      config: defaultConfig,
      clock: () => new Date('2026-03-18T10:00:00Z'),
      staticDir: dir,
      log: (e) => void entries.push(e),
    });
    const cookie = signedInAdmin(db, defaultConfig);
    await app.request('/api/export?format=csv', { headers: { cookie } });
    await app.request('/api/nope');
    await app.request('/some/page');
    expect(entries.map((e) => [e.route, e.status])).toEqual([
      ['/api/export', 200],
      ['/api/*', 404],
      ['/*', 200], // the web app's static handler
    ]);
  });
});

describe('lines below the level', () => {
  test('are not built: the logger says which levels it writes, and the request line asks first', () => {
    const log = toLogFn(createLogger('info', { write: () => undefined }));
    expect([log.enabled?.('debug'), log.enabled?.('info'), log.enabled?.('error')]).toEqual([false, true, true]);
    const built: string[] = [];
    const only = (level: string): LogFn =>
      Object.assign((e: LogEntry) => void built.push(String(e.level)), { enabled: (l: string) => l === level });
    const line = { requestId: 'r', method: 'POST', route: DELIVERY_ROUTE, path: '/api/webhooks/s', startedAt: 0 };
    // An answered delivery's line is debug; a refused one info; a failed one error.
    for (const status of [200, 401, 500]) logRequest(only('info'), { ...line, status });
    expect(built).toEqual(['info']);
    for (const status of [200, 401, 500]) logRequest(only('debug'), { ...line, status });
    expect(built).toEqual(['info', 'debug']);
  });
});
