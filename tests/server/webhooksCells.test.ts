import { expect, test } from 'vitest';
import { getSourceRow } from '../../server/db/webhooks.js';
import { listDeliveries } from '../../server/db/webhooksInbox.js';
import { ApiError } from '../../server/http/errors.js';
import { applyDelivery } from '../../server/webhooks/apply.js';
import { groupCells } from '../../server/webhooks/cells.js';
import { GroupCommitter } from '../../server/webhooks/committer.js';
import { prepareGeneric } from '../../server/webhooks/generic.js';
import { parseJsonLossless } from '../../server/webhooks/json.js';
import { deliveryGroupHooks } from '../../server/webhooks/receive.js';
import { prepareShopify } from '../../server/webhooks/shopify.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { cancelBody, createSource, orderBody, send, shopifyHeaders, storedValue } from './webhooksFixtures.js';

/**
 * A group commit applies its deliveries' measure changes to shared cells and writes each cell
 * once at the end (server/webhooks/cells.ts). These run one group by hand, the way the
 * committer does, and check the values against sums worked out by hand.
 */

const AT = new Date('2026-03-18T10:00:00Z');
type Item = { measure: string; date: string; value: number };

async function setup() {
  const t = makeTestApp();
  const src = await createSource(t, { name: 'g', kind: 'generic' });
  const source = getSourceRow(t.db, src.id);
  if (!source) throw new Error('no source');
  return { t, source };
}

/** Runs the deliveries as one group, with the shipped group hooks around them in one transaction. */
function group(
  t: TestApp,
  source: NonNullable<ReturnType<typeof getSourceRow>>,
  batches: Array<[string, string, Item[]]>,
) {
  const hooks = deliveryGroupHooks(() => AT);
  return t.db.transaction(() => {
    hooks.beforeGroup(t.db);
    const out = batches.map(([id, mode, items]) =>
      applyDelivery(t.db, source, prepareGeneric(id, { mode, items }), AT),
    );
    hooks.afterJobs(t.db);
    return out;
  })();
}

const row = (t: TestApp, day: string) =>
  t.db
    .prepare(
      `SELECT v.value, v.source_id AS sourceId FROM measure_values v JOIN measures m ON m.id = v.measure_id
       WHERE m.key = 'orders' AND v.day = ? AND v.segment_id = 1`,
    )
    .get(day) as { value: number; sourceId: string } | undefined;
const dayTotal = (t: TestApp, day: string) =>
  t.db
    .prepare(
      `SELECT d.value FROM measure_day_totals d JOIN measures m ON m.id = d.measure_id WHERE m.key = 'orders' AND d.day = ?`,
    )
    .pluck()
    .get(day);

test('increments to one cell from several deliveries add up, on top of the stored value', async () => {
  const { t, source } = await setup();
  expect(
    (await t.request('POST', '/api/ingest', { items: [{ measure: 'orders', date: '2026-03-16', value: 10 }] })).status,
  ).toBe(201);
  group(t, source, [
    ['d1', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 1 }]],
    ['d2', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 2 }]],
    ['d3', 'increment', [{ measure: 'orders', date: '2026-03-17', value: 5 }]],
    ['d4', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 4 }]],
  ]);
  // 10 + 1 + 2 + 4 = 17 on the 16th, the last delivery that changed it named; 5 on the 17th.
  expect(row(t, '2026-03-16')).toEqual({ value: 17, sourceId: `${source.id}/d4` });
  expect(row(t, '2026-03-17')).toEqual({ value: 5, sourceId: `${source.id}/d3` });
  // The day totals (trigger-maintained) agree.
  expect(dayTotal(t, '2026-03-16')).toBe(17);
  expect(dayTotal(t, '2026-03-17')).toBe(5);
  expect(listDeliveries(t.db, source.id, { limit: 10 }).map((d) => d.outcome)).toEqual([
    'accepted',
    'accepted',
    'accepted',
    'accepted',
  ]);
});

test('a delivery that would take a cell below zero is refused alone; the rest see the values before it', async () => {
  const { t, source } = await setup();
  expect(
    (await t.request('POST', '/api/ingest', { items: [{ measure: 'orders', date: '2026-03-16', value: 2 }] })).status,
  ).toBe(201);
  const [a, b, c] = group(t, source, [
    ['n1', 'increment', [{ measure: 'orders', date: '2026-03-16', value: -1 }]],
    // 1 − 3 = −2: refused, and with it its sessions item on another cell.
    [
      'n2',
      'increment',
      [
        { measure: 'sessions', date: '2026-03-16', value: 100 },
        { measure: 'orders', date: '2026-03-16', value: -3 },
      ],
    ],
    ['n3', 'increment', [{ measure: 'orders', date: '2026-03-16', value: -1 }]],
  ]);
  expect(a).not.toBeInstanceOf(ApiError);
  expect(b).toBeInstanceOf(ApiError);
  expect((b as ApiError).status).toBe(422);
  expect((b as ApiError).code).toBe('invalid_items');
  expect(c).not.toBeInstanceOf(ApiError);
  // 2 − 1 − 1 = 0; the refused delivery's +100 sessions never landed.
  expect(row(t, '2026-03-16')).toEqual({ value: 0, sourceId: `${source.id}/n3` });
  expect(storedValue(t, 'sessions', '2026-03-16')).toBeUndefined();
  expect(listDeliveries(t.db, source.id, { limit: 10 }).map((d) => [d.deliveryId, d.outcome, d.status])).toEqual([
    ['n3', 'accepted', 200],
    ['n2', 'refused', 422],
    ['n1', 'accepted', 200],
  ]);
  // Not recorded as received: a corrected retry of n2 is applied (0 + 100 sessions).
  group(t, source, [['n2', 'increment', [{ measure: 'sessions', date: '2026-03-16', value: 100 }]]]);
  expect(storedValue(t, 'sessions', '2026-03-16')).toBe(100);
});

