import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotationSchema } from '../../shared/annotations.js';
import { addDays, shiftWeek } from '../../shared/period.js';
import { weekReviewSchema } from '../../shared/reviews.js';
import { type Scorecard, scorecardSchema } from '../../shared/schemas.js';
import { ARTIFACTS, launchBrowser, signedInPage } from '../helpers/browser.js';
import { type RunningServer, startServer } from '../helpers/server.js';

/**
 * The weekly review's record in the browser, on the demo data: a note on a role card, marking
 * the week reviewed and a later correction shown as "changed since review", and an annotation
 * marked from the role page appearing on the related chart only.
 */
let server: RunningServer;
let browser: Browser;
let lastWeek: Scorecard;

const getJson = async (path: string) => (await server.api(path)).json();
const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const rowOf = (sc: Scorecard, kpi: string) => sc.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === kpi);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  lastWeek = scorecardSchema.parse(await getJson('/api/scorecard'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageAs(email: string): Promise<Page> {
  const page = await signedInPage(browser, server.url, { viewport: { width: 1280, height: 900 } }, email);
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

describe('review notes and reviewed weeks', () => {
  test('a note written on a role card shows its count and text on the overview, for everyone', async () => {
    const head = await pageAs('head@demo.rolecard');
    await head.goto(server.url);
    const card = head.locator('.role-card[data-role="marketing_manager"]');
    await card.locator('.role-notes > summary').click();
    await card.getByLabel('About').selectOption({ label: 'Sessions' });
    await card
      .getByLabel('Note', { exact: true })
      .fill('Traffic dipped while the newsletter was paused; back on Monday?');
    await card.getByRole('button', { name: 'Add note' }).click();
    const summary = card.locator('.role-notes > summary');
    await summary.filter({ hasText: '1 note' }).waitFor();
    await expect(summary.textContent()).resolves.toContain(
      'Hanna Head (Head of Digital): “Traffic dipped while the newsletter was paused; back on Monday?”',
    );
    await expect(card.locator('.note .pill').textContent()).resolves.toBe('Sessions');
    await card.screenshot({ path: `${ARTIFACTS}/reviews-card-note.png` });

    // A viewer reads it, and is offered no form.
    const viewer = await pageAs('viewer@demo.rolecard');
    await viewer.goto(server.url);
    const seen = viewer.locator('.role-card[data-role="marketing_manager"] .role-notes > summary');
    await seen.filter({ hasText: '1 note' }).waitFor();
    await seen.click();
    await expect(viewer.locator('.role-card[data-role="marketing_manager"] .note-body').textContent()).resolves.toBe(
      'Traffic dipped while the newsletter was paused; back on Monday?',
    );
    await expect(viewer.locator('.note-form').count()).resolves.toBe(0);
    await expect(viewer.getByRole('button', { name: 'Mark week reviewed' }).count()).resolves.toBe(0);
  });

  test('after the week is marked reviewed, a correction shows as “changed since review: was …”', async () => {
    const head = await pageAs('head@demo.rolecard');
    await head.goto(server.url);
    await head.getByRole('button', { name: 'Mark week reviewed' }).click();
    const badge = head.locator('.review-badge.is-reviewed');
    await badge.waitFor();
    await expect(badge.textContent()).resolves.toMatch(/^✓ Reviewed on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} by Hanna Head/);
    await expect(head.locator('.kpi-changed').count()).resolves.toBe(0);

    // A late export adds 1,000 business-wide sessions to the Wednesday of the reviewed week.
    const sessionsBefore = rowOf(lastWeek, 'sessions')?.value ?? 0;
    const wednesday = addDays(lastWeek.week.start, 2);
    const res = await server.api('/api/ingest', {
      method: 'POST',
      body: JSON.stringify({ items: [{ measure: 'sessions', date: wednesday, value: 1000 }] }),
    });
    expect(res.status).toBe(201);
    const review = weekReviewSchema.parse(await getJson(`/api/reviews/${lastWeek.week.label}`));
    // Every KPI with sessions in its formula moved, and nothing else.
    expect(review.changes.map((c) => c.kpi).sort()).toEqual([
      'avg_time_on_site',
      'bounce_rate',
      'conversion_rate',
      'sessions',
    ]);
    expect(review.changes.find((c) => c.kpi === 'sessions')).toMatchObject({
      reviewedValue: sessionsBefore,
      currentValue: sessionsBefore + 1000,
    });

    await head.reload();
    const marker = head.locator('.kpi-line[data-kpi="sessions"] .kpi-changed');
    await marker.waitFor();
    await expect(marker.textContent()).resolves.toBe(`↺ Changed since review: was ${grouped(sessionsBefore)}`);
    await expect(head.locator('.kpi-line[data-kpi="sessions"] .kpi-value').textContent()).resolves.toBe(
      grouped(sessionsBefore + 1000),
    );
    await expect(head.locator('.kpi-changed').count()).resolves.toBe(4);
    await expect(head.locator('.review-badge.is-changed').textContent()).resolves.toBe('↺ 4 KPIs changed since review');
    await head.screenshot({ path: `${ARTIFACTS}/reviews-overview.png`, fullPage: true });

    // Notes of a reviewed week are locked: no edit or delete buttons, even for their author.
    await head.locator('.role-card[data-role="marketing_manager"] .role-notes > summary').click();
    await expect(head.locator('.role-card[data-role="marketing_manager"] .note-actions').count()).resolves.toBe(0);
  });
});

describe('annotations', () => {
  test('an event marked on the role page shows on its KPI’s chart, not on the other charts of the role', async () => {
    const head = await pageAs('head@demo.rolecard');
    await head.goto(`${server.url}/roles/ecommerce_manager`);
    await head.locator('#kpi-conversion_rate .recharts-surface').waitFor();
    // The Wednesday three weeks before the last complete week (the demo's own events are elsewhere).
    const eventWeek = shiftWeek(lastWeek.week, -3);
    const day = addDays(eventWeek.start, 2);
    const form = head.locator('.annotation-form');
    await form.getByLabel('What happened').fill('Payment provider switch');
    await form.getByLabel('First day').fill(day);
    await form.getByLabel('Applies to').selectOption({ label: 'Conversion rate only' });
    await form.getByLabel('Note (optional)').fill('Card payments moved to the new provider');
    await form.getByRole('button', { name: 'Mark event' }).click();
    await form.getByText('is marked on the charts it relates to').waitFor();

    const conv = head.locator('#kpi-conversion_rate');
    const item = conv.locator('.annotation-list li', { hasText: 'Payment provider switch' });
    await item.waitFor();
    await expect(item.locator('.pill').textContent()).resolves.toBe('Conversion rate');
    await expect(item.textContent()).resolves.toContain('Card payments moved to the new provider');
    // A one-day event on a weekly chart: a line (zero width, so "attached", not "visible") on the
    // week holding that Wednesday, labelled with the event's number in the list under the chart.
    const n = await item.locator('.annotation-n').textContent();
    const line = conv.locator(`.annotation-mark line[x="${eventWeek.label}"]`);
    await line.waitFor({ state: 'attached' });
    await expect(conv.locator('.annotation-label').allTextContents()).resolves.toContain(n);
    await expect(head.locator('#kpi-aov .annotation-list').textContent()).resolves.not.toContain('Payment provider');
    await expect(head.locator(`#kpi-aov .annotation-mark line[x="${eventWeek.label}"]`).count()).resolves.toBe(0);
    await conv.screenshot({ path: `${ARTIFACTS}/reviews-annotation-chart.png` });

    // A business-wide range (admin, through the API) marks every chart, as an area on a daily chart.
    const created = await server.api('/api/annotations', {
      method: 'POST',
      body: JSON.stringify({ title: 'Warehouse stock-out', start: addDays(day, 1), end: addDays(day, 3) }),
    });
    expect(created.status).toBe(201);
    annotationSchema.parse(await created.json());
    await head.goto(`${server.url}/roles/logistics?grain=day`);
    const otd = head.locator('#kpi-on_time_delivery_rate');
    const area = otd.locator('.recharts-reference-area.annotation-mark path');
    await area.waitFor();
    await expect(area.getAttribute('x1')).resolves.toBe(addDays(day, 1));
    await expect(area.getAttribute('x2')).resolves.toBe(addDays(day, 3));
    await expect(otd.locator('.annotation-list').textContent()).resolves.toContain('Warehouse stock-out');
    await head.screenshot({ path: `${ARTIFACTS}/reviews-role-page.png`, fullPage: true });
  });

  test('a viewer sees the markers but no form; an owner may not mark business-wide events', async () => {
    const viewer = await pageAs('viewer@demo.rolecard');
    await viewer.goto(`${server.url}/roles/ecommerce_manager`);
    await viewer.locator('#kpi-conversion_rate .annotation-mark').first().waitFor({ state: 'attached' });
    await expect(viewer.locator('.annotation-form').count()).resolves.toBe(0);
    await expect(viewer.locator('.annotation-list button').count()).resolves.toBe(0);

    const owner = await pageAs('marketing@demo.rolecard');
    await owner.goto(`${server.url}/roles/marketing_manager`);
    const scope = owner.locator('.annotation-form').getByLabel('Applies to');
    await scope.waitFor();
    const options = await scope.locator('option').allTextContents();
    expect(options).toContain('All of Marketing Manager');
    expect(options).not.toContain('The whole business');
  });
});
