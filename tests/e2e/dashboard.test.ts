import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Scorecard, scorecardSchema, seriesSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { percentDigits } from '../helpers/percent.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * The read-only views on the demo data: overview, week picker, attention strip, role page
 * charts and tooltips, small screens. Writes are in dashboard-catalog.test.ts (own server).
 */

let server: RunningServer;
let browser: Browser;
let page: Page;
let lastWeek: Scorecard;

const getJson = async (path: string) => (await server.api(path)).json();
const scorecard = async (q = '') => scorecardSchema.parse(await getJson(`/api/scorecard${q}`));
/** "16 Nov" the way a person writes it, independent of the app's formatter. */
const dayMonth = (date: string) =>
  `${Number(date.slice(8, 10))} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][Number(date.slice(5, 7)) - 1]}`;
/** Intl separates a range's ends with thin spaces; compare with plain ones. */
const spaced = (s: string | null) => (s ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ');
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  // Record layout shifts (CLS) from the first paint, to check nothing jumps when data arrives.
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page.on('pageerror', (e) => {
    throw e;
  });
  lastWeek = await scorecard();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openOverview(query = '') {
  await page.goto(`${server.url}/${query}`);
  await page.locator('.role-card').first().waitFor();
}

test('the overview shows every role card with the API values, statuses and health for the last complete week', async () => {
  await openOverview();
  await expect(page.locator('.week-title').textContent()).resolves.toBe(`Week ${lastWeek.week.label}`);
  // Intl's range format writes what the two ends share once: "23 – 29 Nov 2026", "28 Sept – 4 Oct 2026".
  const [start, end] = [lastWeek.week.start, lastWeek.week.end];
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  expect(spaced(await page.locator('.week-dates').textContent())).toBe(
    `${sameMonth ? Number(start.slice(8)) : dayMonth(start)} – ${dayMonth(end)} ${end.slice(0, 4)}`,
  );
  expect(await page.locator('.role-card').count()).toBe(8);
  for (const r of lastWeek.roles) {
    const card = page.locator(`.role-card[data-role="${r.role.key}"]`);
    await expect(card.getByRole('heading', { name: r.role.name }).count()).resolves.toBe(1);
    await expect(card.locator('.health').textContent()).resolves.toBe(
      `${r.health.green} of ${r.health.withTarget} on target`,
    );
    for (const k of r.kpis) {
      const line = card.locator(`[data-kpi="${k.kpi.key}"]`);
      await expect(line.getAttribute('data-status')).resolves.toBe(k.status);
    }
  }
  // Values by hand from the sums behind them: conversion = orders / sessions, up to 2 decimals.
  const conv = lastWeek.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'conversion_rate');
  if (!conv?.numerator || !conv.denominator) throw new Error('demo has conversion data');
  const convText = `${percentDigits(conv.numerator, conv.denominator)}%`;
  await expect(page.locator('.role-card [data-kpi="conversion_rate"] .kpi-value').textContent()).resolves.toBe(
    convText,
  );
  const sessions = lastWeek.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'sessions');
  await expect(page.locator('.role-card [data-kpi="sessions"] .kpi-value').textContent()).resolves.toBe(
    grouped(sessions?.value ?? Number.NaN),
  );
  // Status is icon + word, not colour alone; change arrows say better/worse in words too.
  await expect(page.locator('.role-card [data-kpi="conversion_rate"] .status-word').textContent()).resolves.toBe(
    'Off target',
  );
  const better = conv.change?.better ? 'better' : 'worse';
  await expect(page.locator('.role-card [data-kpi="conversion_rate"] .change').textContent()).resolves.toContain(
    better,
  );
  await expect(
    page.locator('.role-card [data-kpi="conversion_rate"] .sparkline path').count(),
  ).resolves.toBeGreaterThan(0);
  // Skeletons have the final size: "good" cumulative layout shift is below 0.1.
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  expect(cls).toBeLessThan(0.1);
  // The perf benchmark reads this mark: set once, when the first card rendered.
  await expect(
    page.evaluate(() => performance.getEntriesByName('rolecard:first-scorecard', 'mark').length),
  ).resolves.toBe(1);
  await page.screenshot({ path: `${ARTIFACTS}/overview.png`, fullPage: true });
  const dark = await signedInPage(browser, server.url, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await dark.goto(`${server.url}/roles/customer_service`);
  await dark.locator('.recharts-surface').first().waitFor();
  const bg = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 18, 23)'); // the dark theme follows the system
  await dark.screenshot({ path: `${ARTIFACTS}/role-dark.png`, fullPage: true });
  await dark.close();
});

