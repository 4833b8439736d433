import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer, TEST_ADMIN } from '../helpers/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const fixture = (...p: string[]) => join(repo, 'fixtures/csv', ...p);

let api: RunningServer;
let browser: Browser;
let url: string;

/** The built app's Import page, signed in as the installation's admin. */
const newPage = () => signedInPage(browser, api.url, {}, TEST_ADMIN.email, TEST_ADMIN.password);

beforeAll(async () => {
  api = await startServer({ ROLECARD_DEMO: '0' });
  url = `${api.url}/import`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

test('upload, preview with mapping, commit, history, undo — in the browser', async () => {
  const page = await newPage();
  await page.goto(url);
  await page.setInputFiles('[data-testid=file-input]', fixture('good', 'helpdesk.csv'));
  await page.getByText('Preview of “helpdesk.csv”').waitFor();
  // Proposed mapping, as the analyst sees it.
  expect(await page.getByLabel('Mapping for First reply time').inputValue()).toBe('kpi:first_response_time');
  expect(await page.getByLabel('Mapping for Tickets', { exact: true }).inputValue()).toBe('measure:tickets_created');
  await page.getByText('Would write: 30 new values').waitFor();
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await page.getByText('Imported “helpdesk.csv” as #1').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/import-done.png`, fullPage: true });
  const row = page.locator('table.import-history tbody tr').first();
  await row.getByText('committed').waitFor();
  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: 'Undo' }).click();
  await row.getByText('undone').waitFor();
  await page.close();
});

test('a broken file shows line-level errors and cannot be imported as is', async () => {
  const page = await newPage();
  await page.goto(url);
  await page.setInputFiles('[data-testid=file-input]', fixture('broken', 'not_a_number.csv'));
  await page.getByText('1 problem').waitFor();
  await page.getByText('"1.2k" is not a number').waitFor();
  const button = page.getByRole('button', { name: 'Fix the problems above, or choose to skip bad rows' });
  expect(await button.isDisabled()).toBe(true);
  await page.screenshot({ path: `${ARTIFACTS}/import-errors.png`, fullPage: true });
  await page.getByLabel('Skip bad rows and import the rest (they are listed)').check();
  await page.getByRole('button', { name: 'Import 1 row', exact: true }).click();
  await page.getByText('1 bad row skipped').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/import-skipped.png`, fullPage: true });
  await page.close();
});

test('a Spanish browser gets the import page in Spanish, with Spanish plurals and sizes', async () => {
  const page = await signedInPage(browser, api.url, { locale: 'es-ES' }, TEST_ADMIN.email, TEST_ADMIN.password);
  await page.goto(url);
  await page.getByRole('heading', { name: 'Importar una exportación CSV' }).waitFor();
  await page.setInputFiles('[data-testid=file-input]', fixture('good', 'helpdesk.csv'));
  await page.getByText('Vista previa de “helpdesk.csv”').waitFor();
  expect(await page.getByLabel('Mapeo de First reply time').inputValue()).toBe('kpi:first_response_time');
  // helpdesk.csv has 5 data rows: the button counts them in the plural.
  await page.getByRole('button', { name: 'Importar 5 filas' }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/import-preview-es.png`, fullPage: true });
  await page.close();
});

test('in Spanish, the preview’s notes are worded in Spanish', async () => {
  const page = await signedInPage(browser, api.url, { locale: 'es-ES' }, TEST_ADMIN.email, TEST_ADMIN.password);
  await page.goto(url);
  await page.setInputFiles('[data-testid=file-input]', fixture('good', 'ga4_daily.csv'));
  await page.getByText('Vista previa de “ga4_daily.csv”').waitFor();
  // Lines 1–9 of the fixture are 8 comment lines and a blank one before the header (line 10).
  await page.getByText('Se omitieron 9 líneas de comentario o en blanco antes del encabezado.').waitFor();
  // "Engagement rate" gives bounce_rate as its complement; "Bounce rate" gives it directly and is kept.
  await page.getByText('“Bounce rate” ya aporta bounce_rate').waitFor();
  await page.getByText('eventos clave de GA4: comprueba que cuenten compras').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/import-notes-es.png`, fullPage: true });
  await page.close();
});
