import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/** Each demo persona signs in and sees the controls their permissions allow, and no others. */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = async (page: Page) =>
  (await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).map((t) => t.trim());

/** Opens a KPI on the catalog page; says whether a target form is offered for it. */
async function canSetTargetOn(page: Page, kpi: string) {
  const item = page.locator(`.catalog-kpi[data-kpi="${kpi}"]`);
  await item.locator('summary').click();
  await item.getByRole('heading', { name: 'History' }).waitFor();
  return (await item.getByRole('button', { name: /save target|set target/i }).count()) > 0;
}

async function openCatalog(page: Page) {
  await page.goto(`${server.url}/catalog`);
  await page.locator('.catalog-kpi').first().waitFor();
}

describe('what each persona may do', () => {
  test('the Head of Digital (admin) sees everything', async () => {
    const page = await signedInPage(browser, server.url, {}, 'head@demo.rolecard');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Customer Service' }).first().waitFor();
    expect(await nav(page)).toEqual(
      expect.arrayContaining(['Overview', 'Catalog & targets', 'Integrations', 'Users & tokens']),
    );
    await openCatalog(page);
    await expect(page.getByRole('heading', { name: 'Add to the catalog' }).count()).resolves.toBe(1);
    expect(await canSetTargetOn(page, 'conversion_rate')).toBe(true);
    // A week with no data: the empty states offer the ways to bring data in.
    await page.goto(`${server.url}/?week=2020-W10`);
    await page.getByRole('link', { name: 'Import a file' }).first().waitFor();
    await expect(page.getByRole('link', { name: 'Connect a webhook' }).count()).resolves.toBeGreaterThan(0);
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/users.png`, fullPage: true });
  });

  test('a role owner lands on their role and sets targets for it only', async () => {
    const page = await signedInPage(browser, server.url, {}, 'marketing@demo.rolecard');
    await page.goto(server.url);
    await page.waitForURL(/\/roles\/marketing_manager/);
    expect(await nav(page)).not.toContain('Users & tokens');
    expect(await nav(page)).not.toContain('Integrations');
    await openCatalog(page);
    await expect(page.getByRole('heading', { name: 'Add to the catalog' }).count()).resolves.toBe(0);
    expect(await canSetTargetOn(page, 'sessions')).toBe(true);
    expect(await canSetTargetOn(page, 'conversion_rate')).toBe(false);
  });

  test('an analyst manages API tokens but not people, the catalog or targets', async () => {
    const page = await signedInPage(browser, server.url, {}, 'analyst@demo.rolecard');
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await expect(page.getByRole('heading', { name: 'People' }).count()).resolves.toBe(0);
    // Create a token, use it, revoke it (a body-less DELETE from the browser), and it stops working.
    const panel = page.locator('section[aria-labelledby="tokens-heading"]');
    await panel.getByLabel('Name').fill('Nightly export');
    await panel.getByRole('button', { name: 'Create token' }).click();
    const token = (await panel.locator('.callout code').textContent()) ?? '';
    const readWith = () => fetch(`${server.url}/api/scorecard`, { headers: { authorization: `Bearer ${token}` } });
    expect((await readWith()).status).toBe(200);
    const row = panel.locator('tbody tr', { hasText: 'Nightly export' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/^revoked /).waitFor();
    expect((await readWith()).status).toBe(401);
    expect(await nav(page)).not.toContain('Integrations');
    await openCatalog(page);
    await expect(page.getByRole('heading', { name: 'Add to the catalog' }).count()).resolves.toBe(0);
    expect(await canSetTargetOn(page, 'conversion_rate')).toBe(false);
  });

  test('a viewer reads every scorecard and changes nothing; signing out returns to sign-in', async () => {
    const page = await signedInPage(browser, server.url, {}, 'viewer@demo.rolecard');
    await page.goto(`${server.url}/?week=2020-W10`);
    await page.locator('.kpi-empty').first().waitFor();
    await expect(page.getByRole('link', { name: 'Import a file' }).count()).resolves.toBe(0);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Logistics' }).first().waitFor();
    expect(await nav(page)).not.toContain('Users & tokens');
    await openCatalog(page);
    expect(await canSetTargetOn(page, 'csat')).toBe(false);
    await page.getByRole('group').filter({ hasText: 'Victor Viewer' }).first().locator('summary').first().click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // The old session is dead on the server, not just forgotten by the page.
    const res = await page.request.get(`${server.url}/api/scorecard`);
    expect(res.status()).toBe(401);
  });
});
