import { expect, test } from 'vitest';
import { seriesSchema } from '../../shared/schemas.js';
import { deliveryListSchema, webhookAckSchema } from '../../shared/webhooks.js';
import { makeTestApp, measureTableHash } from '../helpers/testApp.js';
import {
  cancelBody,
  createSource,
  orderBody,
  refundBody,
  send,
  shopifyHeaders,
  storedValue,
} from './webhooksFixtures.js';

// Order ids above 2^53 (9007199254740992): a lossy JSON.parse would merge A and B into one.
const A = '9007199254740993';
const B = '9007199254740995';

async function shopify() {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Main shop', kind: 'shopify' });
  let n = 0;
  const post = (topic: string, body: string, extra: Record<string, string> = {}) =>
    send(t, s.url, body, shopifyHeaders(s.secret, body, topic, `wh-${++n}`, extra));
  return { t, s, post };
}

test('orders/create counts the order, its net revenue and a first-time customer on the shop day', async () => {
  const { t, post } = await shopify();
  // 23:30 in UTC−5 on 16 March is 04:30 UTC on the 17th: the shop's day is the 16th.
  const a = await post(
    'orders/create',
    orderBody({
      id: A,
      createdAt: '2026-03-16T23:30:00-05:00',
      total: '115.50',
      tax: '10.50',
      shipping: '5.00',
      ordersCount: 1,
    }),
  );
  expect(a.status).toBe(200);
  expect(webhookAckSchema.parse(a.json)).toMatchObject({ ok: true, duplicate: false, ignored: false });
  // 61.99 − 10.76 − 4.95 = 46.28; a customer with 3 orders is not new.
  await post(
    'orders/create',
    orderBody({
      id: B,
      createdAt: '2026-03-17T10:00:00+01:00',
      total: '61.99',
      tax: '10.76',
      shipping: '4.95',
      ordersCount: 3,
    }),
  );
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
  expect(storedValue(t, 'net_revenue', '2026-03-16')).toBe(100);
  expect(storedValue(t, 'new_customers', '2026-03-16')).toBe(1);
  expect(storedValue(t, 'orders', '2026-03-17')).toBe(1);
  expect(storedValue(t, 'net_revenue', '2026-03-17')).toBe(46.28);
  expect(storedValue(t, 'new_customers', '2026-03-17')).toBeUndefined();

  // Through the public API: AOV by day is net revenue / orders.
  const series = await t.get('/api/kpis/aov/series?grain=day&from=2026-03-16&to=2026-03-17', seriesSchema);
  expect(series.points.map((p) => [p.period, p.numerator, p.denominator])).toEqual([
    ['2026-03-16', 100, 1],
    ['2026-03-17', 46.28, 1],
  ]);
  // The id is stored exactly as sent, never rounded through a double.
  const ids = t.db.prepare('SELECT order_id FROM webhook_orders ORDER BY order_id').pluck().all();
  expect(ids).toEqual([A, B]);
});

test('a configured time zone moves the order to its day in that zone', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Madrid shop', kind: 'shopify', timeZone: 'Europe/Madrid', segment: null });
  const body = orderBody({
    id: A,
    createdAt: '2026-03-16T23:30:00-05:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
  });
  await send(t, s.url, body, shopifyHeaders(s.secret, body, 'orders/create', 'w1'));
  // 04:30 UTC on the 17th is 05:30 in Madrid.
  expect(storedValue(t, 'orders', '2026-03-17')).toBe(1);
  expect(storedValue(t, 'orders', '2026-03-16')).toBeUndefined();
});

