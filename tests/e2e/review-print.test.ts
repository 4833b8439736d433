import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Scorecard, scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { percentDigits } from '../helpers/percent.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/** The printable weekly review on the demo data: from the overview, on screen, as print media and as a PDF. */

let server: RunningServer;
let browser: Browser;
let page: Page;
let lastWeek: Scorecard;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.url, { viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  // Count print dialogs instead of opening one: the page must only print when asked.
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls++;
    };
  });
  page.on('pageerror', (e) => {
    throw e;
  });
  lastWeek = scorecardSchema.parse(await (await server.api('/api/scorecard')).json());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const printCalls = () => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

test('the overview opens the printable review of its week; it prints only from the button', async () => {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${server.url}/`);
  const csv = page.getByRole('link', { name: 'Download CSV' });
  await expect(csv.getAttribute('href')).resolves.toBe(`/api/reviews/${lastWeek.week.label}/export.csv`);
  await page.locator('.page-head').screenshot({ path: `${ARTIFACTS}/overview-export-links.png` });
  await page.getByRole('link', { name: 'Print / export' }).click();
  await page.waitForURL(`**/review/print?week=${lastWeek.week.label}`);
  await page.locator('.review-section').first().waitFor();
  await expect(page.locator('.review-header h1').textContent()).resolves.toBe(`Week ${lastWeek.week.label}`);
  expect(await page.locator('.review-facts').textContent()).toContain('All segments');
  // One section per role, in catalog order, each with every KPI and its status from the API.
  const sections = page.locator('.review-section');
  expect(await sections.count()).toBe(lastWeek.roles.length);
  expect(lastWeek.roles.length).toBe(8);
  for (const [i, r] of lastWeek.roles.entries()) {
    const s = sections.nth(i);
    await expect(s.locator('h2').textContent()).resolves.toBe(r.role.name);
    const statuses = await s.locator('tbody tr').evaluateAll((rows) => rows.map((x) => x.getAttribute('data-status')));
    expect(statuses).toEqual(r.kpis.map((k) => k.status));
  }
  // Conversion recomputed from its sums (orders / sessions), as the table shows it: up to 2 decimals.
  const conv = lastWeek.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'conversion_rate');
  if (!conv?.numerator || !conv.denominator) throw new Error('the demo has conversion data');
  await expect(page.locator('tr[data-kpi="conversion_rate"] td').first().textContent()).resolves.toBe(
    `${percentDigits(conv.numerator, conv.denominator)}%`,
  );
  expect(await printCalls()).toBe(0);
  await page.getByRole('button', { name: 'Print…' }).click();
  expect(await printCalls()).toBe(1);
  await page.screenshot({ path: `${ARTIFACTS}/review-print-screen.png`, fullPage: true });
});

test('Download CSV fetches the week as rolecard-review-<week>.csv', async () => {
  await page.goto(`${server.url}/review/print?week=${lastWeek.week.label}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`rolecard-review-${lastWeek.week.label}.csv`);
  const text = readFileSync(await download.path(), 'utf8');
  // The header, then one line per KPI of every role (28 in the demo catalog).
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]?.startsWith('Week,Segment,Role key,Role,KPI key,KPI,')).toBe(true);
  expect(lines).toHaveLength(1 + lastWeek.roles.reduce((n, r) => n + r.kpis.length, 0));
});

test('as print media: no nav or toolbar, a page break after every role but the last', async () => {
  await page.goto(`${server.url}/review/print?week=${lastWeek.week.label}&segment=shop_es`);
  await page.locator('.review-section').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
  expect(await page.locator('.review-facts').textContent()).toContain('Tienda España');
  const breaks = await page
    .locator('.review-section')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks).toEqual([...Array(lastWeek.roles.length - 1).fill('page'), 'auto']);
  // Status stays readable without colour: every badge carries its word.
  const words = await page.locator('.review-section .status-word').allTextContents();
  expect(words.length).toBe(lastWeek.roles.reduce((n, r) => n + r.kpis.length, 0));
  expect(words.every((w) => /^(On target|Near target|Off target|No target|No data)$/.test(w))).toBe(true);
  await page.screenshot({ path: `${ARTIFACTS}/review-print-media.png`, fullPage: true });
  await page.emulateMedia({ media: null });
});

test('the PDF has one page per role', async () => {
  await page.goto(`${server.url}/review/print?week=${lastWeek.week.label}`);
  await page.locator('.review-section').first().waitFor();
  // page.pdf() renders whatever media is emulated; say print explicitly.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: `${ARTIFACTS}/review-print.pdf`, preferCSSPageSize: true, format: 'A4' });
  // Chromium writes each page as an uncompressed `/Type /Page` dictionary (the tree root is `/Pages`).
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  expect(pages.length).toBe(lastWeek.roles.length);
});
