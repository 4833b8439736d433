import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { catalogResponseSchema, scorecardSchema, targetListSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/** The catalog & targets page: writes that change what the overview shows, without a reload. */

let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

const getJson = async (path: string) => (await server.api(path)).json();
const kpiRow = async (key: string) =>
  scorecardSchema
    .parse(await getJson('/api/scorecard'))
    .roles.flatMap((r) => r.kpis)
    .find((k) => k.kpi.key === key);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('pageerror', (e) => {
    throw e;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a KPI's details on the catalog page (client-side navigation from the nav). */
async function openKpi(key: string) {
  await page.getByRole('link', { name: 'Catalog & targets' }).click();
  const item = page.locator(`.catalog-kpi[data-kpi="${key}"]`);
  await item.locator('summary').waitFor();
  if ((await item.locator('details').getAttribute('open')) === null) await item.locator('summary').click();
  return item;
}

test('setting a target flips a red KPI to green and the overview updates without a reload', async () => {
  const before = await kpiRow('conversion_rate');
  expect(before?.status).toBe('red');
  const value = before?.value ?? 1;
  await page.goto(server.url);
  await page.locator('.role-card [data-kpi="conversion_rate"][data-status="red"]').waitFor();
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  const item = await openKpi('conversion_rate');
  // Below this week's value (typed in percent: 1.5 means 1.5%), effective from the default week.
  const newTarget = Math.floor(value * 1000) / 10;
  await item.getByLabel('Target (%)').fill(String(newTarget));
  await item.getByRole('button', { name: 'Set target' }).click();
  const lastComplete = scorecardSchema.parse(await getJson('/api/scorecard')).week.label;
  await item.getByRole('status').getByText(`applies from ${lastComplete}`).waitFor();
  await item
    .locator('.history li', { hasText: `${newTarget.toFixed(1)}%` })
    .first()
    .waitFor();
  // Stored as a fraction, from the last complete week.
  const stored = targetListSchema
    .parse(await getJson('/api/targets?kpi=conversion_rate'))
    .targets.reduce((a, b) => (b.id > a.id ? b : a));
  expect(stored?.value).toBeCloseTo(newTarget / 100, 10);
  expect(stored?.effectiveFrom).toBe(lastComplete);

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('.role-card [data-kpi="conversion_rate"][data-status="green"]').waitFor();
  await expect(page.locator('.attention-list li[data-kpi="conversion_rate"]').count()).resolves.toBe(0);
  await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
  expect((await kpiRow('conversion_rate'))?.status).toBe('green');
});

test('target errors are shown next to the field: client-side schema and server range check', async () => {
  await page.goto(server.url);
  const item = await openKpi('bounce_rate');
  await item.getByRole('button', { name: 'Set target' }).click();
  // Empty value: the shared schema refuses it before anything is sent.
  await item.locator('#t-bounce_rate-value-error').waitFor();
  await expect(item.getByLabel('Target (%)').getAttribute('aria-invalid')).resolves.toBe('true');
  // 150% is a number but above what a bounce rate can be: the server's 422 names the field.
  await item.getByLabel('Target (%)').fill('150');
  await item.getByRole('button', { name: 'Set target' }).click();
  await item.locator('#t-bounce_rate-value-error', { hasText: 'above 1' }).waitFor();
  await item.getByLabel('Tolerance band (pts)').fill('-1');
  await item.getByLabel('Target (%)').fill('40');
  await item.getByRole('button', { name: 'Set target' }).click();
  await item.locator('#t-bounce_rate-band-error', { hasText: 'cannot be negative' }).waitFor();
  const targets = targetListSchema.parse(await getJson('/api/targets?kpi=bounce_rate')).targets;
  expect(targets.every((t) => t.value !== 1.5 && t.band >= 0)).toBe(true);
});

test('moving a KPI to another role moves its line on the overview', async () => {
  await page.goto(server.url);
  const item = await openKpi('contact_rate');
  await item.getByLabel('Owner').selectOption('logistics');
  await item.getByRole('button', { name: 'Move KPI' }).click();
  await page.locator('section[data-role="logistics"] .catalog-kpi[data-kpi="contact_rate"]').waitFor();
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('.role-card[data-role="logistics"] [data-kpi="contact_rate"]').waitFor();
  await expect(
    page.locator('.role-card[data-role="customer_service"] [data-kpi="contact_rate"]').count(),
  ).resolves.toBe(0);
  const cat = catalogResponseSchema.parse(await getJson('/api/catalog'));
  expect(cat.kpis.find((k) => k.key === 'contact_rate')?.role).toBe('logistics');
});

test('adding a role, a measure and a KPI through the forms; a duplicate key is refused at the key field', async () => {
  await page.goto(`${server.url}/catalog`);
  const role = page.locator('form[aria-labelledby="add-role"]');
  await role.getByLabel('Key').fill('content');
  await role.getByLabel('Name').fill('Content again');
  await role.getByRole('button', { name: 'Add role' }).click();
  await role.locator('#role-key-error', { hasText: 'already exists' }).waitFor();
  await role.getByLabel('Key').fill('Bad Key');
  await role.getByRole('button', { name: 'Add role' }).click();
  await role.locator('#role-key-error', { hasText: 'lowercase letters' }).waitFor();
  await role.getByLabel('Key').fill('seo');
  await role.getByLabel('Name').fill('SEO Specialist');
  await role.getByRole('button', { name: 'Add role' }).click();
  await page.getByRole('heading', { name: 'SEO Specialist' }).waitFor();

  const measure = page.locator('form[aria-labelledby="add-measure"]');
  await measure.getByLabel('Key').fill('organic_sessions');
  await measure.getByLabel('Name').fill('Organic sessions');
  await measure.getByRole('button', { name: 'Add measure' }).click();
  await measure.getByRole('status').waitFor();

  const kpi = page.locator('form[aria-labelledby="add-kpi"]');
  await kpi.getByLabel('Key').fill('organic_share');
  await kpi.getByLabel('Name').fill('Organic share');
  await kpi.getByLabel('Owner role').selectOption('seo');
  await kpi.getByRole('button', { name: 'Add KPI' }).click();
  await kpi.locator('#kpi-numerator-error').waitFor(); // no measure chosen yet
  await kpi.getByLabel('Numerator').selectOption('organic_sessions');
  await kpi.getByLabel('Denominator').selectOption('sessions');
  await kpi.getByRole('button', { name: 'Add KPI' }).click();
  await page.locator('section[data-role="seo"] .catalog-kpi[data-kpi="organic_share"]').waitFor();
  await expect(
    page.locator('section[data-role="seo"] .catalog-kpi[data-kpi="organic_share"] .definition').textContent(),
  ).resolves.toBe('sum(Organic sessions) / sum(Sessions)');
  // No data yet: the overview says what to do instead of showing zero.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page
    .locator('.role-card[data-role="seo"] [data-kpi="organic_share"] .kpi-empty', { hasText: 'No Organic share data' })
    .waitFor();
  await page.getByRole('link', { name: 'Catalog & targets' }).click();
  await page.locator('.catalog-kpi').first().waitFor();
  await page.locator('.catalog-kpi[data-kpi="conversion_rate"] summary').click();
  await page.screenshot({ path: `${ARTIFACTS}/catalog.png`, fullPage: true });
});

test('a KPI named like HTML shows as text and runs nothing', async () => {
  const name = '<img src=x onerror=alert(1)>';
  const res = await server.api('/api/kpis', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      key: 'xss_probe',
      name,
      unit: 'count',
      direction: 'higher',
      role: 'content',
      formula: { kind: 'sum', measure: 'broken_content_items' },
    }),
  });
  expect(res.status).toBe(201);
  await page.goto(server.url);
  const line = page.locator('.role-card[data-role="content"] [data-kpi="xss_probe"]');
  await expect(line.locator('.kpi-name').textContent()).resolves.toBe(name);
  await page.goto(`${server.url}/catalog`);
  await expect(page.locator('.catalog-kpi[data-kpi="xss_probe"] .catalog-kpi-name').textContent()).resolves.toBe(name);
  await page.goto(`${server.url}/roles/content`);
  await page.getByRole('heading', { name }).waitFor();
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  expect(dialogs).toEqual([]);
});

