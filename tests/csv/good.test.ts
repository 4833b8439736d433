import { describe, expect, test } from 'vitest';
import { makeTestApp } from '../helpers/testApp.js';
import { importFixture, uploadFixture, weekly } from './helpers.js';

// Every expected value below is computed by hand from the fixture rows (see the comments).

describe('GA4 daily export', () => {
  test('comment lines, YYYYMMDD, percents, engagement time: weekly KPIs', async () => {
    const t = makeTestApp();
    const preview = await uploadFixture(t, 'good', 'ga4_daily.csv');
    expect(preview.detection).toMatchObject({ dateFormat: 'ymd_compact', delimiter: ',', headerRow: 10 });
    expect(preview.errorCount).toBe(0);
    // Engagement rate duplicates bounce rate (1 − bounce): proposed as ignored, with a note.
    expect(preview.mapping.find((c) => c.column === 'Engagement rate')?.role).toBe('ignore');
    expect(preview.counts).toMatchObject({ rows: 7, inserted: 28 });
    const r = await importFixture(t, 'ga4_daily.csv');
    expect(r.counts).toMatchObject({ rows: 7, inserted: 28, updated: 0 });
    // sessions 1000+2000+1500+1200+800+500+1000 = 8000
    expect(await weekly(t, '2026-W10', 'sessions')).toBe(8000);
    // bounced = 400+1000+660+546+300+300+420 = 3626 → 3626 / 8000
    expect(await weekly(t, '2026-W10', 'bounce_rate')).toBeCloseTo(0.45325, 10);
    // engaged s = 60000+180000+120000+84600+44000+20000+65000 = 573600 → / 8000 = 71.7 s
    expect(await weekly(t, '2026-W10', 'avg_time_on_site')).toBeCloseTo(71.7, 10);
    // key events → orders: 20+30+25+18+12+5+15 = 125 → 125 / 8000
    expect(await weekly(t, '2026-W10', 'conversion_rate')).toBeCloseTo(0.015625, 12);
  });

  test('the same export with engagement rate only: bounce = 1 − engagement', async () => {
    const t = makeTestApp();
    const preview = await uploadFixture(t, 'good', 'ga4_daily.csv');
    const mapping = preview.mapping.map((c) =>
      c.column === 'Bounce rate'
        ? { column: c.column, role: 'ignore' as const, targets: [] }
        : c.column === 'Engagement rate'
          ? {
              column: c.column,
              role: 'value' as const,
              targets: [{ kind: 'kpi' as const, key: 'bounce_rate' }],
              complement: true,
              rateAs: 'percent' as const,
            }
          : c,
    );
    const r = await t.request('POST', `/api/imports/uploads/${preview.uploadId}/commit`, { mapping });
    expect(r.status).toBe(201);
    expect(await weekly(t, '2026-W10', 'bounce_rate')).toBeCloseTo(0.45325, 10);
  });
});

test('GA4 rates written as fractions, and the old "Conversions" header, give the same week', async () => {
  const t = makeTestApp();
  const preview = await uploadFixture(t, 'good', 'ga4_fractions.csv');
  expect(preview.mapping.find((c) => c.column === 'Bounce rate')?.rateAs).toBe('fraction');
  expect(preview.mapping.find((c) => c.column === 'Conversions')?.targets).toEqual([
    { kind: 'measure', key: 'orders' },
  ]);
  await importFixture(t, 'ga4_fractions.csv');
  // same rows as ga4_daily.csv: bounced 3626 / 8000 sessions, 125 orders
  expect(await weekly(t, '2026-W10', 'bounce_rate')).toBeCloseTo(0.45325, 10);
  expect(await weekly(t, '2026-W10', 'conversion_rate')).toBeCloseTo(0.015625, 12);
});

