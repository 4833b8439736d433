import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { alertListSchema } from '../../shared/alerts.js';
import { catalogText } from '../../shared/i18n/catalogText.js';
import { scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * The Alerts page and the printable review for a Spanish browser, on the demo data: the demo's
 * incident week is the last complete one, so the server has recorded red KPIs by itself.
 */
/** Whichever KPI the demo turned red, by its Spanish name (the default catalog is translated). */
const kpiEs = (key: string, name: string) => catalogText('es', 'kpi', key, name, '').name;

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.url, { locale: 'es-ES', viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    throw e;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const getJson = async (path: string) => (await server.api(path)).json();

test('the Alerts page in Spanish: kinds, numbers, deliveries, filters and webhooks', async () => {
  const end = Date.now() + 20_000;
  let alerts = alertListSchema.parse(await getJson('/api/alerts')).alerts;
  while (!alerts.some((a) => a.kind === 'turned_red') && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    alerts = alertListSchema.parse(await getJson('/api/alerts')).alerts;
  }
  const red = alerts.find((a) => a.kind === 'turned_red');
  if (red?.facts.kind !== 'turned_red') throw new Error('the demo incident has a red KPI');

  await page.goto(`${server.url}/alerts`);
  await page.getByRole('heading', { name: 'Alertas', level: 1 }).waitFor();
  const item = page.locator(`.alert-item[data-alert="${red.id}"]`);
  await expect(item.locator('.alert-kind').textContent()).resolves.toContain('Pasó a rojo');
  // "1,9 % frente a un objetivo de 2,4 % · semana anterior: …": decimal comma, Spanish words.
  await expect(item.locator('.alert-numbers').textContent()).resolves.toMatch(
    /^\d+(,\d+)?\s%\sfrente a un objetivo de \d+(,\d+)?\s% · semana anterior: /,
  );
  await expect(item.locator('.delivery').textContent()).resolves.toBe(
    'No enviada: su rol no tiene ningún webhook configurado.',
  );
  await item
    .getByRole('link', { name: `Abrir el gráfico de ${kpiEs(red.facts.kpi.key, red.facts.kpi.name)}` })
    .waitFor();
  await page.getByRole('heading', { name: 'Webhooks por rol' }).waitFor();
  await page.locator('.webhook-row').first().getByRole('button', { name: 'Guardar' }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/alerts-es.png`, fullPage: true });

  await page.getByText('Valor atípico', { exact: true }).click();
  await page.waitForURL(/kind=outlier/);
  await page.locator('.alert-item[data-kind="outlier"]').first().waitFor();
  await expect(page.locator('.alert-item .alert-kind').first().textContent()).resolves.toContain('Valor atípico');
});

test('the printable review in Spanish: title block, table headers, statuses and health lines', async () => {
  const sc = scorecardSchema.parse(await getJson('/api/scorecard'));
  await page.goto(`${server.url}/review/print?week=${sc.week.label}`);
  await page.locator('.review-section').first().waitFor();
  await expect(page.locator('.review-header h1').textContent()).resolves.toBe(`Semana ${sc.week.label}`);
  const facts = await page.locator('.review-facts').textContent();
  expect(facts).toContain('Todos los segmentos');
  expect(facts).toContain('Impreso');
  await page.getByRole('button', { name: 'Imprimir…' }).waitFor();
  await page.getByRole('link', { name: 'Descargar CSV' }).waitFor();
  const first = page.locator('.review-section').first();
  await expect(first.locator('thead th').allTextContents()).resolves.toEqual([
    'KPI',
    'Valor',
    'Objetivo',
    'Estado',
    'Cambio frente a la semana anterior',
    'Datos',
  ]);
  // The first role's health line from its API counts, worded in Spanish (KPI is invariable).
  const h = sc.roles[0]?.health;
  if (!h) throw new Error('the demo has roles');
  const health = h.withTarget === 0 ? 'Sin objetivos' : `${h.green} de ${h.withTarget} en objetivo`;
  await expect(first.locator('.review-health').textContent()).resolves.toBe(`${health} · ${h.total} KPI`);
  const words = await page.locator('.review-section .status-word').allTextContents();
  expect(
    words.every((w) => /^(En objetivo|Cerca del objetivo|Fuera de objetivo|Sin objetivo|Sin datos)$/.test(w)),
  ).toBe(true);
  // The printed pages' footer is written for the language shown.
  const css = await page.locator('.review-print style').textContent();
  expect(css).toContain('content: "Página " counter(page) " de " counter(pages)');
  await page.screenshot({ path: `${ARTIFACTS}/review-print-es.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${ARTIFACTS}/review-print-es.pdf`, preferCSSPageSize: true, format: 'A4' });
  await page.emulateMedia({ media: null });
});
