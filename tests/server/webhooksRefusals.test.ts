import { expect, test } from 'vitest';
import { signShopify } from '../../server/webhooks/signatures.js';
import { deliveryListSchema, webhookAckSchema } from '../../shared/webhooks.js';
import { makeTestApp, measureTableHash, type TestApp } from '../helpers/testApp.js';
import {
  createSource,
  orderBody,
  send,
  shopifyHeaders,
  standardHeaders,
  storedValue,
  zendeskBody,
  zendeskHeaders,
} from './webhooksFixtures.js';

const NOW = '2026-03-18T10:00:00Z';
const NOW_UNIX = String(Date.parse(NOW) / 1000);
const order = orderBody({
  id: '9007199254740993',
  createdAt: '2026-03-16T12:00:00+01:00',
  total: '10.00',
  tax: '0.00',
  shipping: '0.00',
});
const batch = JSON.stringify({ mode: 'increment', items: [{ measure: 'sessions', date: '2026-03-17', value: 120 }] });

/** Sends a refused delivery and checks its status, its error code and that nothing changed. */
async function refused(
  t: TestApp,
  url: string,
  body: string,
  headers: Record<string, string>,
  status: number,
  code: string,
) {
  const before = measureTableHash(t.db);
  const r = await send(t, url, body, headers);
  expect(r.status).toBe(status);
  expect(r.json).toMatchObject({ error: { code } });
  expect(JSON.stringify(r.json)).not.toMatch(/\.ts:\d+|stack/); // no stack trace
  expect(measureTableHash(t.db)).toBe(before);
  return r;
}

test('Shopify: tampered body, wrong secret and missing signature are 401 and change nothing', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const h = shopifyHeaders(s.secret, order, 'orders/create', 'w-1');
  await refused(t, s.url, order.replace('"10.00"', '"99.00"'), h, 401, 'unauthorized');
  await refused(
    t,
    s.url,
    order,
    shopifyHeaders('not-the-secret-but-long-enough', order, 'orders/create', 'w-1'),
    401,
    'unauthorized',
  );
  const { 'X-Shopify-Hmac-Sha256': _drop, ...unsigned } = h;
  await refused(t, s.url, order, unsigned, 401, 'unauthorized');
  // A signature over a re-serialised body (unescaped slashes) is not the signature of the bytes sent.
  const reencoded = JSON.stringify(JSON.parse(order));
  await refused(
    t,
    s.url,
    order,
    { ...h, 'X-Shopify-Hmac-Sha256': signShopify(s.secret, reencoded) },
    401,
    'unauthorized',
  );
  // The genuine delivery still goes through afterwards.
  expect((await send(t, s.url, order, h)).status).toBe(200);
});

test('a duplicate delivery id is answered 200 duplicate and changes nothing', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const h = shopifyHeaders(s.secret, order, 'orders/create', 'w-1');
  expect((await send(t, s.url, order, h)).status).toBe(200);
  const before = measureTableHash(t.db);
  const again = await send(t, s.url, order, h);
  expect(again.status).toBe(200);
  expect(webhookAckSchema.parse(again.json)).toMatchObject({ duplicate: true, changes: [] });
  expect(measureTableHash(t.db)).toBe(before);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('a retry racing the first attempt is counted once', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const h = shopifyHeaders(s.secret, order, 'orders/create', 'w-1');
  const all = await Promise.all(Array.from({ length: 5 }, () => send(t, s.url, order, h)));
  expect(all.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  expect(all.filter((r) => webhookAckSchema.parse(r.json).duplicate)).toHaveLength(4);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('bodies over the limit are 413, declared or streamed', async () => {
  const t = makeTestApp({ now: NOW });
  const small = await createSource(t, { name: 'Small', kind: 'generic', maxBodyBytes: 1024 });
  const big = JSON.stringify({
    mode: 'increment',
    items: Array.from({ length: 40 }, () => ({ measure: 'sessions', date: '2026-03-17', value: 1 })),
  });
  expect(big.length).toBeGreaterThan(1024);
  await refused(t, small.url, big, standardHeaders(small.secret, 'm1', NOW_UNIX, big), 413, 'payload_too_large');
  // Default limit 1 MB: 1,100,000 bytes is over it.
  const dflt = await createSource(t, { name: 'Default', kind: 'generic' });
  const huge = `{"mode":"increment","items":[],"pad":"${'x'.repeat(1_100_000)}"}`;
  await refused(t, dflt.url, huge, standardHeaders(dflt.secret, 'm2', NOW_UNIX, huge), 413, 'payload_too_large');
  // Without a Content-Length (chunked), the stream is cut at the limit.
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode(big));
      c.close();
    },
  });
  const before = measureTableHash(t.db);
  const res = await t.app.request(small.url, {
    method: 'POST',
    headers: standardHeaders(small.secret, 'm3', NOW_UNIX, big),
    body: stream,
    duplex: 'half',
  } as RequestInit);
  expect(res.status).toBe(413);
  expect(measureTableHash(t.db)).toBe(before);
});

