import { expect, test } from 'vitest';
import { isDeliveryPath } from '../../server/routes/webhooks.js';
import { makeTestApp } from '../helpers/testApp.js';
import { createSource, send, standardHeaders } from './webhooksFixtures.js';

/**
 * Deliveries are served by a small app of their own (server/app.ts): the same request id, log
 * line, security headers and error shape as every other route must come out of it.
 */

test.each([
  ['http://localhost/api/webhooks/src_abc', true],
  ['http://127.0.0.1:8787/api/webhooks/src_abc?x=1', true],
  ['http://localhost/api/webhooks/src_abc/', false],
  ['http://localhost/api/webhooks/', false],
  ['http://localhost/api/webhooks/src_abc/extra', false],
  ['http://localhost/api/webhook-sources/src_abc', false],
  ['http://localhost/x/api/webhooks/src_abc', false],
])('isDeliveryPath(%s) is %s', (url, expected) => {
  expect(isDeliveryPath(url)).toBe(expected);
});

/** Response headers without the ones that differ per request or body. */
const fixedHeaders = (h: Headers) =>
  [...h.entries()].filter(([k]) => !['content-length', 'x-request-id', 'content-type'].includes(k)).sort();

test('a delivery answers with the security headers of an answer programs read, and its request id', async () => {
  const t = makeTestApp();
  const src = await createSource(t, { name: 'g', kind: 'generic' });
  const body = JSON.stringify({ mode: 'increment', items: [{ measure: 'orders', date: '2026-03-17', value: 1 }] });
  const ts = String(Date.parse('2026-03-18T10:00:00Z') / 1000);
  const ok = await send(t, src.url, body, { ...standardHeaders(src.secret, 'msg_1', ts, body), 'x-request-id': 'r-1' });
  expect(ok.status).toBe(200);
  // OWASP's set for API responses: nothing may load or frame it, no sniffing, no caching — and
  // none of the page headers the browser-facing API sends.
  expect(fixedHeaders(ok.headers)).toEqual([
    ['cache-control', 'no-store'],
    ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
  ]);
  const catalog = await t.fetch('/api/catalog');
  expect(catalog.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(catalog.headers.get('referrer-policy')).toBe('same-origin');
  expect(ok.headers.get('x-request-id')).toBe('r-1');
  // A refusal from the delivery app has the one error shape, with the request id.
  const bad = await send(t, src.url, body, {
    ...standardHeaders(src.secret, 'msg_2', ts, '{}'),
    'x-request-id': 'r-2',
  });
  expect(bad.status).toBe(401);
  expect(bad.json).toMatchObject({ error: { code: 'unauthorized', requestId: 'r-2' } });
  expect(fixedHeaders(bad.headers)).toEqual(fixedHeaders(ok.headers));
});

test('other methods and paths under /api/webhooks are answered by the main app', async () => {
  const t = makeTestApp();
  // Not a delivery: the main app's catch-all answers, naming the route it did not find.
  const get = await t.as('anonymous')('GET', '/api/webhooks/src_nope');
  expect(get.status).toBe(404);
  expect(get.json).toMatchObject({ error: { details: { params: { what: 'route' } } } });
  const nested = await t.as('anonymous')('POST', '/api/webhooks/src_nope/extra', {});
  expect(nested.status).toBe(404);
  expect(nested.json).toMatchObject({ error: { details: { params: { what: 'route' } } } });
  // A delivery to an unknown source: the delivery route's own 404.
  const unknown = await send(t, '/api/webhooks/src_nope', '{}', { 'content-type': 'application/json' });
  expect(unknown.status).toBe(404);
  expect(unknown.json).toMatchObject({ error: { details: { params: { what: 'webhook_endpoint' } } } });
});

test('each delivery is logged as one request line with its route pattern', async () => {
  const t = makeTestApp();
  const src = await createSource(t, { name: 'g', kind: 'generic' });
  t.logs.length = 0;
  await send(t, src.url, '{}', { 'content-type': 'application/json', 'x-request-id': 'r-9' });
  expect(t.logs).toMatchObject([
    { msg: 'request', requestId: 'r-9', method: 'POST', route: '/api/webhooks/:sourceId', path: src.url, status: 401 },
  ]);
});