test('"needs attention" lists red KPIs first, then amber, as the API rates them', async () => {
  await openOverview();
  const rows = lastWeek.roles.flatMap((r) => r.kpis);
  const expected = [
    ...rows.filter((k) => k.status === 'red').map((k) => k.kpi.key),
    ...rows.filter((k) => k.status === 'amber').map((k) => k.kpi.key),
  ];
  const shown = await page
    .locator('.attention-list > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi')));
  expect(shown).toEqual(expected);
  // The demo's planted problems for the last complete week.
  for (const key of ['conversion_rate', 'bounce_rate', 'first_response_time', 'stockout_rate'])
    expect(rows.find((k) => k.kpi.key === key)?.status).toBe('red');
  expect(expected.slice(0, 4)).toEqual(expect.arrayContaining(['conversion_rate', 'bounce_rate']));
});

test('the week picker and the URL change the week, and the cards follow', async () => {
  await openOverview();
  const prev = lastWeek.previousWeek;
  await page.getByRole('button', { name: 'Previous week' }).click();
  await page.locator('.week-title', { hasText: `Week ${prev.label}` }).waitFor();
  expect(new URL(page.url()).searchParams.get('week')).toBe(prev.label);
  const prevApi = await scorecard(`?week=${prev.label}`);
  const bounce = prevApi.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'bounce_rate');
  await page.locator(`.role-card [data-kpi="bounce_rate"][data-status="${bounce?.status}"]`).waitFor();
  // The previous week's conversion, by hand from its sums.
  const conv = prevApi.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'conversion_rate');
  await expect(page.locator('.role-card [data-kpi="conversion_rate"] .kpi-value').textContent()).resolves.toBe(
    `${percentDigits(conv?.numerator ?? 0, conv?.denominator ?? 1)}%`,
  );
  // Next goes back; the last complete week is the default, so the URL drops ?week.
  await page.getByRole('button', { name: 'Next week' }).click();
  await page.locator('.week-title', { hasText: `Week ${lastWeek.week.label}` }).waitFor();
  // The native week input.
  await page.getByLabel('Choose a week').fill('2026-W40');
  await page.locator('.week-title', { hasText: 'Week 2026-W40' }).waitFor();
  expect(spaced(await page.locator('.week-dates').textContent())).toBe('28 Sept – 4 Oct 2026'); // en-GB abbreviates September as Sept
  // Straight from a shared link, and a reload shows the same view.
  await openOverview('?week=2026-W44&segment=shop_es');
  await page.locator('.week-title', { hasText: 'Week 2026-W44' }).waitFor();
  const es = await scorecard('?week=2026-W44&segment=shop_es');
  const aov = es.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'sessions');
  await expect(page.locator('.role-card [data-kpi="sessions"] .kpi-value').textContent()).resolves.toBe(
    grouped(aov?.value ?? Number.NaN),
  );
  await page.reload();
  await page.locator('.week-title', { hasText: 'Week 2026-W44' }).waitFor();
  await expect(page.getByLabel('Segment').inputValue()).resolves.toBe('shop_es');
});

test('stale and incomplete inputs are flagged on the cards of the Dutch store', async () => {
  const nl = await scorecard('?segment=shop_nl');
  const csat = nl.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'csat');
  const last = csat?.inputs[0]?.lastDate;
  expect(last && last < nl.week.start).toBe(true);
  await openOverview('?segment=shop_nl');
  const flags = page.locator('.role-card .flags');
  await flags.getByText(`CSAT: no data since ${dayMonth(last ?? '')}`).waitFor();
  // Two days of landing-page data never arrived for the Dutch store in that week.
  await flags.getByText('Landing page sessions: 5 of 7 days').waitFor();
});

test('a red KPI in "needs attention" opens its chart on the role page', async () => {
  await openOverview();
  await page.locator('.attention-list li[data-kpi="first_response_time"] a').click();
  await page.waitForURL(/\/roles\/customer_service\?kpi=first_response_time$/);
  const panel = page.locator('#kpi-first_response_time');
  await panel.locator('.recharts-surface').waitFor();
  await expect(panel.getAttribute('class')).resolves.toContain('is-focused');
  await expect(panel.getByRole('heading', { name: 'First response time' }).count()).resolves.toBe(1);
  const inView = await panel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight;
  });
  expect(inView).toBe(true);
});

