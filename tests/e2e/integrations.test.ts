import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriesSchema } from '../../shared/schemas.js';
import { deliveryListSchema, sourceListSchema, sourceSchema } from '../../shared/webhooks.js';
import { ARTIFACTS, serverAndPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';
import {
  type OrderFixture,
  orderBody,
  shopifyHeaders,
  zendeskBody,
  zendeskHeaders,
} from '../server/webhooksFixtures.js';

/**
 * The Integrations page in Chromium, against the compiled server on the demo data: the admin
 * registers a Shopify source through the form, copies the secret shown once, the shop's
 * deliveries arrive over real HTTP (one accepted, its retry, one with a wrong signature), and
 * the page shows the counts, the last error and the delivery log with what each changed.
 * Then the secret is rotated: the old one keeps working until it is revoked.
 */
let server: RunningServer;
let page: Page;
let close = async () => {};
/** The source's first secret, from the first test (rotated in the second). */
let firstSecret = '';
/** The only active secret after the second test. */
let currentSecret = '';

beforeAll(async () => {
  ({ server, page, close } = await serverAndPage(startServer));
});
afterAll(() => close());

// 23:30 in New York on 30 Nov is 05:30 on 1 Dec in Madrid: the source's zone decides the day.
const ORDER = {
  id: '820982911946154508',
  createdAt: '2026-11-30T23:30:00-05:00',
  total: '120.00',
  tax: '20.00',
  shipping: '5.00',
  ordersCount: 1,
};
const DAY = '2026-12-01';
// Net revenue = total − tax − shipping = 120.00 − 20.00 − 5.00.
const NET = 95;

const card = () => page.locator('article.source-card', { hasText: 'Spanish shop' });

function deliver(path: string, secret: string, webhookId: string, order: OrderFixture = ORDER) {
  const body = orderBody(order);
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: shopifyHeaders(secret, body, 'orders/create', webhookId),
    body,
  });
}

/** Orders and net revenue of shop_es on DAY, from the AOV series (its denominator and numerator). */
async function shopEsDay() {
  const res = await server.api(`/api/kpis/aov/series?grain=day&from=${DAY}&to=${DAY}&segment=shop_es`);
  const point = seriesSchema.parse(await res.json()).points[0];
  return { orders: point?.denominator ?? 0, revenue: point?.numerator ?? 0 };
}