describe('shop sales report', () => {
  test('currency symbols, CRLF, quoted thousands, totals row skipped and said so', async () => {
    const t = makeTestApp();
    const r = await importFixture(t, 'shop_sales.csv');
    expect(r.notes.some((n) => n.includes('totals row ("Total")'))).toBe(true);
    expect(r.counts.rows).toBe(7);
    // net = 1204.50+1550+1080.40+1960+1400+875+650 = 8719.90
    expect(await weekly(t, '2026-W10', 'net_revenue')).toBeCloseTo(8719.9, 8);
    // orders 20+25+18+30+22+15+10 = 140 → AOV 8719.90 / 140
    expect(await weekly(t, '2026-W10', 'aov')).toBeCloseTo(62.285, 8);
  });

  test('UTF-8 with a byte-order mark imports the same', async () => {
    const t = makeTestApp();
    const r = await importFixture(t, 'shop_sales_bom.csv');
    expect(r.detection.encoding).toBe('utf-8-bom');
    expect(await weekly(t, '2026-W10', 'net_revenue')).toBeCloseTo(8719.9, 8);
  });
});

describe('helpdesk export', () => {
  const expectHelpdesk = async (t: ReturnType<typeof makeTestApp>) => {
    // tickets 200, solved 180 → 0.9
    expect(await weekly(t, '2026-W10', 'resolution_rate')).toBeCloseTo(0.9, 12);
    // good 12+20+8+15+10 = 65, responses 65 + (3+5+2+0+5) = 80
    expect(await weekly(t, '2026-W10', 'csat')).toBeCloseTo(65 / 80, 12);
    // Σ(hh:mm:ss × replied) = 5400×38 + 2700×50 + 7200×28 + 3600×44 + 1800×35 = 763200 over 195
    expect(await weekly(t, '2026-W10', 'first_response_time')).toBeCloseTo(763200 / 195, 8);
  };
  test('hh:mm:ss reply times and good/bad counts', async () => {
    const t = makeTestApp();
    await importFixture(t, 'helpdesk.csv');
    await expectHelpdesk(t);
  });
  test('Excel "Unicode text": UTF-16LE with BOM, tab-separated', async () => {
    const t = makeTestApp();
    const r = await importFixture(t, 'helpdesk_unicode.txt');
    expect(r.detection).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    await expectHelpdesk(t);
  });
});

describe('European spreadsheet', () => {
  test('semicolons, decimal commas, DD/MM/YYYY, euro amounts', async () => {
    const t = makeTestApp();
    const r = await importFixture(t, 'european.csv');
    expect(r.detection).toMatchObject({ delimiter: ';', numberLocale: 'comma', dateFormat: 'dmy' });
    // sessions 1200+1000+1300+900+1100+700+800 = 7000
    expect(await weekly(t, '2026-W11', 'sessions')).toBe(7000);
    // revenue 1500.50+1250+1820.25+990+1400+700.75+850 = 8511.50
    expect(await weekly(t, '2026-W11', 'net_revenue')).toBeCloseTo(8511.5, 8);
    // orders 168 / 7000
    expect(await weekly(t, '2026-W11', 'conversion_rate')).toBeCloseTo(0.024, 12);
    // bounced 546+400+650+378+418+385+380 = 3157 / 7000
    expect(await weekly(t, '2026-W11', 'bounce_rate')).toBeCloseTo(3157 / 7000, 12);
  });

  test('ambiguous DD/MM vs MM/DD is asked, never guessed', async () => {
    const t = makeTestApp();
    const preview = await uploadFixture(t, 'good', 'european_ambiguous.csv');
    expect(preview.detection.dateFormat).toBeNull();
    expect(preview.detection.dateFormatCandidates).toEqual(['dmy', 'mdy']);
    const refused = await t.request('POST', `/api/imports/uploads/${preview.uploadId}/commit`, {});
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toContain('choose the date format');
    const ok = await t.request('POST', `/api/imports/uploads/${preview.uploadId}/commit`, { dateFormat: 'dmy' });
    expect(ok.status).toBe(201);
    // 02/03..04/03 as DD/MM are 2–4 March 2026 (W10): sessions 1000+2000+1000
    expect(await weekly(t, '2026-W10', 'sessions')).toBe(4000);
  });
});