test('generic: Standard Webhooks signature, stale timestamps, 415, 400 and 422 in the ingest shape', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Tool', kind: 'generic' });
  expect(s.secret).toMatch(/^whsec_/);
  // 6 minutes old: outside the 5-minute tolerance, even with a valid signature.
  const old = String(Number(NOW_UNIX) - 360);
  await refused(t, s.url, batch, standardHeaders(s.secret, 'm1', old, batch), 401, 'unauthorized');
  const future = String(Number(NOW_UNIX) + 360);
  await refused(t, s.url, batch, standardHeaders(s.secret, 'm1', future, batch), 401, 'unauthorized');
  const { 'webhook-signature': _s, ...noSig } = standardHeaders(s.secret, 'm1', NOW_UNIX, batch);
  await refused(t, s.url, batch, noSig, 401, 'unauthorized');
  // The id is signed: replaying the body under another id does not verify.
  await refused(
    t,
    s.url,
    batch,
    { ...standardHeaders(s.secret, 'm1', NOW_UNIX, batch), 'webhook-id': 'm2' },
    401,
    'unauthorized',
  );
  await refused(
    t,
    s.url,
    batch,
    { ...standardHeaders(s.secret, 'm1', NOW_UNIX, batch), 'content-type': 'text/plain' },
    415,
    'unsupported_media_type',
  );
  const broken = '{"mode": "increment", "items": [';
  await refused(t, s.url, broken, standardHeaders(s.secret, 'm1', NOW_UNIX, broken), 400, 'malformed_json');
  const unknown = JSON.stringify({ mode: 'increment', items: [{ measure: 'sesions', date: '2026-03-17', value: 1 }] });
  const r = await refused(t, s.url, unknown, standardHeaders(s.secret, 'm1', NOW_UNIX, unknown), 422, 'invalid_items');
  expect(r.json).toMatchObject({
    error: { details: { issues: [{ index: 0, field: 'measure', suggestions: ['sessions'] }] } },
  });
  const bad = JSON.stringify({ mode: 'increment', items: [{ measure: 'sessions', date: '2026-02-30', value: 'x' }] });
  await refused(t, s.url, bad, standardHeaders(s.secret, 'm1', NOW_UNIX, bad), 422, 'invalid_items');

  // 4 minutes old is inside the tolerance; the refusals above did not burn the id.
  const ok = await send(t, s.url, batch, standardHeaders(s.secret, 'm1', String(Number(NOW_UNIX) - 240), batch));
  expect(ok.status).toBe(200);
  expect(storedValue(t, 'sessions', '2026-03-17')).toBe(120);
  const dup = await send(t, s.url, batch, standardHeaders(s.secret, 'm1', NOW_UNIX, batch));
  expect(webhookAckSchema.parse(dup.json).duplicate).toBe(true);
  expect(storedValue(t, 'sessions', '2026-03-17')).toBe(120);
});

test('helpdesk: Zendesk signature over timestamp + body, tolerance, tampering', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Zendesk', kind: 'helpdesk' });
  const body = zendeskBody({ id: 'e-1', ticket: '35436', type: 'ticket.created', time: '2026-03-18T09:00:00Z' });
  await refused(t, s.url, body, zendeskHeaders(s.secret, body, '2026-03-18T09:54:00Z'), 401, 'unauthorized');
  await refused(t, s.url, body.replace('35436', '35437'), zendeskHeaders(s.secret, body, NOW), 401, 'unauthorized');
  await refused(t, s.url, body, zendeskHeaders('a-wrong-secret-of-enough-length', body, NOW), 401, 'unauthorized');
  const h = zendeskHeaders(s.secret, body, NOW);
  // The signed timestamp is part of the signature: changing it alone does not verify.
  await refused(
    t,
    s.url,
    body,
    { ...h, 'X-Zendesk-Webhook-Signature-Timestamp': '2026-03-18T10:01:00Z' },
    401,
    'unauthorized',
  );
  expect((await send(t, s.url, body, h)).status).toBe(200);
  expect(storedValue(t, 'tickets_created', '2026-03-18')).toBe(1);
});

test('unknown and disabled sources are 404; the log records refusals without bodies', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const h = shopifyHeaders(s.secret, order, 'orders/create', 'w-1');
  await refused(t, '/api/webhooks/src_doesnotexist', order, h, 404, 'not_found');
  await refused(t, s.url, order.replace('"10.00"', '"99.00"'), h, 401, 'unauthorized');
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { enabled: false })).status).toBe(200);
  await refused(t, s.url, order, h, 404, 'not_found');
  const log = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(log.deliveries).toHaveLength(1);
  expect(log.deliveries[0]).toMatchObject({
    status: 401,
    outcome: 'refused',
    deliveryId: 'w-1',
    topic: 'orders/create',
  });
  expect(JSON.stringify(log)).not.toContain('99.00');
});

test('429 with Retry-After once a source is over its rate', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Tool', kind: 'generic', rateLimitPerMinute: 2 });
  for (const id of ['m1', 'm2'])
    expect((await send(t, s.url, batch, standardHeaders(s.secret, id, NOW_UNIX, batch))).status).toBe(200);
  const r = await refused(t, s.url, batch, standardHeaders(s.secret, 'm3', NOW_UNIX, batch), 429, 'rate_limited');
  // 2 a minute = one token every 30 s.
  expect(r.headers.get('retry-after')).toBe('30');
  t.setNow('2026-03-18T10:00:30Z');
  const later = String(Date.parse('2026-03-18T10:00:30Z') / 1000);
  expect((await send(t, s.url, batch, standardHeaders(s.secret, 'm3', later, batch))).status).toBe(200);
  expect(storedValue(t, 'sessions', '2026-03-17')).toBe(360);
});
