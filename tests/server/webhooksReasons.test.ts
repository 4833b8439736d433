import { expect, test } from 'vitest';
import { deliveryListSchema, sourceListSchema } from '../../shared/webhooks.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import {
  createSource,
  orderBody,
  send,
  shopifyHeaders,
  standardHeaders,
  zendeskBody,
  zendeskHeaders,
} from './webhooksFixtures.js';

/** The delivery log keeps a stable code and its parameters beside each English reason. */

const NOW = '2026-03-18T10:00:00Z';
const NOW_UNIX = String(Date.parse(NOW) / 1000);
const order = (test: boolean) =>
  orderBody({
    id: '4401',
    createdAt: '2026-03-16T12:00:00+01:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
    test,
  });

const BAD_SIGNATURE = 'unauthorized: The X-Shopify-Hmac-Sha256 signature does not match.';

/** What the log keeps of a reason: [code, parameters, English sentence]. */
const reasonOf = (r: { reasonCode: string | null; reasonParams: unknown; reason: string | null } | null | undefined) =>
  r && [r.reasonCode, r.reasonParams, r.reason];

async function deliveries(t: TestApp, sourceId: string) {
  const r = await t.request('GET', `/api/webhook-sources/${sourceId}/deliveries`);
  return deliveryListSchema.parse(r.json).deliveries;
}

test('a bad signature is logged with its error code and parameters, and is the source’s last error', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const body = order(false);
  const r = await send(t, s.url, body, shopifyHeaders('not-the-secret-but-long-enough', body, 'orders/create', 'w-1'));
  expect(r.status).toBe(401);
  const [row] = await deliveries(t, s.id);
  expect(row?.outcome).toBe('refused');
  expect(reasonOf(row)).toEqual([
    'unauthorized',
    { reason: 'bad_signature', header: 'X-Shopify-Hmac-Sha256' },
    BAD_SIGNATURE,
  ]);
  const list = sourceListSchema.parse((await t.request('GET', '/api/webhook-sources')).json);
  const last = list.sources[0]?.lastError;
  // The fixed clock as toISOString writes it.
  expect([last?.at, last?.status]).toEqual(['2026-03-18T10:00:00.000Z', 401]);
  expect(reasonOf(last)).toEqual([
    'unauthorized',
    { reason: 'bad_signature', header: 'X-Shopify-Hmac-Sha256' },
    BAD_SIGNATURE,
  ]);
});

test('a refusal inside the delivery’s transaction (an unknown measure) keeps its code and count', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Tool', kind: 'generic' });
  const batch = JSON.stringify({ mode: 'increment', items: [{ measure: 'nope', date: '2026-03-17', value: 1 }] });
  expect((await send(t, s.url, batch, standardHeaders(s.secret, 'm1', NOW_UNIX, batch))).status).toBe(422);
  const [row] = await deliveries(t, s.id);
  // One item, one problem: count 1.
  expect(row).toMatchObject({ outcome: 'refused', reasonCode: 'invalid_items', reasonParams: { count: 1 } });
  expect(row?.reason).toMatch(/^invalid_items: 1 problem\(s\) in the batch/);
});

test('a Shopify test notification is logged as ignored with its code; a resend as a duplicate', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const body = order(true);
  const h = shopifyHeaders(s.secret, body, 'orders/create', 'w-test');
  expect((await send(t, s.url, body, h)).status).toBe(200);
  expect((await send(t, s.url, body, h)).status).toBe(200);
  const [dup, ignored] = await deliveries(t, s.id);
  expect([ignored?.outcome, dup?.outcome]).toEqual(['ignored', 'duplicate']);
  expect(reasonOf(ignored)).toEqual(['test_notification', {}, 'test notification (the source does not allow tests)']);
  expect(reasonOf(dup)).toEqual(['already_received', {}, 'already received']);
});

test('a second ticket.created is ignored with the ticket and the day it was counted on', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Desk', kind: 'helpdesk', timeZone: 'Europe/Madrid' });
  // 2026-03-17T08:00Z is 09:00 in Madrid (CET, +1): counted on the 17th.
  for (const id of ['e1', 'e2']) {
    const body = zendeskBody({ id, ticket: '77', type: 'ticket.created', time: '2026-03-17T08:00:00Z' });
    expect((await send(t, s.url, body, zendeskHeaders(s.secret, body, NOW_UNIX))).status).toBe(200);
  }
  const [second] = await deliveries(t, s.id);
  expect(second?.outcome).toBe('ignored');
  expect(reasonOf(second)).toEqual([
    'ticket_already_created',
    { ticket: '77', day: '2026-03-17' },
    'ticket 77 is already counted as created on 2026-03-17',
  ]);
});

test('rows logged before reason codes existed keep their text and have no code', async () => {
  const t = makeTestApp({ now: NOW });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  t.db
    .prepare(
      `INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, reason, changes)
       VALUES (?, ?, 'old', 'orders/create', 401, 'refused', 'unauthorized: old text', '[]')`,
    )
    .run(s.id, '2026-03-17T10:00:00Z');
  const [row] = await deliveries(t, s.id);
  expect(reasonOf(row)).toEqual([null, null, 'unauthorized: old text']);
});
