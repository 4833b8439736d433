import { describe, expect, test } from 'vitest';
import { createdTokenSchema } from '../../shared/auth.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type Persona, type TestApp } from '../helpers/testApp.js';

// Today is Wednesday 2026-03-18 (week W12): W11 (Mon 9 – Sun 15 March) is complete, so every
// KPI expects 7 days; W10 (2 – 8 March) is its previous week.
const NOW = '2026-03-18T10:00:00Z';
const BOM = '\uFEFF';
const HEADER =
  'Week,Segment,Role key,Role,KPI key,KPI,Unit,Better when,Value,Numerator,Denominator,Target,Band,Status,' +
  'Previous week,Change,Change (relative),Change is,Days with data,Days expected,Last data date';

/** A small shop's fortnight, written through the API. */
async function fixture(): Promise<TestApp> {
  const t = makeTestApp({ now: NOW });
  await ingestOk(t, [
    // W10: one day.
    { measure: 'sessions', date: '2026-03-08', value: 2000 },
    { measure: 'orders', date: '2026-03-08', value: 30 },
    { measure: 'net_revenue', date: '2026-03-08', value: 1200 },
    // W11: sessions on 3 days, orders and revenue on 2; refunds on the 10th exceed its sales.
    { measure: 'sessions', date: '2026-03-09', value: 1000 },
    { measure: 'sessions', date: '2026-03-10', value: 1000 },
    { measure: 'sessions', date: '2026-03-11', value: 500 },
    { measure: 'orders', date: '2026-03-09', value: 30 },
    { measure: 'orders', date: '2026-03-10', value: 20 },
    { measure: 'net_revenue', date: '2026-03-09', value: 500 },
    { measure: 'net_revenue', date: '2026-03-10', value: -750 },
  ]);
  for (const target of [
    { kpi: 'conversion_rate', value: 0.03, band: 0.012, effectiveFrom: '2026-W10' },
    { kpi: 'net_revenue', value: 1000, band: 100, effectiveFrom: '2026-W10' },
  ]) {
    expect((await t.request('POST', '/api/targets', target)).status).toBe(201);
  }
  return t;
}

