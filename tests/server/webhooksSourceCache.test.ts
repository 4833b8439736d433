import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openDb } from '../../server/db/open.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders, storedValue } from './webhooksFixtures.js';

/**
 * Sources and secrets are read from a per-connection cache on the delivery path
 * (server/db/webhooks.ts): every admin change, and any commit by another connection, must be
 * seen by the very next delivery. Each test first delivers once so the cache is warm.
 */

const DAY = '2026-03-16';
function poster(t: TestApp, url: string) {
  let n = 0;
  return (secret: string) => {
    n++;
    const body = orderBody({
      id: String(5000 + n),
      createdAt: `${DAY}T12:00:00+01:00`,
      total: '10.00',
      tax: '0.00',
      shipping: '0.00',
    });
    return send(t, url, body, shopifyHeaders(secret, body, 'orders/create', `cache-${n}`)).then((r) => r.status);
  };
}

test('a revoked secret is refused on the next delivery, a rotated one accepted at once', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const post = poster(t, s.url);
  expect(await post(s.secret)).toBe(200);
  const rotated = await t.request('POST', `/api/webhook-sources/${s.id}/secrets`, {});
  const next = (rotated.json as { secret: { value: string } }).secret.value;
  expect(await post(next)).toBe(200);
  expect(await post(s.secret)).toBe(200); // still active until revoked
  expect((await t.request('DELETE', `/api/webhook-sources/${s.id}/secrets/${s.secretId}`)).status).toBe(200);
  expect(await post(s.secret)).toBe(401);
  expect(await post(next)).toBe(200);
  expect(storedValue(t, 'orders', DAY)).toBe(4);
});

test('disabling a source answers 404 on the next delivery; enabling it again accepts', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const post = poster(t, s.url);
  expect(await post(s.secret)).toBe(200);
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { enabled: false })).status).toBe(200);
  expect(await post(s.secret)).toBe(404);
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { enabled: true })).status).toBe(200);
  expect(await post(s.secret)).toBe(200);
  expect(storedValue(t, 'orders', DAY)).toBe(2);
});

test('changed settings apply to the next delivery (segment, currency)', async () => {
  const t = makeTestApp();
  expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'Spain', kind: 'store' })).status).toBe(201);
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const post = poster(t, s.url);
  expect(await post(s.secret)).toBe(200);
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { segment: 'shop_es' })).status).toBe(200);
  expect(await post(s.secret)).toBe(200);
  expect(storedValue(t, 'orders', DAY)).toBe(1);
  expect(storedValue(t, 'orders', DAY, 'shop_es')).toBe(1);
  // The fixture's orders are in EUR: a source set to USD refuses them from the next one on.
  expect((await t.request('PATCH', `/api/webhook-sources/${s.id}`, { currency: 'USD' })).status).toBe(200);
  expect(await post(s.secret)).toBe(422);
});

test('a secret revoked by another connection (another process) is refused on the next delivery', async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'rolecard-cache-')), 'db.sqlite');
  const t = makeTestApp({ dbPath });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const rotated = await t.request('POST', `/api/webhook-sources/${s.id}/secrets`, {});
  const next = (rotated.json as { secret: { value: string } }).secret.value;
  const post = poster(t, s.url);
  expect(await post(s.secret)).toBe(200);
  const other = openDb(dbPath);
  other.prepare('UPDATE webhook_secrets SET revoked_at = ? WHERE id = ?').run('2026-03-18T10:00:00Z', s.secretId);
  other.close();
  expect(await post(s.secret)).toBe(401);
  expect(await post(next)).toBe(200);
});