describe('weekly file', () => {
  test('ISO weeks are refused unless spread evenly over days is chosen', async () => {
    const t = makeTestApp();
    const preview = await uploadFixture(t, 'good', 'weekly.csv');
    expect(preview.detection.dateFormat).toBe('week');
    expect(preview.errors[0]?.text).toContain('is a week, not a day');
    const r = await t.request('POST', `/api/imports/uploads/${preview.uploadId}/commit`, { spreadPeriods: true });
    expect(r.status).toBe(201);
    expect(await weekly(t, '2026-W10', 'sessions')).toBeCloseTo(7700, 9);
    expect(await weekly(t, '2026-W10', 'conversion_rate')).toBeCloseTo(154 / 7700, 12);
    expect(await weekly(t, '2026-W09', 'net_revenue')).toBeCloseTo(7000, 9);
  });
});

describe('long file', () => {
  test('one row per date, metric and store, with a weighted rate', async () => {
    const t = makeTestApp();
    for (const key of ['shop_es', 'shop_nl']) await t.request('POST', '/api/segments', { key, name: key });
    await importFixture(t, 'long.csv');
    // shop_es: bounced 0.4×1000 + 0.5×3000 = 1900 over 4000 sessions
    expect(await weekly(t, '2026-W10', 'bounce_rate', 'shop_es')).toBeCloseTo(0.475, 12);
    // all segments: orders 30+60+5 = 95 over sessions 1000+3000+500 = 4500
    expect(await weekly(t, '2026-W10', 'conversion_rate')).toBeCloseTo(95 / 4500, 12);
  });
});

describe('row-level exports', () => {
  const madrid = { config: { timeZone: 'Europe/Madrid' } };
  test('Shopify orders: distinct orders, totals on first rows, offsets and DST to Madrid days', async () => {
    const t = makeTestApp(madrid);
    const r = await importFixture(t, 'shopify_orders.csv');
    expect(r.profile).toBe('Shopify orders export');
    expect(r.detection.shape).toBe('rows');
    // W43 (20–26 Oct): #1001 50, #1002 100, #1003 (23:30 UTC 25 Oct = 01:30 26 Oct) 242−42−20 = 180,
    // #1004 (23:30 +0100 on 26 Oct) 30 → 4 orders, 360
    expect(await weekly(t, '2025-W43', 'net_revenue')).toBeCloseTo(360, 9);
    expect(await weekly(t, '2025-W43', 'aov')).toBeCloseTo(90, 9);
    // W44: #1005 (23:30 UTC 26 Oct = 00:30 27 Oct in Madrid) 50, #1006 85−12−3 = 70 → 2 orders, 120
    expect(await weekly(t, '2025-W44', 'net_revenue')).toBeCloseTo(120, 9);
    expect(await weekly(t, '2025-W44', 'aov')).toBeCloseTo(60, 9);
  });

  test('Zendesk tickets: counts where a column has a value, reply minutes, Madrid days', async () => {
    const t = makeTestApp(madrid);
    const r = await importFixture(t, 'zendesk_tickets.csv');
    expect(r.profile).toBe('Zendesk tickets export');
    // W43: tickets 101–105 (104 is 00:30 on 26 Oct, 105 is 23:30 on 26 Oct in Madrid)
    expect(await weekly(t, '2025-W43', 'resolution_rate')).toBeCloseTo(3 / 5, 12);
    expect(await weekly(t, '2025-W43', 'csat')).toBeCloseTo(2 / 3, 12);
    // replied 101, 102, 104, 105: (30+120+45+60) min × 60 / 4
    expect(await weekly(t, '2025-W43', 'first_response_time')).toBeCloseTo(3825, 9);
    // W44: ticket 106 (23:10 UTC 26 Oct = 00:10 27 Oct): 15 min
    expect(await weekly(t, '2025-W44', 'first_response_time')).toBeCloseTo(900, 9);
    expect(await weekly(t, '2025-W44', 'csat')).toBe(1);
  });
});
