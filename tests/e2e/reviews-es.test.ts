import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '../../shared/period.js';
import { scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * The weekly review's record in Spanish, on the demo data (server/reviews/demo.ts): the
 * incident week (the last complete one) has a note from the Head of Digital and Sofia
 * Service's reply on Customer Service, and is not reviewed yet.
 */
let server: RunningServer;
let browser: Browser;

const getJson = async (path: string) => (await server.api(path)).json();
/** Spanish dates as Intl writes them, hand-listed: "18 mar 2026", September is "sept". */
const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const longDateEs = (day: string) =>
  `${Number(day.slice(8))} ${MONTHS_ES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const TIME_ES = String.raw`\d{1,2} [a-z]{3,4} \d{4}, \d{1,2}:\d{2}`;

beforeAll(async () => {
  // A Spanish team's installation: review times read in its zone, whatever the machine's.
  [server, browser] = await Promise.all([startServer({ ROLECARD_TZ: 'Europe/Madrid' }), launchBrowser()]);
});
afterAll(async () => Promise.all([browser?.close(), server?.stop()]));

async function spanishPage(): Promise<Page> {
  const page = await signedInPage(browser, server.url, { locale: 'es-ES', viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

test('a Spanish browser reads the notes on a role card and the reviewed badge in Spanish', async () => {
  // The default catalog's names in Spanish (shared/i18n/catalog.es.ts), written out.
  const roleName = 'Servicio al cliente';
  const es = await spanishPage();
  try {
    await es.goto(server.url);
    await es.locator('.review-badge', { hasText: 'Aún sin revisar' }).waitFor();
    const card = es.locator('.role-card[data-role="customer_service"]');
    const summary = card.locator('.role-notes > summary');
    // The demo's note and reply: two notes, the latest (Sofia's reply) previewed.
    await summary.filter({ hasText: '2 notas' }).waitFor();
    await expect(summary.textContent()).resolves.toContain('Sofia Service: “Tickets doubled on Tuesday and Wednesday');
    await summary.click();
    await expect(card.locator('.note-kind').allTextContents()).resolves.toEqual(['Nota', 'Respuesta']);
    for (const time of await card.locator('.note-meta time').allTextContents())
      expect(time.replace(/\s/g, ' ')).toMatch(new RegExp(`^${TIME_ES}$`));
    // The Head of Digital may delete both and edit her own note.
    await expect(card.getByRole('button', { name: 'Eliminar' }).count()).resolves.toBe(2);
    await expect(card.getByRole('button', { name: 'Editar' }).count()).resolves.toBe(1);
    await expect(card.getByLabel('Sobre').locator('option').first().textContent()).resolves.toBe(
      `${roleName} en conjunto`,
    );
    await card.getByLabel('Nota', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Añadir nota' }).waitFor();
    await card.screenshot({ path: `${ARTIFACTS}/reviews-card-es.png` });

    await es.getByRole('button', { name: 'Marcar la semana como revisada' }).click();
    const badge = es.locator('.review-badge.is-reviewed');
    await badge.waitFor();
    expect((await badge.textContent())?.replace(/\s/g, ' ')).toMatch(
      new RegExp(`^✓ Revisada el ${TIME_ES} por Hanna Head`),
    );
    await es.getByRole('button', { name: 'Reabrir la semana' }).waitFor();
    await es.screenshot({ path: `${ARTIFACTS}/reviews-overview-es.png`, fullPage: true });
  } finally {
    await es.context().close();
  }
});

test('a Spanish browser reads an annotation list and the event form in Spanish', async () => {
  const roleName = 'Gestor de e-commerce';
  const conversion = 'Tasa de conversión';
  // A business-wide one-day event on the Wednesday of the last complete week: on every chart.
  const lastWeek = scorecardSchema.parse(await getJson('/api/scorecard'));
  const day = addDays(lastWeek.week.start, 2);
  const created = await server.api('/api/annotations', {
    method: 'POST',
    body: JSON.stringify({ title: 'Cambio de tarifas de envío', start: day }),
  });
  expect(created.status).toBe(201);
  const es = await spanishPage();
  try {
    await es.goto(`${server.url}/roles/ecommerce_manager`);
    const item = es.locator('#kpi-conversion_rate .annotation-list li', { hasText: 'Cambio de tarifas de envío' });
    await item.waitFor();
    await expect(item.locator('.pill').textContent()).resolves.toBe('Todo el negocio');
    await expect(item.locator('.annotation-days').textContent()).resolves.toBe(longDateEs(day));
    await expect(
      item.getByRole('button', { name: 'Eliminar “Cambio de tarifas de envío”' }).textContent(),
    ).resolves.toBe('Eliminar');

    const form = es.locator('.annotation-form');
    await form.getByRole('heading', { name: 'Marcar un evento' }).waitFor();
    await form.getByLabel('Qué pasó').waitFor();
    await form.getByLabel('Último día (opcional)').waitFor();
    const options = await form.getByLabel('Se aplica a').locator('option').allTextContents();
    expect(options[0]).toBe(`Todo el rol ${roleName}`);
    expect(options).toContain(`Solo ${conversion}`);
    expect(options.at(-1)).toBe('Todo el negocio');
    await form.getByRole('button', { name: 'Marcar evento' }).waitFor();
    await es.screenshot({ path: `${ARTIFACTS}/reviews-role-page-es.png`, fullPage: true });
  } finally {
    await es.context().close();
  }
});