test('refunds subtract refunded revenue on the refund day and count the order returned once', async () => {
  const { t, post } = await shopify();
  await post(
    'orders/create',
    orderBody({ id: A, createdAt: '2026-03-16T12:00:00+01:00', total: '115.50', tax: '10.50', shipping: '5.00' }),
  );
  const r1 = await post(
    'refunds/create',
    refundBody({ id: '9007199254741001', orderId: A, createdAt: '2026-03-18T09:00:00+01:00', subtotals: ['40.00'] }),
  );
  expect(r1.status).toBe(200);
  await post(
    'refunds/create',
    refundBody({
      id: '9007199254741003',
      orderId: A,
      createdAt: '2026-03-18T15:00:00+01:00',
      subtotals: ['12.50', '7.50'],
    }),
  );
  expect(storedValue(t, 'net_revenue', '2026-03-16')).toBe(100);
  expect(storedValue(t, 'net_revenue', '2026-03-18')).toBe(-60);
  expect(storedValue(t, 'returned_orders', '2026-03-18')).toBe(1);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('a cancelled and refunded order is reversed once, whichever arrives first', async () => {
  for (const refundFirst of [true, false]) {
    const { t, post } = await shopify();
    await post(
      'orders/create',
      orderBody({
        id: A,
        createdAt: '2026-03-16T12:00:00+01:00',
        total: '115.50',
        tax: '10.50',
        shipping: '5.00',
        ordersCount: 1,
      }),
    );
    await post(
      'orders/create',
      orderBody({ id: B, createdAt: '2026-03-16T13:00:00+01:00', total: '61.99', tax: '10.76', shipping: '4.95' }),
    );
    const refund = () =>
      post(
        'refunds/create',
        refundBody({
          id: '9007199254741001',
          orderId: A,
          createdAt: '2026-03-18T09:00:00+01:00',
          subtotals: ['100.00'],
        }),
        { 'X-Shopify-Event-Id': 'ev-77' },
      );
    // Shopify shares the event id across the topics one action causes: it must not dedupe across topics.
    const cancel = () => post('orders/cancelled', cancelBody(A), { 'X-Shopify-Event-Id': 'ev-77' });
    if (refundFirst) {
      await refund();
      await cancel();
    } else {
      await cancel();
      const late = await refund();
      expect(webhookAckSchema.parse(late.json).ignored).toBe(true);
    }
    // Only order B remains: one order, 46.28 net across the days, no new customer, no return.
    const total = (m: string) => ['2026-03-16', '2026-03-18'].reduce((s, d) => s + (storedValue(t, m, d) ?? 0), 0);
    expect(total('orders')).toBe(1);
    expect(total('net_revenue')).toBeCloseTo(46.28, 9);
    expect(total('new_customers')).toBe(0);
    expect(total('returned_orders')).toBe(0);
    // A second cancellation (new delivery id) changes nothing.
    const before = measureTableHash(t.db);
    const again = await post('orders/cancelled', cancelBody(A));
    expect(webhookAckSchema.parse(again.json).ignored).toBe(true);
    expect(measureTableHash(t.db)).toBe(before);
  }
});

test('the event id dedupes within a topic', async () => {
  const { t, post } = await shopify();
  const body = orderBody({
    id: A,
    createdAt: '2026-03-16T12:00:00+01:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
  });
  await post('orders/create', body, { 'X-Shopify-Event-Id': 'ev-1' });
  const second = await post('orders/create', body, { 'X-Shopify-Event-Id': 'ev-1' });
  expect(webhookAckSchema.parse(second.json).duplicate).toBe(true);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('header names work without the X- prefix and in any case', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const body = orderBody({
    id: A,
    createdAt: '2026-03-16T12:00:00+01:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
  });
  const h = shopifyHeaders(s.secret, body, 'orders/create', 'w-1');
  const renamed = Object.fromEntries(
    Object.entries(h).map(([k, v]) => [k.startsWith('X-Shopify') ? k.slice(2).toUpperCase() : k, v]),
  );
  expect((await send(t, s.url, body, renamed)).status).toBe(200);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('test notifications are logged and change nothing unless the source allows them', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const body = orderBody({
    id: A,
    createdAt: '2026-03-16T12:00:00+01:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
    test: true,
  });
  const before = measureTableHash(t.db);
  const r = await send(t, s.url, body, shopifyHeaders(s.secret, body, 'orders/create', 'w-1'));
  expect(r.status).toBe(200);
  expect(webhookAckSchema.parse(r.json).ignored).toBe(true);
  expect(measureTableHash(t.db)).toBe(before);
  const log = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(log.deliveries[0]).toMatchObject({ outcome: 'ignored', topic: 'orders/create', deliveryId: 'w-1' });

  const allowing = await createSource(t, { name: 'Shop (tests allowed)', kind: 'shopify', allowTest: true });
  await send(t, allowing.url, body, shopifyHeaders(allowing.secret, body, 'orders/create', 'w-2'));
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(1);
});

test('another currency is refused until the source is configured for it', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'US shop', kind: 'shopify' });
  const body = orderBody({
    id: A,
    createdAt: '2026-03-16T12:00:00-05:00',
    total: '10.00',
    tax: '1.00',
    shipping: '0.00',
    currency: 'USD',
  });
  const headers = shopifyHeaders(s.secret, body, 'orders/create', 'w-1');
  const before = measureTableHash(t.db);
  const r = await send(t, s.url, body, headers);
  expect(r.status).toBe(422);
  expect(r.json).toMatchObject({ error: { code: 'unsupported_currency' } });
  expect(measureTableHash(t.db)).toBe(before);
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { currency: 'USD' })).status).toBe(200);
  // The refused delivery was not recorded as received, so Shopify's retry now counts.
  expect((await send(t, s.url, body, headers)).status).toBe(200);
  expect(storedValue(t, 'net_revenue', '2026-03-16')).toBe(9);
});

test('unknown topics are refused with 422 and change nothing', async () => {
  const { t, post } = await shopify();
  const before = measureTableHash(t.db);
  const r = await post('products/update', '{"id":1}');
  expect(r.status).toBe(422);
  expect(r.json).toMatchObject({ error: { code: 'unknown_topic' } });
  expect(measureTableHash(t.db)).toBe(before);
});

test('a delivery refused inside a group commit rolls back alone; the others in the group commit', async () => {
  const { t, s, post } = await shopify();
  await post(
    'orders/create',
    orderBody({ id: A, createdAt: '2026-03-16T12:00:00+01:00', total: '10.00', tax: '0.00', shipping: '0.00' }),
  );
  // An analyst later sets the day's orders to 0 from an export, so reversing A would go below zero.
  const set = await t.request('POST', '/api/ingest', {
    mode: 'set',
    items: [{ measure: 'orders', date: '2026-03-16', value: 0 }],
  });
  expect(set.status).toBe(200);
  const [cancel, other] = await Promise.all([
    post('orders/cancelled', cancelBody(A)),
    post(
      'orders/create',
      orderBody({ id: B, createdAt: '2026-03-17T12:00:00+01:00', total: '20.00', tax: '0.00', shipping: '0.00' }),
    ),
  ]);
  expect(cancel.status).toBe(422);
  expect(cancel.json).toMatchObject({ error: { code: 'invalid_items' } });
  expect(other.status).toBe(200);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(0);
  expect(storedValue(t, 'net_revenue', '2026-03-16')).toBe(10);
  expect(storedValue(t, 'orders', '2026-03-17')).toBe(1);
  // The refusal left no trace but its log row: the order is not marked cancelled.
  expect(t.db.prepare('SELECT cancelled FROM webhook_orders WHERE order_id = ?').pluck().get(A)).toBe(0);
  const log = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(log.deliveries.map((d) => d.outcome).sort()).toEqual(['accepted', 'accepted', 'refused']);
});
