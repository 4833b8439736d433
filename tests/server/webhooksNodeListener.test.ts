import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterEach, expect, test } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders, standardHeaders, storedValue } from './webhooksFixtures.js';

/**
 * The real server answers deliveries from Node's HTTP server directly (server/http/
 * deliveryListener.ts); tests elsewhere reach the Hono route through `app.request`. Here every
 * kind of answer goes through both, on the same app and database, and must come out the same:
 * status, body (bar the request id), headers, and the request log line.
 */

const servers: ServerType[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listen(t: TestApp): Promise<string> {
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1', createServer: t.createServer });
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Answer {
  status: number;
  json: unknown;
  headers: Headers;
}

async function overNode(base: string, url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
}

/** The body without its request id (each request gets its own). */
const withoutId = (json: unknown) => {
  const j = structuredClone(json) as { error?: { requestId?: string } };
  if (j?.error) delete j.error.requestId;
  return j;
};
/** Headers that are the same for the same answer: all but the request id, length and date. */
const fixedHeaders = (h: Headers) =>
  [...h.entries()]
    .filter(([k]) => !['x-request-id', 'content-length', 'date', 'connection', 'keep-alive'].includes(k))
    .sort();
const requestLines = (t: TestApp) =>
  (t.logs as Array<Record<string, unknown>>)
    .filter((l) => l.msg === 'request')
    .map(({ requestId: _id, durationMs: _ms, ...rest }) => rest);

const NOW = '2026-03-18T10:00:00Z';
const ts = String(Date.parse(NOW) / 1000);
const event = (date: string, value = 1) =>
  JSON.stringify({ mode: 'increment', items: [{ measure: 'orders', date, value }] });

test('each kind of answer is the same from the Node listener as from the Hono route', async () => {
  const t = makeTestApp({ now: NOW });
  const base = await listen(t);
  const g = await createSource(t, { name: 'generic', kind: 'generic' });
  const small = await createSource(t, { name: 'small', kind: 'generic', maxBodyBytes: 1024 });
  const slow = await createSource(t, { name: 'slow', kind: 'generic', rateLimitPerMinute: 1 });
  const shop = await createSource(t, { name: 'shop', kind: 'shopify' });
  const order = (id: string) =>
    orderBody({ id, createdAt: '2026-03-17T12:00:00+01:00', total: '25.00', tax: '4.00', shipping: '1.00' });
  const big = event('2026-03-17').padEnd(2000, ' ');

  // Each case: a request for the Hono route and its twin for Node's (other ids, so both are new).
  const cases: Array<{ name: string; status: number; make: (n: 1 | 2) => [string, string, Record<string, string>] }> = [
    {
      name: 'accepted',
      status: 200,
      make: (n) => [g.url, event('2026-03-16'), standardHeaders(g.secret, `ok_${n}`, ts, event('2026-03-16'))],
    },
    {
      name: 'duplicate',
      status: 200,
      make: (n) => [g.url, event('2026-03-16'), standardHeaders(g.secret, `ok_${n}`, ts, event('2026-03-16'))],
    },
    {
      name: 'shopify order',
      status: 200,
      make: (n) => [
        shop.url,
        order(String(n)),
        shopifyHeaders(shop.secret, order(String(n)), 'orders/create', `w${n}`),
      ],
    },
    {
      name: 'unknown source',
      status: 404,
      make: () => ['/api/webhooks/src_nope', event('2026-03-16'), { 'content-type': 'application/json' }],
    },
    {
      name: 'bad signature',
      status: 401,
      make: (n) => [g.url, event('2026-03-16'), standardHeaders(g.secret, `sig_${n}`, ts, '{}')],
    },
    {
      name: 'missing headers',
      status: 401,
      make: () => [g.url, event('2026-03-16'), { 'content-type': 'application/json' }],
    },
    {
      name: 'stale timestamp',
      status: 401,
      make: (n) => {
        const old = String(Number(ts) - 3600);
        return [g.url, event('2026-03-16'), standardHeaders(g.secret, `old_${n}`, old, event('2026-03-16'))];
      },
    },
    {
      name: 'over the size limit',
      status: 413,
      make: (n) => [small.url, big, standardHeaders(small.secret, `big_${n}`, ts, big)],
    },
    {
      name: 'not JSON content type',
      status: 415,
      make: (n) => [
        g.url,
        event('2026-03-16'),
        { ...standardHeaders(g.secret, `type_${n}`, ts, event('2026-03-16')), 'content-type': 'text/plain' },
      ],
    },
    {
      name: 'malformed JSON',
      status: 400,
      make: (n) => [g.url, '{"mode":', standardHeaders(g.secret, `json_${n}`, ts, '{"mode":')],
    },
    {
      name: 'unknown measure',
      status: 422,
      make: (n) => {
        const body = JSON.stringify({ mode: 'increment', items: [{ measure: 'nope', date: '2026-03-16', value: 1 }] });
        return [g.url, body, standardHeaders(g.secret, `bad_${n}`, ts, body)];
      },
    },
    {
      name: 'rate limited',
      status: 429,
      make: (n) => [slow.url, event('2026-03-16'), standardHeaders(slow.secret, `rate_${n}`, ts, event('2026-03-16'))],
    },
  ];

  for (const c of cases) {
    // The rate-limited source takes one delivery a minute: each path spends its one first.
    if (c.name === 'rate limited') {
      const first = (n: number) => standardHeaders(slow.secret, `first_${n}`, ts, event('2026-03-18'));
      expect((await send(t, slow.url, event('2026-03-18'), first(1))).status).toBe(200);
      t.setNow('2026-03-18T10:01:30Z');
      expect((await overNode(base, slow.url, event('2026-03-18'), first(2))).status).toBe(200);
    }
    const logsBefore = requestLines(t).length;
    const hono = await send(t, ...c.make(1));
    const node = await overNode(base, ...c.make(2));
    expect([c.name, hono.status]).toEqual([c.name, c.status]);
    expect([c.name, node.status]).toEqual([c.name, c.status]);
    expect(withoutId(node.json)).toEqual(withoutId(hono.json));
    expect(fixedHeaders(node.headers)).toEqual(fixedHeaders(hono.headers));
    const [honoLine, nodeLine, ...more] = requestLines(t).slice(logsBefore);
    expect(more).toEqual([]);
    expect(nodeLine).toEqual(honoLine);
    if (c.status === 429) expect(node.headers.get('retry-after')).toBe(hono.headers.get('retry-after'));
  }

  // Both paths wrote: two accepted increments on the 16th, two shop orders netting 20 each on the 17th.
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(2);
  expect(storedValue(t, 'orders', '2026-03-17')).toBe(2);
  expect(storedValue(t, 'net_revenue', '2026-03-17')).toBe(40);
  // A refusal carries the one error shape with the request id the sender gave.
  const refused = await overNode(base, g.url, event('2026-03-16'), {
    ...standardHeaders(g.secret, 'x', ts, '{}'),
    'x-request-id': 'sender-chose-this',
  });
  expect(refused.headers.get('x-request-id')).toBe('sender-chose-this');
  expect(refused.json).toMatchObject({ error: { code: 'unauthorized', requestId: 'sender-chose-this' } });
  expect(refused.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(refused.headers.get('cache-control')).toBe('no-store');
});

test('after a 413 the connection still carries the next delivery; other requests go to the app', async () => {
  const t = makeTestApp({ now: NOW });
  const base = await listen(t);
  const small = await createSource(t, { name: 'small', kind: 'generic', maxBodyBytes: 1024 });
  // Chunked, so the limit is found while reading, not from Content-Length.
  const big = event('2026-03-16').padEnd(200_000, ' ');
  const chunked = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  const over = await fetch(`${base}${small.url}`, {
    method: 'POST',
    headers: standardHeaders(small.secret, 'big', ts, big),
    body: chunked,
    duplex: 'half',
  } as RequestInit);
  expect(over.status).toBe(413);
  expect(await over.json()).toMatchObject({
    error: { code: 'payload_too_large', details: { params: { limit: 1024 } } },
  });
  const ok = await overNode(
    base,
    small.url,
    event('2026-03-16'),
    standardHeaders(small.secret, 'ok', ts, event('2026-03-16')),
  );
  expect(ok.status).toBe(200);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
  // Not deliveries: a GET on the delivery path and a POST under it reach the API's own 404.
  for (const [method, path] of [
    ['GET', small.url],
    ['POST', `${small.url}/extra`],
  ] as const) {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ error: { details: { params: { what: 'route' } } } });
  }
});
