import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Scorecard, scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { percentDigits } from '../helpers/percent.js';
import { type RunningServer, startServer } from '../helpers/server.js';

let server: RunningServer;
let browser: Browser;
let lastWeek: Scorecard;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  lastWeek = scorecardSchema.parse(await (await server.api('/api/scorecard')).json());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Intl puts no-break and thin spaces where a person types a space. */
const plain = (s: string | null) => (s ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ').trim();

/*
 * What a reader of each language expects, written out by hand (not by the app's formatter):
 * the heading, the default catalog's KPI name in the source documents' terms, the decimal
 * mark and percent spacing, and the month abbreviations of a week's dates.
 */
const LANGUAGES = [
  {
    locale: 'en-GB',
    heading: 'Weekly review',
    kpi: 'Conversion rate',
    percent: (n: string) => `${n}%`,
    decimal: '.',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    sameMonth: (a: number, b: number, m: string, y: string) => `${a} – ${b} ${m} ${y}`,
    padCrossMonth: false,
  },
  {
    locale: 'es-ES',
    heading: 'Revisión semanal',
    kpi: 'Tasa de conversión',
    percent: (n: string) => `${n} %`,
    decimal: ',',
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    sameMonth: (a: number, b: number, m: string, y: string) => `${a}–${b} ${m} ${y}`,
    padCrossMonth: false,
  },
  {
    locale: 'it-IT',
    heading: 'Revisione settimanale',
    kpi: 'Tasso di conversione',
    percent: (n: string) => `${n}%`,
    decimal: ',',
    months: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    sameMonth: (a: number, b: number, m: string, y: string) => `${a}–${b} ${m} ${y}`,
    // Italian's range pattern writes the second day with two digits: "28 set – 04 ott 2026".
    padCrossMonth: true,
  },
  {
    locale: 'nl-NL',
    heading: 'Weekreview',
    kpi: 'Conversieratio',
    percent: (n: string) => `${n}%`,
    decimal: ',',
    months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    sameMonth: (a: number, b: number, m: string, y: string) => `${a}–${b} ${m} ${y}`,
    padCrossMonth: false,
  },
] as const;

type Language = (typeof LANGUAGES)[number];

function weekDates(l: Language, start: string, end: string): string {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  const month = (m: number) => l.months[m - 1] ?? '';
  if (y1 === y2 && m1 === m2) return l.sameMonth(d1, d2, month(m1), String(y1));
  const second = l.padCrossMonth ? String(d2).padStart(2, '0') : String(d2);
  if (y1 === y2) return `${d1} ${month(m1)} – ${second} ${month(m2)} ${y2}`;
  return `${d1} ${month(m1)} ${y1} – ${second} ${month(m2)} ${y2}`;
}

test.each(LANGUAGES)('the overview in $locale: heading, KPI name, percentage and dates', async (l) => {
  const page = await signedInPage(browser, server.url, { locale: l.locale, viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(server.url);
  await page.getByRole('heading', { name: l.heading, level: 1 }).waitFor();
  const card = page.locator('.role-card[data-role="ecommerce_manager"]');
  await card.locator('[data-kpi="conversion_rate"] .kpi-name', { hasText: l.kpi }).waitFor();

  // Conversion = orders / sessions of the week, as a percentage with two decimals.
  const conv = lastWeek.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'conversion_rate');
  if (!conv?.numerator || !conv.denominator) throw new Error('the demo has conversion data');
  const digits = percentDigits(conv.numerator, conv.denominator, l.decimal);
  expect(plain(await card.locator('[data-kpi="conversion_rate"] .kpi-value').textContent())).toBe(l.percent(digits));

  expect(plain(await page.locator('.week-dates').textContent())).toBe(
    weekDates(l, lastWeek.week.start, lastWeek.week.end),
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.locale.slice(0, 2));
  await page.screenshot({ path: `${ARTIFACTS}/overview-${l.locale.slice(0, 2)}.png`, fullPage: true });
  await page.context().close();
});

test('a language chosen in the user menu is kept on the account and follows the person', async () => {
  const page = await signedInPage(browser, server.url, { locale: 'en-GB' }, 'viewer@demo.rolecard');
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Weekly review', level: 1 }).waitFor();
  await page.locator('.user-menu > summary').click();
  await page.getByLabel('Language').selectOption('it');
  await page.getByRole('heading', { name: 'Revisione settimanale', level: 1 }).waitFor();
  await page.context().close();

  // Another device with a Dutch browser: the account's Italian wins.
  const other = await signedInPage(browser, server.url, { locale: 'nl-NL' }, 'viewer@demo.rolecard');
  await other.goto(server.url);
  await other.getByRole('heading', { name: 'Revisione settimanale', level: 1 }).waitFor();
  // Back to "browser default": Dutch.
  await other.locator('.user-menu > summary').click();
  await other.getByLabel('Lingua').selectOption('');
  await other.getByRole('heading', { name: 'Weekreview', level: 1 }).waitFor();
  await other.context().close();
});