test('set and increment in one group apply in arrival order; a cell brought back to its value is still rewritten', async () => {
  const { t, source } = await setup();
  expect(
    (await t.request('POST', '/api/ingest', { items: [{ measure: 'orders', date: '2026-03-17', value: 7 }] })).status,
  ).toBe(201);
  group(t, source, [
    ['s1', 'set', [{ measure: 'orders', date: '2026-03-16', value: 50 }]],
    ['s2', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 1 }]],
    ['s3', 'increment', [{ measure: 'orders', date: '2026-03-17', value: 3 }]],
    ['s4', 'increment', [{ measure: 'orders', date: '2026-03-17', value: -3 }]],
  ]);
  // 50 then +1 = 51. The 17th goes 7 → 10 → 7: written one after the other it would end at 7
  // with s4 as its last writer, and so it does here.
  expect(row(t, '2026-03-16')).toEqual({ value: 51, sourceId: `${source.id}/s2` });
  expect(row(t, '2026-03-17')).toEqual({ value: 7, sourceId: `${source.id}/s4` });
});

test('a duplicate in the same group changes nothing', async () => {
  const { t, source } = await setup();
  const [first, again] = group(t, source, [
    ['dup', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 1 }]],
    ['dup', 'increment', [{ measure: 'orders', date: '2026-03-16', value: 1 }]],
  ]);
  expect(first).toMatchObject({ duplicate: false });
  expect(again).toMatchObject({ duplicate: true });
  expect(row(t, '2026-03-16')?.value).toBe(1);
});