/** The response and its text with the byte-order mark kept (Response.text() drops it). */
async function download(t: TestApp, path: string) {
  const res = await t.fetch(path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The line of one KPI (KPI key in the 5th column; names here hold no commas or line breaks). */
const lineOf = (text: string, kpi: string) => text.split('\r\n').find((l) => l.split(',')[4] === kpi);

describe('GET /api/reviews/:week/export.csv', () => {
  test('one row per KPI of every role, with the values worked out by hand', async () => {
    const t = await fixture();
    const { res, bytes, text } = await download(t, '/api/reviews/2026-W11/export.csv');
    expect(res.status).toBe(200);
    // UTF-8 byte-order mark EF BB BF, so Excel does not read the file as the system code page.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rolecard-review-2026-W11.csv"');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(BOM + HEADER);
    // 28 KPIs in the default catalog, then the final CRLF leaves one empty string.
    expect(lines).toHaveLength(1 + 28 + 1);
    expect(lines.at(-1)).toBe('');

    const head = '2026-W11,(all segments),head_of_digital,Head of Digital,';
    const ecom = '2026-W11,(all segments),ecommerce_manager,E-commerce Manager,';
    const kpis = ['net_revenue', 'conversion_rate', 'aov', 'cac'];
    expect(Object.fromEntries(kpis.map((k) => [k, lineOf(text, k)]))).toEqual({
      // Net revenue (sum): W11 = 500 − 750 = −250 — a real negative number, written bare so a
      // spreadsheet reads it as a number. W10 = 1200. Change −250 − 1200 = −1450, relative
      // −1450 / 1200 = −1.2083…, to 15 significant digits. Target 1000, band 100: short by
      // 1250 → red. Data: 9th and 10th = 2 of 7 days, last on the 10th.
      net_revenue: `${head}net_revenue,Net revenue,currency,higher,-250,-250,,1000,100,red,1200,-1450,-1.20833333333333,worse,2,7,2026-03-10`,
      // Conversion = orders / sessions: W11 (30 + 20) / (1000 + 1000 + 500) = 50 / 2500 = 0.02;
      // W10 30 / 2000 = 0.015. Change +0.005 (0.5 pts), relative 0.005 / 0.015 = 1/3. Target
      // 0.03, band 0.012: short by 0.01 ≤ 0.012 → amber. Orders 2 days, sessions 3 → 2 of 7;
      // the stalest input's last day is the orders' 10th (sessions run to the 11th).
      conversion_rate: `${ecom}conversion_rate,Conversion rate,percent,higher,0.02,50,2500,0.03,0.012,amber,0.015,0.005,0.333333333333333,better,2,7,2026-03-10`,
      // AOV = net revenue / orders: W11 −250 / 50 = −5; W10 1200 / 30 = 40. Change −45,
      // relative −45 / 40 = −1.125. No target.
      aov: `${ecom}aov,Average order value,currency,higher,-5,-250,50,,,no_target,40,-45,-1.125,worse,2,7,2026-03-10`,
      // CAC: neither input ever had data → empty cells (never 0), 0 of 7 days, no last date.
      cac: `${ecom}cac,Customer acquisition cost,currency,lower,,,,,,no_data,,,,,0,7,`,
    });
  });

  test('one segment: its own values, the business-wide ratio target, its name in the file name', async () => {
    const t = await fixture();
    expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'Tienda España' })).status).toBe(201);
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-09', value: 400, segment: 'shop_es' },
      { measure: 'orders', date: '2026-03-09', value: 10, segment: 'shop_es' },
    ]);
    const { res, text } = await download(t, '/api/reviews/2026-W11/export.csv?segment=shop_es');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rolecard-review-2026-W11-shop_es.csv"');
    // 10 / 400 = 0.025 against the business-wide 0.03 (band 0.012): short by 0.005 → amber.
    // No shop_es data in W10, so no previous value or change. 1 of 7 days, last on the 9th.
    expect(lineOf(text, 'conversion_rate')).toBe(
      '2026-W11,shop_es,ecommerce_manager,E-commerce Manager,conversion_rate,Conversion rate,percent,higher,' +
        '0.025,10,400,0.03,0.012,amber,,,,,1,7,2026-03-09',
    );
  });

  test('a KPI and a role renamed to a formula come out neutralised', async () => {
    const t = await fixture();
    const evil = '=HYPERLINK("http://evil","x")';
    expect((await t.request('PATCH', '/api/kpis/conversion_rate', { name: evil })).status).toBe(200);
    expect((await t.request('PATCH', '/api/roles/ecommerce_manager', { name: evil })).status).toBe(200);
    const { text } = await download(t, '/api/reviews/2026-W11/export.csv');
    // Apostrophe first, then the RFC 4180 quoting the comma and quotes need.
    const cell = `"'=HYPERLINK(""http://evil"",""x"")"`;
    expect(text).toContain(`,ecommerce_manager,${cell},conversion_rate,${cell},percent,higher,0.02,50,2500,`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+31 Team', "'+31 Team"],
    ['-5 Team', "'-5 Team"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab team', "'\tTab team"],
    ['\rCR team', `"'\rCR team"`],
    ['\nLF team', `"'\nLF team"`],
    // Controls: a trigger later in the text, and a comma, are not formulas.
    ['Team -5', 'Team -5'],
    ['Sales, EU', '"Sales, EU"'],
  ])('a role named %j is written as %j', async (name, cell) => {
    const t = makeTestApp({ now: NOW });
    expect((await t.request('PATCH', '/api/roles/content', { name })).status).toBe(200);
    const { text } = await download(t, '/api/reviews/2026-W11/export.csv');
    // The Content role has 3 KPIs: each of its rows carries the name, neutralised.
    const occurrences = text.split(`,content,${cell},`).length - 1;
    expect(occurrences).toBe(3);
  });

  test('refuses a malformed or impossible week and an unknown segment, saying how to fix it', async () => {
    const t = makeTestApp({ now: NOW });
    const date = await t.request('GET', '/api/reviews/2026-03-09/export.csv');
    expect(date.status).toBe(400);
    expect(errorBodySchema.parse(date.json).error.message).toContain('week: use an ISO week like 2026-W47');
    // 2025 began on a Wednesday and is no leap year: it has 52 ISO weeks (2026 has 53).
    expect((await t.request('GET', '/api/reviews/2025-W53/export.csv')).status).toBe(400);
    expect((await download(t, '/api/reviews/2026-W53/export.csv')).res.status).toBe(200);
    expect((await t.request('GET', '/api/reviews/2026-W11/export.csv?segment=Shop ES')).status).toBe(400);
    expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'Tienda España' })).status).toBe(201);
    const typo = await t.request('GET', '/api/reviews/2026-W11/export.csv?segment=shop_ex');
    expect(typo.status).toBe(404);
    expect(errorBodySchema.parse(typo.json).error.message).toBe(
      'No segment with key "shop_ex". Did you mean "shop_es"?',
    );
  });
});

describe('who may export', () => {
  test.each<[Persona, number]>([
    ['anonymous', 401],
    ['viewer', 200],
    ['analyst', 200],
    ['owner', 200],
    ['otherOwner', 200],
    ['admin', 200],
  ])('%s → %i (reading is open to every signed-in person)', async (persona, status) => {
    const t = makeTestApp({ now: NOW });
    expect((await t.as(persona)('GET', '/api/reviews/2026-W11/export.csv')).status).toBe(status);
  });

  test('an API token needs the read scope', async () => {
    const t = makeTestApp({ now: NOW });
    const token = async (scopes: string[]) =>
      createdTokenSchema.parse((await t.request('POST', '/api/tokens', { name: scopes.join('+'), scopes })).json).token;
    const call = async (secret: string) =>
      t.as('anonymous')('GET', '/api/reviews/2026-W11/export.csv', undefined, { authorization: `Bearer ${secret}` });
    const read = await call(await token(['read']));
    expect(read.status).toBe(200);
    expect(String(read.json).startsWith(HEADER)).toBe(true);
    const ingestOnly = await call(await token(['ingest']));
    expect(ingestOnly.status).toBe(403);
    expect(errorBodySchema.parse(ingestOnly.json).error.code).toBe('missing_scope');
  });
});
