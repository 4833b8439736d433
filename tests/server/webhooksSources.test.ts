import { expect, test } from 'vitest';
import { claimInbox, groupLog, logDelivery, pruneWebhookTables } from '../../server/db/webhooksInbox.js';
import { deliveryListSchema, sourceListSchema, sourceSchema } from '../../shared/webhooks.js';
import { makeTestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders, storedValue } from './webhooksFixtures.js';

const order = (id: string) =>
  orderBody({ id, createdAt: '2026-03-16T12:00:00+01:00', total: '10.00', tax: '0.00', shipping: '0.00' });

test('a new source gets its own URL and a secret of at least 24 random bytes, shown once', async () => {
  const t = makeTestApp();
  const a = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const b = await createSource(t, { name: 'Shop 2', kind: 'shopify' });
  expect(a.url).toBe(`/api/webhooks/${a.id}`);
  expect(a.id).not.toBe(b.id);
  expect(Buffer.from(a.secret, 'base64url').length).toBeGreaterThanOrEqual(24);
  expect(a.secret).not.toBe(b.secret);
  const list = await t.get('/api/webhook-sources', sourceListSchema);
  expect(list.sources.map((s) => s.name)).toEqual(['Shop', 'Shop 2']);
  const listed = JSON.stringify(list);
  expect(listed).not.toContain(a.secret);
  expect(listed).toContain(a.secret.slice(-4)); // the hint
});

test('rotation keeps the old secret valid until it is revoked', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const rotated = await t.request('POST', `/api/webhook-sources/${s.id}/secrets`, {});
  expect(rotated.status).toBe(201);
  const next = (rotated.json as { secret: { id: number; value: string } }).secret;
  expect(next.value).not.toBe(s.secret);
  const post = (secret: string, id: string) => {
    const body = order(id);
    return send(t, s.url, body, shopifyHeaders(secret, body, 'orders/create', `w-${id}`));
  };
  expect((await post(s.secret, '1001')).status).toBe(200);
  expect((await post(next.value, '1002')).status).toBe(200);
  const revoked = await t.request('DELETE', `/api/webhook-sources/${s.id}/secrets/${s.secretId}`);
  expect(revoked.status).toBe(200);
  expect(sourceSchema.parse(revoked.json).secrets.map((x) => x.id)).toEqual([next.id]);
  expect((await post(s.secret, '1003')).status).toBe(401);
  expect((await post(next.value, '1004')).status).toBe(200);
  expect(storedValue(t, 'orders', '2026-03-16')).toBe(3);
  // The last active secret cannot be revoked: the source would accept nothing.
  const last = await t.request('DELETE', `/api/webhook-sources/${s.id}/secrets/${next.id}`);
  expect(last.status).toBe(409);
});

test('a secret provided by the tool (Shopify, Zendesk own theirs) is used as given', async () => {
  const t = makeTestApp();
  const secret = 'shpss_0123456789abcdef0123456789abcdef';
  const s = await createSource(t, { name: 'Shop', kind: 'shopify', secret });
  expect(s.secret).toBe(secret);
  const body = order('1');
  expect((await send(t, s.url, body, shopifyHeaders(secret, body, 'orders/create', 'w'))).status).toBe(200);
  const short = await t.request('POST', '/api/webhook-sources', { name: 'x', kind: 'shopify', secret: 'short' });
  expect(short.status).toBe(400);
});

test('invalid settings are 400 by field; an unknown segment is 422', async () => {
  const t = makeTestApp();
  const r = await t.request('POST', '/api/webhook-sources', { name: '', kind: 'ftp', timeZone: 'Mars/Base' });
  expect(r.status).toBe(400);
  const paths = (r.json as { error: { details: { issues: Array<{ path: string }> } } }).error.details.issues.map(
    (i) => i.path,
  );
  expect(paths).toEqual(expect.arrayContaining(['name', 'kind', 'timeZone']));
  const seg = await t.request('POST', '/api/webhook-sources', { name: 'x', kind: 'shopify', segment: 'shop_xx' });
  expect(seg.status).toBe(422);
  expect((await t.request('GET', '/api/webhook-sources/src_nope')).status).toBe(404);
});