test('a write of the group failing rolls back the whole group, and nothing is acknowledged', async () => {
  const { t, source } = await setup();
  // The group's inbox keys are written together after every delivery (with its cells, states
  // and log rows, by the shipped hooks); the row of delivery "boom" fails, after "a1"'s.
  t.db.exec(
    `CREATE TRIGGER test_fail BEFORE INSERT ON webhook_inbox WHEN NEW.key = 'id:boom'
     BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
  );
  // The shipped committer's hooks: inbox keys, cells and log rows deferred to the group.
  const committer = new GroupCommitter(t.db, {
    synchronous: 'NORMAL',
    waitMs: 1000,
    ...deliveryGroupHooks(() => AT),
  });
  const submit = (id: string) =>
    committer.submit((db) =>
      applyDelivery(
        db,
        source,
        prepareGeneric(id, { mode: 'increment', items: [{ measure: 'orders', date: '2026-03-16', value: 1 }] }),
        AT,
      ),
    );
  // Submitted in one turn: one group.
  const results = await Promise.allSettled([submit('a1'), submit('boom'), submit('a2')]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
  expect(String((results[0] as PromiseRejectedResult).reason)).toContain('disk trouble');
  expect(row(t, '2026-03-16')).toBeUndefined();
  expect(t.db.prepare('SELECT COUNT(*) FROM webhook_inbox').pluck().get()).toBe(0);
  expect(listDeliveries(t.db, source.id, { limit: 10 })).toEqual([]);
  // The senders retry; without the failing one the others count once each.
  t.db.exec('DROP TRIGGER test_fail');
  expect(await Promise.all([submit('a1'), submit('a2')])).toMatchObject([{ duplicate: false }, { duplicate: false }]);
  expect(row(t, '2026-03-16')?.value).toBe(2);
});

test('a Shopify cancellation refused by the non-negative check leaves the order uncancelled', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const day = '2026-03-16';
  const create = orderBody({
    id: '7001',
    createdAt: `${day}T12:00:00+01:00`,
    total: '30.00',
    tax: '5.00',
    shipping: '5.00',
  });
  expect((await send(t, s.url, create, shopifyHeaders(s.secret, create, 'orders/create', 'c-1'))).status).toBe(200);
  // Someone sets the day's orders to 0 by hand: cancelling would make it −1.
  expect(
    (await t.request('POST', '/api/ingest', { mode: 'set', items: [{ measure: 'orders', date: day, value: 0 }] }))
      .status,
  ).toBe(200);
  const cancel = cancelBody('7001');
  const refused = await send(t, s.url, cancel, shopifyHeaders(s.secret, cancel, 'orders/cancelled', 'x-1'));
  expect(refused.status).toBe(422);
  const state = () => t.db.prepare("SELECT cancelled FROM webhook_orders WHERE order_id = '7001'").pluck().get();
  expect(state()).toBe(0);
  // Put right, the retry cancels it: orders 1 − 1 = 0, net revenue 20 − 20 = 0.
  expect(
    (await t.request('POST', '/api/ingest', { mode: 'set', items: [{ measure: 'orders', date: day, value: 1 }] }))
      .status,
  ).toBe(200);
  expect((await send(t, s.url, cancel, shopifyHeaders(s.secret, cancel, 'orders/cancelled', 'x-1'))).status).toBe(200);
  expect(state()).toBe(1);
  expect(storedValue(t, 'orders', day)).toBe(0);
  expect(storedValue(t, 'net_revenue', day)).toBe(0);
});

test('a delivery whose second key was seen is a duplicate, and its first key is not left behind', async () => {
  const { t, source } = await setup();
  const inbox = () => t.db.prepare('SELECT key FROM webhook_inbox ORDER BY key').pluck().all();
  const cells = groupCells(t.db);
  const apply = (keys: string[]) =>
    t.db.transaction(() => {
      cells.start();
      const prepared = prepareGeneric('k', {
        mode: 'increment',
        items: [{ measure: 'orders', date: '2026-03-16', value: 1 }],
      });
      const out = applyDelivery(t.db, source, { ...prepared, keys }, AT);
      cells.write();
      return out;
    })();
  expect(apply(['event:orders/create:7'])).toMatchObject({ duplicate: false });
  // A new webhook id for the same merchant action: its event key was committed, so nothing changes.
  expect(apply(['webhook:w2', 'event:orders/create:7'])).toMatchObject({ duplicate: true });
  expect(inbox()).toEqual(['event:orders/create:7']);
  expect(row(t, '2026-03-16')?.value).toBe(1);
});

test('deliveries about one order in one group see each other’s state; a failed group keeps none of it', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Shop', kind: 'shopify' });
  const source = getSourceRow(t.db, s.id);
  if (!source) throw new Error('no source');
  const day = '2026-03-16';
  // Each order nets 40 − 6 − 4 = 30.
  const create = (orderId: string, webhookId: string) =>
    prepareShopify(
      { source, currency: 'EUR' },
      'orders/create',
      parseJsonLossless(
        orderBody({ id: orderId, createdAt: `${day}T12:00:00+01:00`, total: '40.00', tax: '6.00', shipping: '4.00' }),
      ),
      { deliveryId: webhookId, keys: [`webhook:${webhookId}`] },
    );
  const cancel = (orderId: string, webhookId: string) =>
    prepareShopify({ source, currency: 'EUR' }, 'orders/cancelled', parseJsonLossless(cancelBody(orderId)), {
      deliveryId: webhookId,
      keys: [`webhook:${webhookId}`],
    });
  const committer = new GroupCommitter(t.db, { synchronous: 'NORMAL', waitMs: 1000, ...deliveryGroupHooks(() => AT) });
  const submit = (d: ReturnType<typeof create>) => committer.submit((db) => applyDelivery(db, source, d, AT));
  const orderRow = (id: string) =>
    t.db.prepare('SELECT counted, cancelled, net FROM webhook_orders WHERE order_id = ?').get(id);

  // One group: order 1 created, created again under another webhook id, then cancelled;
  // order 2 created. Each delivery reads the state the ones before it left.
  const answers = await Promise.all([
    submit(create('1', 'w1')),
    submit(create('1', 'w2')),
    submit(cancel('1', 'w3')),
    submit(create('2', 'w4')),
  ]);
  expect(answers.map((a) => (a instanceof ApiError ? a.code : a.ignored))).toEqual([false, true, false, false]);
  expect(orderRow('1')).toEqual({ counted: 1, cancelled: 1, net: 30 });
  expect(orderRow('2')).toEqual({ counted: 1, cancelled: 0, net: 30 });
  // Order 1 came and went: only order 2 is left on the day.
  expect(storedValue(t, 'orders', day)).toBe(1);
  expect(storedValue(t, 'net_revenue', day)).toBe(30);

  // A group whose writes fail: order 3's state is not kept, in the table or in memory.
  t.db.exec(
    `CREATE TRIGGER test_fail BEFORE INSERT ON webhook_inbox WHEN NEW.key = 'webhook:w6'
     BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
  );
  const failed = await Promise.allSettled([submit(create('3', 'w5')), submit(create('4', 'w6'))]);
  expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(orderRow('3')).toBeUndefined();
  t.db.exec('DROP TRIGGER test_fail');
  // The retry counts order 3 once, as new.
  expect(await submit(create('3', 'w5'))).toMatchObject({ duplicate: false, ignored: false });
  expect(orderRow('3')).toEqual({ counted: 1, cancelled: 0, net: 30 });
  expect(storedValue(t, 'orders', day)).toBe(2);
  expect(storedValue(t, 'net_revenue', day)).toBe(60);
});