test('an admin registers a Shopify source, sees the secret once, and reads its deliveries', async () => {
  const before = await shopEsDay();
  await page.goto(`${server.url}/integrations`);
  await page.getByLabel('Name').fill('Spanish shop');
  await page.getByLabel('Kind').selectOption('shopify');
  await page.getByLabel('Time zone (optional)').fill('Europe/Madrid');
  await page.getByLabel('Segment (optional)').fill('shop_es');
  // A zone the server does not know is named under its field, and nothing is created.
  await page.getByLabel('Time zone (optional)').fill('Europe/Atlantis');
  await page.getByRole('button', { name: 'Create source' }).click();
  const form = page.getByRole('form', { name: 'Add a source' });
  await expect(form.getByRole('alert').textContent()).resolves.toBe('must be an IANA time zone such as Europe/Madrid');
  await expect(form.getByLabel('Time zone (optional)').getAttribute('aria-invalid')).resolves.toBe('true');
  expect(sourceListSchema.parse(await (await server.api('/api/webhook-sources')).json()).sources).toEqual([]);
  await page.getByLabel('Time zone (optional)').fill('Europe/Madrid');
  await page.getByRole('button', { name: 'Create source' }).click();

  // The secret: shown once, 32 random bytes in base64url (43 characters).
  const shown = page.getByTestId('secret-value');
  const secret = (await shown.textContent()) ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: `${ARTIFACTS}/integrations-secret.png`, fullPage: true });
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await shown.waitFor({ state: 'detached' });
  firstSecret = secret;
  // Afterwards only its last four characters are visible.
  await expect(card().locator('.secrets li').textContent()).resolves.toContain(`…${secret.slice(-4)}`);
  expect(await page.content()).not.toContain(secret);

  const path = new URL((await card().locator('code').first().textContent()) ?? '').pathname;
  expect(path).toMatch(/^\/api\/webhooks\/[\w-]+$/);
  expect((await deliver(path, secret, 'w-1')).status).toBe(200);
  const retry = await deliver(path, secret, 'w-1');
  expect(await retry.json()).toMatchObject({ ok: true, duplicate: true });
  expect((await deliver(path, 'not-the-secret-of-this-source', 'w-2')).status).toBe(401);

  // The order counted once, on the Madrid day, in the source's segment.
  expect(await shopEsDay()).toEqual({ orders: before.orders + 1, revenue: before.revenue + NET });

  await page.reload();
  await card().waitFor();
  await expect(card().locator('.muted').textContent()).resolves.toContain('1 accepted, 1 duplicate, 1 refused');
  await expect(card().locator('.muted').textContent()).resolves.toContain('Days in Europe/Madrid · segment shop_es');
  const lastError = (await card().getByTestId('last-error').textContent()) ?? '';
  expect(lastError).toContain('Last error (401');
  expect(lastError).toContain('signature does not match');

  await card().getByRole('button', { name: 'Show deliveries' }).click();
  const rows = card().locator('table.delivery-log tbody tr');
  await rows.first().waitFor();
  // Newest first: the refusal, the duplicate, the accepted delivery with its three changes.
  await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-outcome')))).resolves.toEqual([
    'refused',
    'duplicate',
    'accepted',
  ]);
  const accepted = rows.nth(2);
  await expect(accepted.locator('td').nth(1).textContent()).resolves.toBe('w-1');
  await expect(accepted.locator('td').nth(2).textContent()).resolves.toBe('orders/create');
  // By the measures' names, money in the shop's currency, on the Madrid day.
  await expect(accepted.locator('td').nth(5).textContent()).resolves.toBe(
    'Orders +1 on 1 Dec 2026; Net revenue +€95.00 on 1 Dec 2026; New customers +1 on 1 Dec 2026',
  );
  await expect(rows.nth(1).textContent()).resolves.toContain('already received');
  await expect(rows.nth(0).locator('td').nth(3).textContent()).resolves.toBe('401');
  await page.screenshot({ path: `${ARTIFACTS}/integrations-deliveries.png`, fullPage: true });
});

test('a rotated secret: the old one keeps working until it is revoked', async () => {
  expect(firstSecret).not.toBe('');
  await page.goto(`${server.url}/integrations`);
  await card().getByRole('button', { name: 'Rotate secret' }).click();
  const fresh = (await card().getByTestId('secret-value').textContent()) ?? '';
  expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(fresh).not.toBe(firstSecret);
  await card().getByRole('button', { name: 'I have stored it' }).click();
  const secrets = card().locator('.secrets li');
  await secrets.nth(1).waitFor();
  const path = new URL((await card().locator('code').first().textContent()) ?? '').pathname;
  // Both verify while both are active.
  expect((await deliver(path, fresh, 'w-3')).status).toBe(200);
  expect((await deliver(path, firstSecret, 'w-4')).status).toBe(200);

  // Revoking the first leaves the fresh one, the only one that verifies from now on.
  await secrets
    .filter({ hasText: `…${firstSecret.slice(-4)}` })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await secrets.nth(1).waitFor({ state: 'detached' });
  await expect(secrets.textContent()).resolves.toContain(`…${fresh.slice(-4)}`);
  expect((await deliver(path, firstSecret, 'w-5')).status).toBe(401);
  expect((await deliver(path, fresh, 'w-6')).status).toBe(200);
  currentSecret = fresh;
  await page.screenshot({ path: `${ARTIFACTS}/integrations-rotated.png`, fullPage: true });
});