test('a Spanish browser gets the catalog in Spanish: counts, formulas, target form', async () => {
  const cat = catalogResponseSchema.parse(await getJson('/api/catalog'));
  const es = await signedInPage(browser, server.url, { locale: 'es-ES', viewport: { width: 1280, height: 900 } });
  try {
    await es.goto(`${server.url}/catalog`);
    await es.getByRole('heading', { name: 'Catálogo y objetivos', level: 1 }).waitFor();
    // Plural forms and Spanish word order; KPI stays invariable in Spanish ("28 KPI").
    const counts = `${cat.roles.length} roles · ${cat.kpis.length} KPI · ${cat.measures.length} medidas.`;
    await es.getByText(counts, { exact: false }).waitFor();
    const item = es.locator('.catalog-kpi[data-kpi="conversion_rate"]');
    await item.locator('summary').click();
    await expect(item.locator('.definition').textContent()).resolves.toBe(
      'suma(Pedidos) / suma(Sesiones)', // the default measures' Spanish names
    );
    await item.getByLabel('Objetivo (%)').waitFor();
    await item.getByRole('button', { name: 'Fijar objetivo' }).waitFor();
    await es.getByRole('heading', { name: 'Añadir al catálogo' }).waitFor();
    await es.screenshot({ path: `${ARTIFACTS}/catalog-es.png`, fullPage: true });
  } finally {
    await es.context().close();
  }
});