test('hovering a chart point shows its exact value and the sums behind the ratio', async () => {
  await page.goto(`${server.url}/roles/ecommerce_manager`);
  const panel = page.locator('#kpi-conversion_rate');
  await panel.locator('.recharts-line-dots circle').first().waitFor();
  const series = seriesSchema.parse(await getJson('/api/kpis/conversion_rate/series?grain=week'));
  const dots = panel.locator('.recharts-line-dots circle');
  // The value line is drawn last, so its dots are the last group; 12 weekly points.
  expect(await dots.count()).toBe(12);
  const p = series.points[9];
  if (!p?.numerator || !p.denominator) throw new Error('demo has conversion data');
  const box = await dots.nth(9).boundingBox();
  if (!box) throw new Error('dot not drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = panel.locator('.chart-tooltip');
  await tip.waitFor();
  await expect(tip.locator('.tt-period').textContent()).resolves.toContain(p.period);
  await expect(tip.locator('.tt-ratio').textContent()).resolves.toBe(
    `${percentDigits(p.numerator, p.denominator)}% = ${grouped(p.numerator)} orders / ${grouped(p.denominator)} sessions`,
  );
  // The text summary states the latest value for screen readers.
  const last = series.points[11];
  await expect(panel.locator('.chart-summary').textContent()).resolves.toContain(
    `Latest ${percentDigits(last?.numerator ?? 0, last?.denominator ?? 1)}%`,
  );
  await page.screenshot({ path: `${ARTIFACTS}/role.png`, fullPage: true });
  // The keyboard reaches the same tooltips: focus a chart, step through points with arrows.
  await page.mouse.move(0, 0);
  const aov = page.locator('#kpi-aov');
  await aov.locator('.recharts-surface').focus();
  await page.keyboard.press('ArrowRight');
  await aov.locator('.chart-tooltip .tt-ratio').waitFor();
});

test('grain, range and table view live in the URL and match the series API', async () => {
  await page.goto(`${server.url}/roles/ecommerce_manager`);
  await page.locator('#kpi-aov .recharts-surface').waitFor();
  await page.getByRole('radio', { name: 'Month', exact: true }).check();
  await page.getByRole('radio', { name: '6 months' }).check();
  await page.getByRole('radio', { name: 'Table' }).check();
  await page.waitForURL(/grain=month/);
  const url = new URL(page.url());
  expect(url.searchParams.get('range')).toBe('6m');
  expect(url.searchParams.get('view')).toBe('table');
  // 6 months ending with the last complete week: from the 1st of the month 5 months earlier.
  const end = lastWeek.week.end;
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 5);
  const from = d.toISOString().slice(0, 10);
  const api = seriesSchema.parse(await getJson(`/api/kpis/aov/series?grain=month&from=${from}&to=${end}`));
  const rows = page.locator('#kpi-aov tbody tr');
  // The previous range's rows stay until the new ones arrive (keepPreviousData): wait for them.
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(api.points.length);
  // Newest first; AOV = net revenue / orders, in euros with cents.
  const newest = api.points[api.points.length - 1];
  await expect(rows.first().locator('th').textContent()).resolves.toBe(newest?.period);
  await expect(rows.first().locator('td').nth(2).textContent()).resolves.toBe(grouped(newest?.denominator ?? 0));
  await page.reload();
  await page.locator('#kpi-aov tbody tr').first().waitFor();
  await expect(page.getByRole('radio', { name: 'Month', exact: true }).isChecked()).resolves.toBe(true);
  // A custom range: the dates go to the URL and the table follows them.
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('From', { exact: true }).fill('2026-09-01');
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  await page.waitForURL(/from=2026-09-01.*to=2026-10-31|to=2026-10-31.*from=2026-09-01/);
  // September and October only (the previous range's rows stay until the new ones arrive).
  await page.locator('#kpi-aov tbody tr th', { hasText: '2026-11' }).waitFor({ state: 'detached' });
  await expect(page.locator('#kpi-aov tbody tr th').allTextContents()).resolves.toEqual(['2026-10', '2026-09']);
});

