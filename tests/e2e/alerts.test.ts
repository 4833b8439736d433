import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Alert, alertListSchema, alertWebhookListSchema } from '../../shared/alerts.js';
import { publicConfigSchema, scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';
import { receiver } from '../server/alertsFixtures.js';

/**
 * Alerts in the browser on the demo data: the demo's incident week is the last complete one,
 * so the server records its red KPIs by itself at start. Then the admin points Marketing's
 * webhook at a local receiver, a stricter target turns Sessions red, and the delivery's
 * failure, retry and success show on the Alerts page.
 */
let server: RunningServer;
let browser: Browser;
let up = false;
const hook = await receiver(() => (up ? { status: 200 } : { status: 500, body: 'receiver is down' }));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await hook.close();
});

const getJson = async (path: string) => (await server.api(path)).json();
async function until<T>(what: string, get: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const alertsNow = async () => alertListSchema.parse(await getJson('/api/alerts')).alerts;
const itemOf = (page: Page, a: Alert) => page.locator(`.alert-item[data-alert="${a.id}"]`);

describe('alerts in the UI', () => {
  test('the demo incident is on the Alerts page, newest first, with a link that opens the KPI chart', async () => {
    const recorded = await until('the alerts recorded at start', async () => {
      const list = await alertsNow();
      return list.some((a) => a.kind === 'turned_red') ? list : undefined;
    });
    const page = await signedInPage(browser, server.url);
    await page.goto(server.url);
    const config = publicConfigSchema.parse(await getJson('/api/config'));
    // The overview's one line for the week on screen, linking to the page.
    const line = page.locator('.alerts-line');
    await line.getByRole('link', { name: 'See alerts' }).waitFor();
    expect(await line.textContent()).toContain(`${recorded.length} alerts for ${config.lastCompleteWeek}`);
    await page.screenshot({ path: `${ARTIFACTS}/overview-alerts.png`, clip: { x: 0, y: 0, width: 1280, height: 420 } });
    await line.getByRole('link', { name: 'See alerts' }).click();
    await page.waitForURL(`${server.url}/alerts?week=${config.lastCompleteWeek}`);

    const items = page.locator('.alert-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(recorded.length);
    // The API's order is the page's order (newest first).
    expect(await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-alert'))))).toEqual(
      recorded.map((a) => a.id),
    );
    const red = recorded.find((a) => a.kind === 'turned_red' && a.facts.kind === 'turned_red');
    if (red?.facts.kind !== 'turned_red') throw new Error('the demo incident has a red KPI');
    const kpi = red.facts.kpi;
    const item = itemOf(page, red);
    await expect(item.locator('.alert-kind').textContent()).resolves.toContain('Turned red');
    await expect(item.locator('.alert-title').textContent()).resolves.toContain(red.facts.kpi.name);
    await expect(item.locator('.alert-title').textContent()).resolves.toContain(red.roles[0]?.name);
    await expect(item.locator('.alert-numbers').textContent()).resolves.toContain('vs target');
    // No webhook was configured when they were recorded.
    await expect(item.locator('.delivery').textContent()).resolves.toContain('Not sent');
    await page.screenshot({ path: `${ARTIFACTS}/alerts.png`, fullPage: true });

    await item.getByRole('link', { name: `Open the ${red.facts.kpi.name} chart` }).click();
    await page.waitForURL((u) => u.pathname === `/roles/${red.roles[0]?.key}` && u.search.includes(`kpi=${kpi.key}`));
    const panel = page.locator(`#kpi-${kpi.key}`);
    await panel.locator('.recharts-surface').waitFor();
    await expect(panel.getAttribute('class')).resolves.toContain('is-focused');
    await page.screenshot({ path: `${ARTIFACTS}/alert-chart.png` });
  });

  test('an admin sets a role’s webhook, sees the secret once, and a failed delivery retried to success', async () => {
    const page = await signedInPage(browser, server.url);
    await page.goto(`${server.url}/alerts`);
    const row = page.locator('.webhook-row[data-role="marketing_manager"]');
    await row.getByLabel('Marketing Manager').fill('not a url');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('alert').getByText('use an http:// or https:// URL').waitFor();
    await row.getByLabel('Marketing Manager').fill(hook.url);
    await row.getByRole('button', { name: 'Save' }).click();
    const secret = (await page.getByTestId('secret-value').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await row.getByText(`secret …${secret.slice(-4)}`).waitFor();
    await page.locator('.role-webhooks').screenshot({ path: `${ARTIFACTS}/alerts-webhooks.png` });
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('secret-value').count()).toBe(0);

    // A target twice last week's sessions turns Sessions red; any write triggers the evaluation.
    const config = publicConfigSchema.parse(await getJson('/api/config'));
    const sc = scorecardSchema.parse(await getJson('/api/scorecard?role=marketing_manager'));
    const sessions = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'sessions')?.value ?? 0;
    const target = { kpi: 'sessions', value: sessions * 2, band: 0, effectiveFrom: config.lastCompleteWeek };
    expect((await server.api('/api/targets', { method: 'POST', body: JSON.stringify(target) })).status).toBe(201);
    const write = { items: [{ measure: 'sessions', date: config.today, value: 1 }] };
    expect((await server.api('/api/ingest', { method: 'POST', body: JSON.stringify(write) })).status).toBe(201);
    await until('the first delivery attempt', async () => (hook.received.length ? true : undefined));

    const first = hook.received[0];
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const signed = `${first?.headers['webhook-id']}.${first?.headers['webhook-timestamp']}.${first?.body}`;
    expect(first?.headers['webhook-signature']).toBe(`v1,${createHmac('sha256', key).update(signed).digest('base64')}`);
    expect(JSON.parse(first?.body ?? '{}').text).toMatch(/^🔴 Sessions turned red in \d{4}-W\d\d: .* — <http/);

    const alert = await until('the Sessions alert', async () =>
      (await alertsNow()).find(
        (a) => a.kind === 'turned_red' && a.facts.kind === 'turned_red' && a.facts.kpi.key === 'sessions',
      ),
    );
    await page.reload();
    const delivery = itemOf(page, alert).locator('.delivery');
    await expect(delivery.textContent()).resolves.toMatch(
      /Webhook to Marketing Manager: retrying at .* \(1 attempt failed: HTTP 500: receiver is down\)/,
    );
    up = true;
    await delivery.getByRole('button', { name: 'Retry now' }).click();
    await itemOf(page, alert).locator('.delivery[data-status="delivered"]').waitFor();
    await expect(delivery.textContent()).resolves.toContain('Webhook to Marketing Manager: delivered');
    expect(hook.received).toHaveLength(2);
    await page.screenshot({ path: `${ARTIFACTS}/alerts-delivered.png`, fullPage: true });

    // Removing the webhook (a body-less DELETE from the browser) stops the sending.
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByText('Not sent anywhere').waitFor();
    const hooks = alertWebhookListSchema.parse(await getJson('/api/alert-webhooks'));
    expect(hooks.webhooks.map((w) => w.role.key)).not.toContain('marketing_manager');
  });

  test('a viewer reads the alerts but sees no webhooks or deliveries', async () => {
    const page = await signedInPage(browser, server.url, {}, 'viewer@demo.rolecard');
    await page.goto(`${server.url}/alerts`);
    await page.locator('.alert-item').first().waitFor();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).count(),
    ).resolves.toBe(1);
    expect(await page.locator('.role-webhooks').count()).toBe(0);
    expect(await page.locator('.deliveries, .delivery').count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `${ARTIFACTS}/alerts-375.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Filters live in the URL.
    await page.getByText('Outlier', { exact: true }).click();
    await page.waitForURL(/kind=outlier/);
    await page.locator('.alert-item[data-kind="outlier"]').first().waitFor();
    expect(await page.locator('.alert-item:not([data-kind="outlier"])').count()).toBe(0);
  });
});