test('the delivery log lists what changed, the last error, and is pruned by age', async () => {
  const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const body = order('1');
  await send(t, s.url, body, shopifyHeaders(s.secret, body, 'orders/create', 'w-1'));
  await send(t, s.url, body, shopifyHeaders('wrong-secret-wrong-secret-wrong', body, 'orders/create', 'w-2'));
  const log = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(log.deliveries.map((d) => [d.deliveryId, d.status, d.outcome])).toEqual([
    ['w-2', 401, 'refused'],
    ['w-1', 200, 'accepted'],
  ]);
  expect(log.deliveries[1]?.changes).toEqual([
    { measure: 'orders', date: '2026-03-16', delta: 1 },
    { measure: 'net_revenue', date: '2026-03-16', delta: 10 },
  ]);
  const src = sourceSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}`)).json);
  expect(src.lastError).toMatchObject({ status: 401, at: '2026-03-18T10:00:00.000Z' });
  expect(src.counts).toEqual({ accepted: 1, duplicate: 0, refused: 1 });

  // 31 days later the next delivery prunes rows older than 30 days.
  t.setNow('2026-04-18T10:00:00Z');
  const later = order('2');
  await send(t, s.url, later, shopifyHeaders(s.secret, later, 'orders/create', 'w-3'));
  const after = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(after.deliveries.map((d) => d.deliveryId)).toEqual(['w-3']);
});

test('the log and the inbox are pruned by id: rows before the first one received since the cutoff', async () => {
  const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  // Received in this order; the fourth after the clock stepped back a fortnight.
  const at = ['2026-03-01', '2026-03-05', '2026-03-20', '2026-03-02', '2026-03-21'];
  for (const [i, day] of at.entries())
    logDelivery(t.db, {
      sourceId: s.id,
      receivedAt: `${day}T00:00:00.000Z`,
      deliveryId: `d${i + 1}`,
      topic: 'orders/create',
      status: 200,
      outcome: 'accepted',
      reason: null,
      changes: [],
    });
  // Inbox keys of the same days.
  const key = t.db.prepare('INSERT INTO webhook_inbox (source_id, key, received_at) VALUES (?, ?, ?)');
  for (const [i, day] of at.entries()) key.run(s.id, `webhook:k${i + 1}`, `${day}T00:00:00.000Z`);
  const keys = () => (t.db.prepare('SELECT key FROM webhook_inbox ORDER BY key').pluck().all() as string[]).join(' ');
  const ids = () =>
    (t.db.prepare('SELECT delivery_id FROM webhook_deliveries ORDER BY id').pluck().all() as string[]).join(' ');
  // d1 and d2 are before d3, the first received since 10 March; d4 (older, logged later) waits.
  // The inbox keeps everything received since 1 March.
  expect(pruneWebhookTables(t.db, '2026-03-10T00:00:00.000Z', '2026-03-01T00:00:00.000Z')).toEqual({
    log: 2,
    inbox: 0,
  });
  expect(ids()).toBe('d3 d4 d5');
  expect(keys()).toBe('webhook:k1 webhook:k2 webhook:k3 webhook:k4 webhook:k5');
  // Nothing received since the log's cutoff: the whole log goes. The inbox, also by id, loses
  // k1 and k2, before k3 (the first received since 10 March); k4 waits like d4 did.
  expect(pruneWebhookTables(t.db, '2026-03-25T00:00:00.000Z', '2026-03-10T00:00:00.000Z')).toEqual({
    log: 3,
    inbox: 2,
  });
  expect(ids()).toBe('');
  expect(keys()).toBe('webhook:k3 webhook:k4 webhook:k5');
  // The pruned keys left the connection's memory with their rows: k1 can be claimed again, k3 not.
  const at2 = '2026-03-25T00:00:00.000Z';
  t.db.transaction(() => {
    expect(claimInbox(t.db, s.id, ['webhook:k3'], at2)).toBeNull();
    expect(claimInbox(t.db, s.id, ['webhook:k1'], at2)?.rows.map((r) => r.key)).toEqual(['webhook:k1']);
  })();
  expect(keys()).toBe('webhook:k1 webhook:k3 webhook:k4 webhook:k5');
});

test('log rows of a group commit are written together before its COMMIT, in order; a rolled-back group writes none', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const entry = (deliveryId: string) => ({
    sourceId: s.id,
    receivedAt: '2026-03-18T10:00:00.000Z',
    deliveryId,
    topic: 'orders/create',
    status: 200,
    outcome: 'accepted' as const,
    reason: null,
    changes: [{ measure: 'orders', date: '2026-03-16', delta: 1 }],
  });
  const logged = () =>
    (t.db.prepare('SELECT delivery_id FROM webhook_deliveries ORDER BY id').pluck().all() as string[]).join(' ');
  groupLog(t.db).start();
  logDelivery(t.db, entry('a'));
  logDelivery(t.db, entry('b'));
  expect(logged()).toBe('');
  groupLog(t.db).write();
  expect(logged()).toBe('a b');
  groupLog(t.db).start();
  logDelivery(t.db, entry('rolled-back'));
  groupLog(t.db).rollBack();
  // Outside a group a row is written at once.
  logDelivery(t.db, entry('c'));
  expect(logged()).toBe('a b c');
  const list = deliveryListSchema.parse((await t.request('GET', `/api/webhook-sources/${s.id}/deliveries`)).json);
  expect(list.deliveries[0]).toMatchObject({ deliveryId: 'c', outcome: 'accepted', changes: entry('c').changes });
});