test('an order in another currency is refused until the shop currency is set in the source’s settings; Shopify’s retry then counts once', async () => {
  expect(currentSecret).not.toBe('');
  const sources = sourceListSchema.parse(await (await server.api('/api/webhook-sources')).json()).sources;
  const source = sources.find((s) => s.name === 'Spanish shop');
  const path = source?.url ?? '';
  const sourceId = source?.id ?? '';
  // Net 95.00 again, in dollars: 120.00 − 20.00 − 5.00.
  const usdOrder = { ...ORDER, id: '820982911946154509', currency: 'USD' };
  const refused = await deliver(path, currentSecret, 'w-usd', usdOrder);
  expect(refused.status).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { code: 'unsupported_currency' } });
  const before = await shopEsDay();

  // The admin sees why, and which currency the source takes: the installation's (EUR) until one is set.
  await page.goto(`${server.url}/integrations`);
  await card().waitFor();
  const lastError = (await card().getByTestId('last-error').textContent()) ?? '';
  expect(lastError).toContain('Last error (422');
  expect(lastError).toContain('currency is USD, but this source accepts EUR only');
  await expect(card().locator('.muted').textContent()).resolves.toContain('amounts in EUR');
  await card().getByRole('button', { name: 'Settings' }).click();
  const form = card().getByRole('form', { name: 'Source settings' });
  await expect(form.getByLabel('Time zone (optional)').inputValue()).resolves.toBe('Europe/Madrid');
  await expect(form.getByLabel('Largest body (KB)').inputValue()).resolves.toBe('1024');

  // A value the server refuses is named with how to fix it, and nothing is saved.
  await form.getByLabel('Time zone (optional)').fill('Mars/Olympus_Mons');
  await form.getByRole('button', { name: 'Save settings' }).click();
  // Said once, under the field it is about, which is marked invalid for screen readers.
  await expect(form.getByRole('alert').textContent()).resolves.toBe('must be an IANA time zone such as Europe/Madrid');
  await expect(form.getByLabel('Time zone (optional)').getAttribute('aria-invalid')).resolves.toBe('true');
  await page.screenshot({ path: `${ARTIFACTS}/integrations-settings-error.png`, fullPage: true });
  await form.getByLabel('Time zone (optional)').fill('Europe/Madrid');

  await form.getByLabel('Shop currency').fill('usd');
  await form.getByLabel('Deliveries a minute at most').fill('120');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await form.waitFor({ state: 'detached' });
  await expect(card().locator('.muted').textContent()).resolves.toContain('amounts in USD');

  // Only the fields changed were written; the others are as they were.
  const stored = sourceSchema.parse(await (await server.api(`/api/webhook-sources/${sourceId}`)).json());
  expect(stored).toMatchObject({
    currency: 'USD',
    rateLimitPerMinute: 120,
    timeZone: 'Europe/Madrid',
    segment: 'shop_es',
    maxBodyBytes: 1_048_576,
    allowTest: false,
  });

  // The refusal was not recorded as received, so the sender's retry (same webhook id) counts once.
  const retry = await deliver(path, currentSecret, 'w-usd', usdOrder);
  expect(retry.status).toBe(200);
  expect(await retry.json()).toMatchObject({ ok: true, duplicate: false });
  expect(await shopEsDay()).toEqual({ orders: before.orders + 1, revenue: before.revenue + NET });
  await page.screenshot({ path: `${ARTIFACTS}/integrations-settings.png`, fullPage: true });
});