test('a role owner can make their role view the landing page', async () => {
  await page.goto(`${server.url}/roles/logistics?grain=day`);
  await page.getByRole('button', { name: /Set as my landing page/ }).click();
  await page.getByRole('button', { name: /My landing page/ }).waitFor();
  await page.goto(server.url);
  await page.waitForURL(/\/roles\/logistics\?grain=day$/);
  await page.getByRole('heading', { name: 'Logistics', level: 1 }).waitFor();
  // The Overview link still leads to the weekly review; un-set restores the default.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('.role-card').first().waitFor();
  await page.goto(`${server.url}/roles/logistics?grain=day`);
  await page.getByRole('button', { name: /My landing page/ }).click();
  await page.goto(server.url);
  await page.locator('.role-card').first().waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
});

test('a failed load shows an error with a retry, and a 4xx is not retried behind the user', async () => {
  let calls = 0;
  await page.route('**/api/scorecard?week=2026-W30', async (route) => {
    calls += 1;
    if (calls === 1)
      await route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'invalid_request', message: 'Injected failure.' } }),
      });
    else await route.continue();
  });
  await page.goto(`${server.url}/?week=2026-W30`);
  await page.getByRole('alert').getByText('Injected failure.').waitFor();
  expect(calls).toBe(1);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('.role-card').first().waitFor();
  expect(calls).toBe(2);
  await page.unroute('**/api/scorecard?week=2026-W30');
});

test('the keyboard reaches the week picker with a visible focus ring', async () => {
  await openOverview();
  await page.keyboard.press('Tab'); // skip link
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
  const prev = page.getByRole('button', { name: 'Previous week' });
  await prev.focus();
  const outline = await prev.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await page.locator('.week-title', { hasText: `Week ${lastWeek.previousWeek.label}` }).waitFor();
});

test('at 375 px wide no page scrolls sideways', async () => {
  const phone = await signedInPage(browser, server.url, { viewport: { width: 375, height: 812 } });
  try {
    for (const [path, ready] of [
      ['/', '.role-card'],
      ['/roles/web_experience', '.recharts-surface'],
      ['/catalog', '.catalog-kpi'],
    ] as const) {
      await phone.goto(`${server.url}${path}`);
      await phone.locator(ready).first().waitFor();
      const [scrollWidth, width] = await phone.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth, path).toBeLessThanOrEqual(width);
    }
    await phone.goto(server.url);
    await phone.locator('.role-card').first().waitFor();
    await phone.screenshot({ path: `${ARTIFACTS}/overview-375.png`, fullPage: true });
  } finally {
    await phone.close();
  }
});

test('a Spanish browser gets the weekly review and a role page in Spanish', async () => {
  const es = await signedInPage(browser, server.url, { locale: 'es-ES', viewport: { width: 1280, height: 900 } });
  es.on('pageerror', (e) => {
    throw e;
  });
  try {
    await es.goto(server.url);
    await es.getByRole('heading', { name: 'Revisión semanal', level: 1 }).waitFor();
    await es.locator('.role-card').first().waitFor();
    const r = lastWeek.roles.find((x) => x.health.withTarget > 0);
    if (!r) throw new Error('demo has targets');
    await expect(es.locator(`.role-card[data-role="${r.role.key}"] .health`).textContent()).resolves.toBe(
      `${r.health.green} de ${r.health.withTarget} en objetivo`,
    );
    await es.getByRole('heading', { name: /^Requiere atención/ }).waitFor();
    await es.getByRole('heading', { name: 'Qué movió los ingresos' }).waitFor();
    // The decimal comma and Spanish's spaced percent sign: orders / sessions, up to 2 decimals.
    const conv = lastWeek.roles.flatMap((x) => x.kpis).find((k) => k.kpi.key === 'conversion_rate');
    if (!conv?.numerator || !conv.denominator) throw new Error('demo has conversion data');
    const pct = percentDigits(conv.numerator, conv.denominator, ',');
    await expect(
      es.locator('.role-card [data-kpi="conversion_rate"] .kpi-value').textContent().then(spaced),
    ).resolves.toBe(`${pct} %`);
    await es.screenshot({ path: `${ARTIFACTS}/overview-es.png`, fullPage: true });

    await es.goto(`${server.url}/roles/ecommerce_manager`);
    await es.locator('#kpi-conversion_rate .chart-summary', { hasText: 'por semana' }).waitFor();
    await es.getByRole('radio', { name: 'Mes', exact: true }).waitFor();
    await es.getByRole('heading', { name: 'Mes y trimestre hasta la fecha' }).waitFor();
    await es.screenshot({ path: `${ARTIFACTS}/role-es.png`, fullPage: true });
  } finally {
    await es.context().close();
  }
});
