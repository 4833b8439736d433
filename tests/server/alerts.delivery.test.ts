import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { deliverDue } from '../../server/alerts/dispatch.js';
import { evaluateAlerts } from '../../server/alerts/evaluate.js';
import { claimDelivery } from '../../server/db/alertDeliveries.js';
import {
  alertDeliveryListSchema,
  alertDeliverySchema,
  alertListSchema,
  alertWebhookListSchema,
  alertWebhookRevealSchema,
} from '../../shared/alerts.js';
import { makeTestApp, type TestApp } from '../helpers/testApp.js';
import { conversionTarget, conversionWeeks, type Received, receiver } from './alertsFixtures.js';

/**
 * Outbound delivery to a real HTTP receiver on 127.0.0.1, with the dispatcher's clock
 * injected: a retry schedule of hours runs in milliseconds, with no sleeping.
 */

const T0 = Date.parse('2026-03-18T10:00:00Z');
const MIN = 60_000;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function listen(reply: Parameters<typeof receiver>[0]) {
  const r = await receiver(reply);
  closers.push(r.close);
  return r;
}

/** Standard Webhooks verification written from the spec, with node:crypto only. */
function verify(secret: string, r: Received): boolean {
  const id = String(r.headers['webhook-id']);
  const ts = String(r.headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${r.body}`).digest('base64');
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((sig) => sig === `v1,${expected}`);
}

/** A red conversion rate in W11 (owned by E-commerce), its webhook at `url`, evaluated at T0. */
async function redAlertFor(t: TestApp, url: string) {
  const saved = await t.request('PUT', '/api/roles/ecommerce_manager/alert-webhook', { url });
  expect(saved.status, JSON.stringify(saved.json)).toBe(200);
  const { secret } = alertWebhookRevealSchema.parse(saved.json);
  await conversionTarget(t);
  await conversionWeeks(t, [
    ['2026-03-02', 32],
    ['2026-03-09', 25],
  ]);
  expect(evaluateAlerts(t.db, t.config, new Date(T0))).toHaveLength(1);
  return secret;
}

function dispatcher(t: TestApp) {
  let now = T0;
  return {
    advance: (ms: number) => {
      now += ms;
    },
    run: () =>
      deliverDue({
        db: t.db,
        clock: () => new Date(now),
        fetch,
        publicUrl: 'https://kpi.example.com',
        timeoutMs: 2000,
      }),
  };
}

const deliveries = (t: TestApp) => t.get('/api/alerts/deliveries', alertDeliveryListSchema).then((r) => r.deliveries);

describe('alert webhooks', () => {
  test('500 then 200: retried after the 1-minute backoff, signed, delivered in 2 attempts', async () => {
    const t = makeTestApp();
    const hook = await listen((n) => (n === 1 ? { status: 500, body: 'try later' } : { status: 200 }));
    const secret = await redAlertFor(t, hook.url);
    // Standard Webhooks secret: whsec_ + base64 of 32 random bytes.
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);

    const d = dispatcher(t);
    expect(await d.run()).toBe(1);
    expect(await deliveries(t)).toMatchObject([
      {
        status: 'pending',
        attempts: 1,
        lastStatus: 500,
        lastError: 'HTTP 500: try later',
        nextAttemptAt: '2026-03-18T10:01:00.000Z',
      },
    ]);
    d.advance(MIN - 1000);
    expect(await d.run()).toBe(0); // 59 s later: not due yet
    d.advance(1000);
    expect(await d.run()).toBe(1);

    expect(hook.received).toHaveLength(2);
    const [first, second] = hook.received as [Received, Received];
    for (const r of hook.received) {
      expect(verify(secret, r)).toBe(true);
      expect(r.headers['content-type']).toBe('application/json');
    }
    expect(verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, first)).toBe(false);
    // One message id for both attempts; each attempt's timestamp is the injected clock's.
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(first.headers['webhook-timestamp']).toBe(String(T0 / 1000));
    expect(second.headers['webhook-timestamp']).toBe(String((T0 + MIN) / 1000));
    const body = JSON.parse(second.body);
    expect(body).toMatchObject({
      type: 'alert.turned_red',
      timestamp: '2026-03-18T10:00:00.000Z',
      text: '🔴 Conversion rate turned red in 2026-W11: 2.5% vs target 3.0% — <https://kpi.example.com/roles/ecommerce_manager?kpi=conversion_rate&week=2026-W11|Open the chart>',
      data: { kind: 'turned_red', week: '2026-W11', role: 'ecommerce_manager', facts: { value: 0.025 } },
    });

    const [after] = await deliveries(t);
    expect(after).toMatchObject({
      status: 'delivered',
      attempts: 2,
      lastStatus: 200,
      lastError: null,
      deliveredAt: '2026-03-18T10:01:00.000Z',
    });
    const alerts = (await t.get('/api/alerts', alertListSchema)).alerts;
    expect(alerts[0]?.deliveries).toMatchObject([{ role: 'ecommerce_manager', status: 'delivered', attempts: 2 }]);
    expect(await d.run()).toBe(0);
  });

  test('a receiver that always fails: 1 min, 5 min, 30 min, 2 h, 12 h, then failed; error visible to admins', async () => {
    const t = makeTestApp();
    const hook = await listen(() => ({ status: 503, body: 'maintenance' }));
    await redAlertFor(t, hook.url);
    const d = dispatcher(t);
    expect(await d.run()).toBe(1);
    for (const wait of [1, 5, 30, 120, 720]) {
      d.advance(wait * MIN - 1000);
      expect(await d.run(), `${wait} min minus a second`).toBe(0);
      d.advance(1000);
      expect(await d.run(), `${wait} min`).toBe(1);
    }
    d.advance(24 * 3600_000);
    expect(await d.run()).toBe(0);
    expect(hook.received).toHaveLength(6);
    const [failed] = await deliveries(t);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 6,
      maxAttempts: 6,
      nextAttemptAt: null,
      lastStatus: 503,
      lastError: 'HTTP 503: maintenance',
      deliveredAt: null,
    });
    // 1 + 5 + 30 + 120 + 720 minutes after 10:00 = 10:00 + 14 h 36 min.
    expect(failed?.lastAttemptAt).toBe('2026-03-19T00:36:00.000Z');

    const asAdmin = (await t.get('/api/alerts', alertListSchema)).alerts[0];
    expect(asAdmin?.deliveries[0]).toMatchObject({ status: 'failed', lastError: 'HTTP 503: maintenance' });
    const asViewer = alertListSchema.parse((await t.as('viewer')('GET', '/api/alerts')).json).alerts[0];
    expect(asViewer?.deliveries[0]).toMatchObject({ status: 'failed', lastError: null });
    expect((await t.as('viewer')('GET', '/api/alerts/deliveries')).status).toBe(403);
  });

  test('an admin retries a failed delivery now and sees the outcome', async () => {
    const t = makeTestApp();
    let up = false;
    const hook = await listen(() => (up ? { status: 204 } : { status: 500 }));
    await redAlertFor(t, hook.url);
    const d = dispatcher(t);
    for (const wait of [0, 1, 5, 30, 120, 720]) {
      d.advance(wait * MIN);
      await d.run();
    }
    const [failed] = await deliveries(t);
    expect(failed?.status).toBe('failed');
    up = true;
    const r = await t.request('POST', `/api/alerts/deliveries/${failed?.id}/retry`);
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(alertDeliverySchema.parse(r.json)).toMatchObject({ status: 'delivered', attempts: 7, lastStatus: 204 });
    expect(hook.received).toHaveLength(7);
    const again = await t.request('POST', `/api/alerts/deliveries/${failed?.id}/retry`);
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.json)).toMatch(/already delivered/);
    expect((await t.request('POST', '/api/alerts/deliveries/999/retry')).status).toBe(404);
  });

  test('redirects are not followed; a silent receiver times out; a closed port is a connection error', async () => {
    const t = makeTestApp();
    const elsewhere = await listen(() => ({ status: 200 }));
    const hook = await listen((n) => (n === 1 ? { status: 302, headers: { location: elsewhere.url } } : 'hang'));
    await redAlertFor(t, hook.url);
    const d = dispatcher(t);
    await d.run();
    expect(elsewhere.received).toHaveLength(0);
    expect((await deliveries(t))[0]?.lastError).toMatch(
      /^HTTP 302: redirects are not followed \(Location: http:\/\/127\.0\.0\.1:\d+\/hook\)/,
    );
    d.advance(MIN);
    await d.run();
    expect((await deliveries(t))[0]).toMatchObject({
      attempts: 2,
      lastStatus: null,
      lastError: 'no answer within 2 s',
    });

    const closed = await listen(() => ({ status: 200 }));
    await closed.close();
    await t.request('PUT', '/api/roles/ecommerce_manager/alert-webhook', { url: closed.url });
    d.advance(5 * MIN);
    await d.run();
    expect((await deliveries(t))[0]).toMatchObject({ attempts: 3, lastError: 'could not connect: ECONNREFUSED' });
  });

  test('a delivery left "sending" by a crash becomes due again when its lease ends', async () => {
    const t = makeTestApp();
    const hook = await listen(() => ({ status: 200 }));
    await redAlertFor(t, hook.url);
    const [queued] = await deliveries(t);
    // Claimed by a process that then died: a 2 s attempt timeout + 60 s lease margin.
    expect(claimDelivery(t.db, queued?.id ?? 0, new Date(T0), new Date(T0 + 62_000))).toBe(true);
    const d = dispatcher(t);
    d.advance(61_000);
    expect(await d.run()).toBe(0);
    d.advance(1000);
    expect(await d.run()).toBe(1);
    expect((await deliveries(t))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  test('configuration: http(s) only, unknown roles refused, secret shown once, removal stops deliveries', async () => {
    const t = makeTestApp();
    const put = (role: string, url: unknown) => t.request('PUT', `/api/roles/${role}/alert-webhook`, { url });
    for (const url of ['ftp://example.com/x', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      const r = await put('marketing_manager', url);
      expect(r.status, url).toBe(400);
      expect(JSON.stringify(r.json)).toMatch(/url: use an http:\/\/ or https:\/\/ URL/);
    }
    const unknown = await put('marketing_manger', 'https://hooks.example.com/x');
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.json)).toMatch(/marketing_manager/);

    const one = alertWebhookRevealSchema.parse((await put('marketing_manager', 'https://hooks.example.com/a')).json);
    const two = alertWebhookRevealSchema.parse((await put('marketing_manager', 'https://hooks.example.com/b')).json);
    expect(two.secret).not.toBe(one.secret);
    const list = await t.get('/api/alert-webhooks', alertWebhookListSchema);
    expect(list.webhooks).toEqual([
      {
        role: { key: 'marketing_manager', name: 'Marketing Manager' },
        url: 'https://hooks.example.com/b',
        secretHint: two.secret.slice(-4),
        createdAt: '2026-03-18T10:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(two.secret);
    const audit = await t.request('GET', '/api/audit');
    expect(JSON.stringify(audit.json)).not.toContain(two.secret);
    expect(JSON.stringify(audit.json)).not.toContain('/b');

    expect((await t.request('DELETE', '/api/roles/marketing_manager/alert-webhook')).status).toBe(200);
    expect((await t.request('DELETE', '/api/roles/marketing_manager/alert-webhook')).status).toBe(404);
    expect((await t.get('/api/alert-webhooks', alertWebhookListSchema)).webhooks).toEqual([]);
  });

  test('an alert is queued only for roles with a webhook; deleting the webhook fails its queued delivery', async () => {
    const t = makeTestApp();
    const hook = await listen(() => ({ status: 200 }));
    await redAlertFor(t, hook.url);
    await t.request('DELETE', '/api/roles/ecommerce_manager/alert-webhook');
    const d = dispatcher(t);
    await d.run();
    expect(hook.received).toHaveLength(0);
    expect((await deliveries(t))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'role ecommerce_manager has no alert webhook any more; configure one and retry',
    });
  });
});