test('a helpdesk source takes the secret Zendesk made: pasted when created, never shown back; a reset secret is added beside it', async () => {
  // Zendesk generates each webhook's signing secret; the admin copies it from Zendesk.
  const zendeskSecret = 'zd-Xq3t9-signing-secret-made-by-zendesk-0001';
  const resetSecret = 'zd-Xq3t9-signing-secret-after-a-reset-0002';
  const zendesk = () => page.locator('article.source-card', { hasText: 'Zendesk support' });
  await page.goto(`${server.url}/integrations`);
  await page.getByLabel('Name').fill('Zendesk support');
  await page.getByLabel('Kind').selectOption('helpdesk');
  const pasteField = page.getByLabel('Signing secret from the tool (optional)');
  await expect(pasteField.getAttribute('type')).resolves.toBe('password');
  await pasteField.fill(zendeskSecret);
  await page.getByRole('button', { name: 'Create source' }).click();

  // Not revealed again: a note with its last four characters instead of the one-time secret box.
  await expect(
    page.getByRole('status').filter({ hasText: 'Created “Zendesk support”' }).textContent(),
  ).resolves.toContain(`…${zendeskSecret.slice(-4)}`);
  expect(await page.getByTestId('secret-value').count()).toBe(0);
  await zendesk().waitFor();
  expect(await page.content()).not.toContain(zendeskSecret);

  const path = new URL((await zendesk().locator('code').first().textContent()) ?? '').pathname;
  const ticketCreated = (secret: string, eventId: string, ticket: string) => {
    const body = zendeskBody({ id: eventId, ticket, type: 'ticket.created', time: new Date().toISOString() });
    return fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: zendeskHeaders(secret, body, new Date().toISOString()),
      body,
    });
  };
  const first = await ticketCreated(zendeskSecret, 'evt-1', '501');
  expect(first.status).toBe(200);
  expect(await first.json()).toMatchObject({ duplicate: false, changes: [{ measure: 'tickets_created', delta: 1 }] });

  // Zendesk's "reset secret": the new one is added and verifies beside the old one.
  expect((await ticketCreated(resetSecret, 'evt-2', '502')).status).toBe(401);
  await zendesk().getByRole('button', { name: 'Add the tool’s secret' }).click();
  // Too short to be a signing secret: said under the field, nothing added.
  await zendesk().getByLabel('Secret from the tool').fill('short-secret');
  await zendesk().getByRole('button', { name: 'Add secret' }).click();
  await expect(zendesk().getByRole('alert').textContent()).resolves.toBe('a secret has at least 24 characters');
  expect(await zendesk().locator('.secrets li').count()).toBe(1);
  await zendesk().getByLabel('Secret from the tool').fill(resetSecret);
  await zendesk().getByRole('button', { name: 'Add secret' }).click();
  await expect(zendesk().getByRole('status').textContent()).resolves.toContain(`…${resetSecret.slice(-4)}`);
  await zendesk().locator('.secrets li').nth(1).waitFor();
  expect((await ticketCreated(resetSecret, 'evt-3', '503')).status).toBe(200);
  expect((await ticketCreated(zendeskSecret, 'evt-4', '504')).status).toBe(200);
  expect(await page.content()).not.toContain(resetSecret);
  await page.screenshot({ path: `${ARTIFACTS}/integrations-pasted-secret.png`, fullPage: true });
});

test('the delivery log pages back past the newest 50 and shows one result at a time', async () => {
  const source = sourceListSchema
    .parse(await (await server.api('/api/webhook-sources')).json())
    .sources.find((s) => s.name === 'Spanish shop');
  const path = source?.url ?? '';
  // 55 more orders, in dollars now that the source takes USD (the test before set it).
  const sent = await Promise.all(
    Array.from({ length: 55 }, (_, i) =>
      deliver(path, currentSecret, `w-page-${i + 1}`, {
        ...ORDER,
        id: String(820982911946160000n + BigInt(i)),
        currency: 'USD',
      }),
    ),
  );
  expect(sent.map((r) => r.status)).toEqual(Array(55).fill(200));
  const all = deliveryListSchema.parse(
    await (await server.api(`/api/webhook-sources/${source?.id}/deliveries?limit=500`)).json(),
  ).deliveries;

  await page.goto(`${server.url}/integrations`);
  await card().getByRole('button', { name: 'Show deliveries' }).click();
  const rows = card().locator('table.delivery-log tbody tr');
  await rows.nth(49).waitFor();
  expect(await rows.count()).toBe(50);
  await card().getByRole('button', { name: 'Older' }).click();
  // The rest of the log, oldest last: the first test's accepted w-1.
  await expect.poll(() => rows.count()).toBe(all.length - 50);
  await expect(rows.last().locator('td').nth(1).textContent()).resolves.toBe('w-1');
  expect(await card().getByRole('button', { name: 'Older' }).count()).toBe(0);
  await card().getByRole('button', { name: 'Newest' }).click();
  await expect.poll(() => rows.count()).toBe(50);

  // The refusals of all the tests before, newest first: the dollar order, then the two bad signatures.
  await card().getByLabel('Show').selectOption('refused');
  await expect
    .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent)))
    .toEqual(['w-usd', 'w-5', 'w-2']);
  await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-outcome')))).resolves.toEqual([
    'refused',
    'refused',
    'refused',
  ]);
  await page.screenshot({ path: `${ARTIFACTS}/integrations-log-refused.png`, fullPage: true });
});
