import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Pacing, pacingSchema, type RevenueInsight, revenueInsightSchema } from '../../shared/insights.js';
import { parseWeek, shiftWeek, type Week } from '../../shared/period.js';
import { catalogResponseSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * "What moved revenue" on the overview and "Month and quarter to date" on a role page, on the
 * demo data in Chromium. Expected numbers are recomputed here from the weekly sums the API
 * reports (LMDI by its definition), not read from the split the server made.
 */

let server: RunningServer;
let browser: Browser;
let page: Page;

const getJson = async (path: string) => (await server.api(path)).json();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await signedInPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    throw e;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** "−8.2%" / "+0.9 pts" the way a reader writes a signed one-decimal number; one that rounds to zero is "±0.0". */
const signed = (v: number, unit: string) => {
  const digits = Math.abs(v).toFixed(1);
  return `${digits === '0.0' ? '±' : v < 0 ? '−' : '+'}${digits}${unit}`;
};
/** The words beside a factor's arrow: a factor that rounds to zero had no effect. */
const effect = (v: number) =>
  Math.abs(v).toFixed(1) === '0.0' ? /▬.*no effect/ : v < 0 ? /▼.*lowered revenue/ : /▲.*raised revenue/;

/** LMDI-I points of each factor from two weeks' sums: L(R1, R0)·ln(x1/x0) / R0 × 100. */
function lmdiPoints(b: { sessions: number; orders: number; revenue: number }, c: typeof b) {
  const l = (c.revenue - b.revenue) / Math.log(c.revenue / b.revenue);
  const ratios = [
    c.sessions / b.sessions,
    c.orders / c.sessions / (b.orders / b.sessions),
    c.revenue / c.orders / (b.revenue / b.orders),
  ];
  return ratios.map((r) => ((l * Math.log(r)) / b.revenue) * 100);
}

async function checkPanel(insight: RevenueInsight) {
  const catalog = catalogResponseSchema.parse(await getJson('/api/catalog'));
  const roleOf = (kpi: string) => {
    const key = catalog.kpis.find((k) => k.key === kpi)?.role;
    return catalog.roles.find((r) => r.key === key)?.name;
  };
  for (const c of insight.comparisons) {
    const row = page.locator(`.revenue-row[data-against="${c.against}"]`);
    await expect(row.locator('.revenue-base').textContent()).resolves.toBe(c.baseWeek.label);
    if (!c.available) {
      await expect(row.locator('.revenue-reason').textContent()).resolves.toBe(`Not available — ${c.reason}`);
      continue;
    }
    // Revenue % change from the sums: (R1 − R0) / R0.
    const pct = ((c.current.revenue - c.base.revenue) / c.base.revenue) * 100;
    await expect(row.locator('.revenue-total').textContent()).resolves.toContain(`Revenue ${signed(pct, '%')}`);
    const points = lmdiPoints(c.base, c.current);
    for (const [i, [factor, kpi]] of (
      [
        ['traffic', 'sessions'],
        ['conversion', 'conversion_rate'],
        ['aov', 'aov'],
      ] as const
    ).entries()) {
      const chip = row.locator(`[data-factor="${factor}"] a`);
      const text = (await chip.textContent()) ?? '';
      expect(text).toContain(signed(points[i] ?? Number.NaN, ' pts'));
      expect(text).toContain(`· ${roleOf(kpi)}`);
      // The good-or-bad colour has words too: an arrow and "raised/lowered revenue".
      expect(text).toMatch(effect(points[i] ?? 0));
    }
  }
}

test('the overview explains the revenue change against last week and a year ago, per role', async () => {
  const insight = revenueInsightSchema.parse(await getJson('/api/insights/revenue'));
  await page.goto(server.url);
  await page.locator('.revenue-row').first().waitFor();
  // The panel sits above the attention strip; each has its own query, so wait for both.
  await page.locator('.attention').waitFor();
  const order = await page.evaluate(() => {
    const panel = document.querySelector('.revenue-panel');
    const strip = document.querySelector('.attention');
    return panel && strip ? panel.compareDocumentPosition(strip) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await checkPanel(insight);
  await page.locator('.revenue-panel').screenshot({ path: `${ARTIFACTS}/revenue-panel.png` });
  await page.screenshot({ path: `${ARTIFACTS}/overview-revenue.png`, fullPage: true });

  // A factor opens its KPI's chart on the owning role's page.
  await page.locator('.revenue-row[data-against="previous_week"] [data-factor="conversion"] a').click();
  await page.waitForURL(/\/roles\/ecommerce_manager\?.*kpi=conversion_rate/);
  await page.locator('#kpi-conversion_rate.is-focused').waitFor();
});

test('the panel follows the selected week and segment', async () => {
  const config = (await getJson('/api/config')) as { lastCompleteWeek: string };
  const year = Number(config.lastCompleteWeek.slice(0, 4));
  const week = `${year}-W${config.lastCompleteWeek.slice(6) === '01' ? '02' : '01'}`;
  const insight = revenueInsightSchema.parse(await getJson(`/api/insights/revenue?week=${week}&segment=shop_nl`));
  await page.goto(`${server.url}/?week=${week}&segment=shop_nl`);
  await page.locator(`.revenue-row[data-against="previous_week"] .revenue-base`).waitFor();
  await expect(page.locator('.revenue-row[data-against="previous_week"] .revenue-base').textContent()).resolves.toBe(
    insight.comparisons[0]?.baseWeek.label,
  );
  await checkPanel(insight);

  // The week still running compares a few days with a whole week, and says so.
  const running = shiftWeek(parseWeek(config.lastCompleteWeek) as Week, 1).label;
  const partial = revenueInsightSchema.parse(await getJson(`/api/insights/revenue?week=${running}`));
  await page.goto(`${server.url}/?week=${running}`);
  const row = page.locator('.revenue-row[data-against="previous_week"]');
  await row.waitFor();
  const c = partial.comparisons[0];
  if (c?.available)
    await expect(row.locator('.revenue-note').textContent()).resolves.toBe(
      `Partial: ${running} has data on ${c.current.days} of 7 days.`,
    );
  else await expect(row.locator('.revenue-reason').textContent()).resolves.toContain(`for ${running}`); // a Monday
  await page.locator('.revenue-panel').screenshot({ path: `${ARTIFACTS}/revenue-panel-partial.png` });
});

test('a role page shows month and quarter to date against the API', async () => {
  const pacing: Pacing = pacingSchema.parse(await getJson('/api/insights/pacing?role=marketing_manager'));
  await page.goto(`${server.url}/roles/marketing_manager`);
  const table = page.locator('.pacing-table');
  await table.waitFor();
  const sessions = pacing.month.kpis.find((k) => k.kpi.key === 'sessions');
  if (!sessions?.target || sessions.toDate === null)
    throw new Error('the demo has sessions with a target this month (unless today is the 1st)');
  const cell = table.locator('tr[data-kpi="sessions"] td[data-period="month"]');
  await expect(cell.getAttribute('data-status')).resolves.toBe(sessions.status);
  const word = { on_pace: 'On pace', at_risk: 'At risk', off_pace: 'Off pace' }[sessions.status as 'on_pace'];
  await expect(cell.locator('.status-word').textContent()).resolves.toBe(word);
  // Projection by hand: the sum to date per day with data, times the days of the month.
  const projection = (sessions.toDate / sessions.daysWithData) * pacing.month.totalDays;
  const pct = Math.round((projection / sessions.target.value) * 100);
  // Read together, badge and words say e.g. "On pace for 103% of target" / "At risk heading for 96% of target".
  await expect(cell.locator('.pace-words').textContent()).resolves.toMatch(
    new RegExp(
      `^${sessions.status === 'on_pace' ? 'for' : 'heading for'} ${pct === 100 ? '(99|100)(\\.\\d)?' : pct}% of target$`,
    ),
  );
  await expect(cell.locator('.pace-detail').textContent()).resolves.toContain(
    `${Math.round(projection).toLocaleString('en-US')} by month end · target ${Math.round(sessions.target.value).toLocaleString('en-US')}`,
  );
  await expect(table.locator('thead th[data-period="quarter"]').textContent()).resolves.toContain(
    `${pacing.quarter.elapsedDays} of ${pacing.quarter.totalDays} days`,
  );
  await page.locator('.pacing').screenshot({ path: `${ARTIFACTS}/role-pacing.png` });
  // Every E-commerce KPI with a target has a row, with the status the API gives.
  const ecommerce = pacingSchema.parse(await getJson('/api/insights/pacing?role=ecommerce_manager'));
  await page.goto(`${server.url}/roles/ecommerce_manager`);
  await table.waitFor();
  const rows = ecommerce.month.kpis.filter((k) => k.target !== null);
  expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kpi')))).toEqual(
    rows.map((k) => k.kpi.key),
  );
  for (const k of rows)
    await expect(
      table.locator(`tr[data-kpi="${k.kpi.key}"] td[data-period="month"]`).getAttribute('data-status'),
    ).resolves.toBe(k.status);
  await page.locator('.pacing').screenshot({ path: `${ARTIFACTS}/role-pacing-ecommerce.png` });
});

test('at 375 px the insights fit without sideways scrolling', async () => {
  const phone = await signedInPage(browser, server.url, { viewport: { width: 375, height: 812 } });
  const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  try {
    await phone.goto(`${server.url}/roles/ecommerce_manager`);
    await phone.locator('.pacing-table').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.locator('.pacing').screenshot({ path: `${ARTIFACTS}/role-pacing-375.png` });
    await phone.goto(server.url);
    await phone.locator('.revenue-row').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.locator('.revenue-panel').screenshot({ path: `${ARTIFACTS}/revenue-panel-375.png` });
  } finally {
    await phone.close();
  }
});
