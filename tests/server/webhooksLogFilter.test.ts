import { expect, test } from 'vitest';
import { deliveriesSql } from '../../server/db/webhooksInbox.js';
import { deliveryListSchema } from '../../shared/webhooks.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders } from './webhooksFixtures.js';

const order = (id: string, extra: { currency?: string; test?: boolean } = {}) =>
  orderBody({ id, createdAt: '2026-03-16T12:00:00+01:00', total: '10.00', tax: '0.00', shipping: '0.00', ...extra });

/**
 * Six deliveries to one source, oldest first: w-1 accepted, its retry (duplicate), w-2 with a
 * wrong signature (401), w-3 in dollars (422), w-4 a test notification (ignored), w-5 accepted.
 */
async function sixDeliveries() {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const post = (body: string, webhookId: string, secret = s.secret) =>
    send(t, s.url, body, shopifyHeaders(secret, body, 'orders/create', webhookId));
  const statuses = [
    (await post(order('1'), 'w-1')).status,
    (await post(order('1'), 'w-1')).status,
    (await post(order('2'), 'w-2', 'a-wrong-secret-of-enough-length')).status,
    (await post(order('3', { currency: 'USD' }), 'w-3')).status,
    (await post(order('4', { test: true }), 'w-4')).status,
    (await post(order('5'), 'w-5')).status,
  ];
  expect(statuses).toEqual([200, 200, 401, 422, 200, 200]);
  return { t, s };
}

const log = async (t: TestApp, sourceId: string, query: string) =>
  (await t.get(`/api/webhook-sources/${sourceId}/deliveries?${query}`, deliveryListSchema)).deliveries;
const brief = (ds: Array<{ deliveryId: string | null; outcome: string }>) =>
  ds.map((d) => `${d.deliveryId} ${d.outcome}`);

test('the log can be read by outcome, newest first', async () => {
  const { t, s } = await sixDeliveries();
  expect(brief(await log(t, s.id, ''))).toEqual([
    'w-5 accepted',
    'w-4 ignored',
    'w-3 refused',
    'w-2 refused',
    'w-1 duplicate',
    'w-1 accepted',
  ]);
  const refused = await log(t, s.id, 'outcome=refused');
  expect(refused.map((d) => [d.deliveryId, d.status, d.reasonCode])).toEqual([
    ['w-3', 422, 'unsupported_currency'],
    ['w-2', 401, 'unauthorized'],
  ]);
  expect(brief(await log(t, s.id, 'outcome=accepted'))).toEqual(['w-5 accepted', 'w-1 accepted']);
  expect(brief(await log(t, s.id, 'outcome=ignored'))).toEqual(['w-4 ignored']);
  expect(brief(await log(t, s.id, 'outcome=duplicate'))).toEqual(['w-1 duplicate']);
});

test('older pages follow the last id shown, with or without an outcome', async () => {
  const { t, s } = await sixDeliveries();
  const first = await log(t, s.id, 'limit=2');
  expect(brief(first)).toEqual(['w-5 accepted', 'w-4 ignored']);
  const second = await log(t, s.id, `limit=2&before=${first[1]?.id}`);
  expect(brief(second)).toEqual(['w-3 refused', 'w-2 refused']);
  const third = await log(t, s.id, `limit=2&before=${second[1]?.id}`);
  expect(brief(third)).toEqual(['w-1 duplicate', 'w-1 accepted']);
  expect(await log(t, s.id, `limit=2&before=${third[1]?.id}`)).toEqual([]);
  expect(brief(await log(t, s.id, `outcome=refused&limit=1&before=${second[0]?.id}`))).toEqual(['w-2 refused']);
});

test('a query the contract refuses names the parameter and how to fix it', async () => {
  const { t, s } = await sixDeliveries();
  const bad = await t.request('GET', `/api/webhook-sources/${s.id}/deliveries?outcome=lost&before=-3`);
  expect(bad.status).toBe(400);
  const body = bad.json as { error: { code: string; details: { issues: Array<{ path: string }> } } };
  expect(body.error.code).toBe('invalid_request');
  expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(['before', 'outcome']);
});

test('every outcome but accepted is read through the partial index, not by scanning the accepted rows', () => {
  const t = makeTestApp();
  const plan = (sql: string) =>
    (
      t.db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all({ sourceId: 's', limit: 50, outcome: 'refused', before: 9 }) as Array<{
        detail: string;
      }>
    )
      .map((r) => r.detail)
      .join('; ');
  for (const outcome of ['refused', 'duplicate', 'ignored'] as const) {
    expect(plan(deliveriesSql({ outcome }))).toContain('USING INDEX webhook_deliveries_not_accepted');
    expect(plan(deliveriesSql({ outcome, before: 9 }))).toContain('USING INDEX webhook_deliveries_not_accepted');
  }
  expect(plan(deliveriesSql({}))).toContain('USING INDEX webhook_deliveries_source');
});
