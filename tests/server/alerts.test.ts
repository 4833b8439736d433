import { describe, expect, test } from 'vitest';
import { evaluateAlerts } from '../../server/alerts/evaluate.js';
import { webhookPayload } from '../../server/alerts/text.js';
import { loadConfig } from '../../server/config.js';
import { alertListSchema } from '../../shared/alerts.js';
import { addDays } from '../../shared/period.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';
import { conversionRedFacts, conversionTarget, conversionWeeks, daily } from './alertsFixtures.js';

/**
 * The three rules end to end: data through the ingest API, the evaluation as the server
 * runs it, alerts read back through GET /api/alerts. The test app's clock starts on
 * Wednesday 2026-03-18 (W12), so the last complete week is 2026-W11 (03-09 … 03-15).
 */

const evaluate = (t: TestApp, at: string) => {
  t.setNow(at);
  return evaluateAlerts(t.db, t.config, new Date(at));
};
const alerts = (t: TestApp, query = '') => t.get(`/api/alerts${query}`, alertListSchema).then((r) => r.alerts);

describe('turned red', () => {
  test('recorded once per crossing: not again on re-runs, again only after it recovered', async () => {
    const t = makeTestApp();
    await conversionTarget(t);
    await conversionWeeks(t, [
      ['2026-03-02', 32], // W10 3.2%: green
      ['2026-03-09', 25], // W11 2.5%: red
    ]);
    expect(evaluate(t, '2026-03-18T10:00:00Z')).toHaveLength(1);
    expect(evaluate(t, '2026-03-18T10:05:00Z')).toHaveLength(0);
    // An unrelated write (another measure, another role) and a third evaluation: still one.
    await ingestOk(t, [{ measure: 'csat_responses', date: '2026-03-10', value: 5 }]);
    expect(evaluate(t, '2026-03-18T11:00:00Z')).toHaveLength(0);

    const [first, ...rest] = await alerts(t);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      kind: 'turned_red',
      week: '2026-W11',
      roles: [{ key: 'ecommerce_manager', name: 'E-commerce Manager' }],
      // 7 × 25 orders / 7 × 1,000 sessions = 175 / 7,000 = 2.5%; W10: 224 / 7,000 = 3.2%
      facts: {
        kind: 'turned_red',
        kpi: { key: 'conversion_rate', name: 'Conversion rate', unit: 'percent' },
        value: 0.025,
        target: { value: 0.03, band: 0.002 },
        previous: { value: 0.032, status: 'green' },
      },
      text: '🔴 Conversion rate turned red in 2026-W11: 2.5% vs target 3.0%',
      link: '/roles/ecommerce_manager?kpi=conversion_rate&week=2026-W11',
      createdAt: '2026-03-18T10:00:00.000Z',
      deliveries: [],
    });

    // W12 stays red: not a new crossing.
    await conversionWeeks(t, [['2026-03-16', 25]]);
    expect(evaluate(t, '2026-03-25T10:00:00Z')).toHaveLength(0);
    // W13 recovers (green), W14 goes red again: a second alert.
    await conversionWeeks(t, [['2026-03-23', 32]]);
    expect(evaluate(t, '2026-04-01T10:00:00Z')).toHaveLength(0);
    await conversionWeeks(t, [['2026-03-30', 25]]);
    expect(evaluate(t, '2026-04-08T10:00:00Z')).toHaveLength(1);
    expect(evaluate(t, '2026-04-08T10:05:00Z')).toHaveLength(0);
    expect((await alerts(t)).map((a) => `${a.kind} ${a.week}`)).toEqual(['turned_red 2026-W14', 'turned_red 2026-W11']);
  });

  test('a week whose data has not caught up (Sunday missing) is not judged yet', async () => {
    const t = makeTestApp();
    await conversionTarget(t);
    await conversionWeeks(t, [['2026-03-02', 32]]);
    // W11 Monday–Saturday only: the last day with data (03-14) is before the week's end.
    await ingestOk(t, [
      ...daily('sessions', '2026-03-09', '2026-03-14', 1000),
      ...daily('orders', '2026-03-09', '2026-03-14', 25),
    ]);
    expect(evaluate(t, '2026-03-16T06:00:00Z')).toEqual([]);
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-15', value: 1000 },
      { measure: 'orders', date: '2026-03-15', value: 25 },
    ]);
    expect(evaluate(t, '2026-03-16T09:00:00Z').map((a) => a.kind)).toEqual(['turned_red']);
  });

  test('filters: kind, role, week, since', async () => {
    const t = makeTestApp();
    await conversionTarget(t);
    await conversionWeeks(t, [
      ['2026-03-02', 32],
      ['2026-03-09', 25],
    ]);
    evaluate(t, '2026-03-18T10:00:00Z');
    expect(await alerts(t, '?kind=turned_red&role=ecommerce_manager&week=2026-W11')).toHaveLength(1);
    expect(await alerts(t, '?week=2026-03-12')).toHaveLength(1); // a date inside the week
    expect(await alerts(t, '?role=logistics')).toEqual([]);
    expect(await alerts(t, '?kind=outlier')).toEqual([]);
    expect(await alerts(t, '?week=2026-W10')).toEqual([]);
    expect(await alerts(t, '?since=2026-03-18')).toHaveLength(1);
    expect(await alerts(t, '?since=2026-03-18T10:00:01Z')).toEqual([]);
    const bad = await t.request('GET', '/api/alerts?kind=purple');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/kind/);
    expect((await t.as('viewer')('GET', '/api/alerts')).status).toBe(200);
  });
});

describe('outlier', () => {
  /**
   * Weekly Sessions on each week's Sunday. The previous 12 weeks (2025-W51 … 2026-W10):
   * 1000 1020 980 1010 990 1030 970 1000 1040 960 1000 1000
   * → median 1,000; |x − 1000| sorted 0 0 0 0 10 10 20 20 30 30 40 40 → MAD 15;
   * spread 1.4826 × 15 = 22.239; 3 × 22.239 = 66.717 is the threshold.
   */
  const history = [1000, 1020, 980, 1010, 990, 1030, 970, 1000, 1040, 960, 1000, 1000];
  async function sessionsWeeks(t: TestApp, current: number) {
    const items = history.map((value, i) => ({
      measure: 'sessions',
      date: addDays('2026-03-15', -7 * (12 - i)),
      value,
    }));
    await ingestOk(t, [...items, { measure: 'sessions', date: '2026-03-15', value: current }]);
  }

  test('1,070 sessions (70 above the median: 3.15 robust deviations) is an outlier', async () => {
    const t = makeTestApp();
    await sessionsWeeks(t, 1070);
    expect(evaluate(t, '2026-03-18T10:00:00Z')).toHaveLength(1);
    expect(evaluate(t, '2026-03-18T10:05:00Z')).toHaveLength(0);
    const [a] = await alerts(t);
    expect(a).toMatchObject({
      kind: 'outlier',
      week: '2026-W11',
      roles: [{ key: 'marketing_manager' }],
      facts: { kind: 'outlier', value: 1070, median: 1000, mad: 15, spreadMethod: 'mad', history: 12, better: true },
      text: '⚠️ Sessions is unusual in 2026-W11: 1,070, 3.1 robust standard deviations above the median of the previous 12 weeks, 1,000',
      link: '/roles/marketing_manager?kpi=sessions&week=2026-W11',
    });
    if (a?.facts.kind !== 'outlier') throw new Error('not an outlier');
    expect(a.facts.spread).toBeCloseTo(22.239, 9);
    expect(a.facts.score).toBeCloseTo(70 / 22.239, 9);
  });

  test('1,066 sessions (66 above: 2.97 robust deviations) is just inside: no alert', async () => {
    const t = makeTestApp();
    await sessionsWeeks(t, 1066);
    expect(evaluate(t, '2026-03-18T10:00:00Z')).toEqual([]);
    expect(await alerts(t)).toEqual([]);
  });
});

describe('missing data', () => {
  // Tickets created every day from 02-01 to 03-14 (42 days: "normally arrives"), then nothing.
  const feed = (t: TestApp) => ingestOk(t, daily('tickets_created', '2026-02-01', '2026-03-14', 40));

  test('after 3 days without data, not before; once per gap', async () => {
    const t = makeTestApp();
    await feed(t);
    // 03-17: complete days since 03-14 are 15 and 16 → 2 days.
    expect(evaluate(t, '2026-03-17T23:59:00Z')).toEqual([]);
    // 03-18: 15, 16 and 17 → 3 days.
    expect(evaluate(t, '2026-03-18T00:01:00Z')).toHaveLength(1);
    expect(evaluate(t, '2026-03-19T10:00:00Z')).toEqual([]);
    const [a, ...rest] = await alerts(t);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      kind: 'missing_data',
      week: '2026-W11', // the week of 03-15, the first day without data
      roles: [{ key: 'customer_service' }],
      facts: {
        kind: 'missing_data',
        measure: { key: 'tickets_created', name: 'Tickets created' },
        lastDay: '2026-03-14',
        since: '2026-03-15',
        days: 3,
        daysWithData: 28,
        kpis: ['Resolution rate', 'Contact rate'],
      },
      text: '⏳ No Tickets created data for 3 days (last day with data 2026-03-14); it feeds Resolution rate, Contact rate',
      link: '/roles/customer_service?kpi=resolution_rate&grain=day',
    });
  });

  test('N is ROLECARD_ALERT_MISSING_DAYS; a new gap after data resumed is a new alert', async () => {
    const t = makeTestApp({ config: { alertMissingDays: 5 } });
    await feed(t);
    expect(evaluate(t, '2026-03-19T10:00:00Z')).toEqual([]); // 4 days
    expect(evaluate(t, '2026-03-20T10:00:00Z')).toHaveLength(1); // 5 days
    await ingestOk(t, daily('tickets_created', '2026-03-15', '2026-03-21', 40));
    expect(evaluate(t, '2026-03-22T10:00:00Z')).toEqual([]);
    expect(evaluate(t, '2026-03-27T10:00:00Z')).toHaveLength(1); // 22 … 26 missing
    expect((await alerts(t)).map((a) => a.facts.kind === 'missing_data' && a.facts.since)).toEqual([
      '2026-03-22',
      '2026-03-15',
    ]);
  });
});

describe('configuration', () => {
  test('ROLECARD_ALERT_MISSING_DAYS and ROLECARD_PUBLIC_URL: defaults, values, refusals', () => {
    expect(loadConfig({})).toMatchObject({ alertMissingDays: 3, publicUrl: 'http://localhost:8787' });
    expect(
      loadConfig({ PORT: '9000', ROLECARD_ALERT_MISSING_DAYS: '5', ROLECARD_PUBLIC_URL: 'https://kpi.example.com/' }),
    ).toMatchObject({ alertMissingDays: 5, publicUrl: 'https://kpi.example.com' });
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000');
    expect(() => loadConfig({ ROLECARD_ALERT_MISSING_DAYS: '0' })).toThrow(/ROLECARD_ALERT_MISSING_DAYS="0"/);
    expect(() => loadConfig({ ROLECARD_PUBLIC_URL: 'ftp://kpi.example.com' })).toThrow(
      /ROLECARD_PUBLIC_URL="ftp:\/\/kpi.example.com": must be an http/,
    );
  });
});

describe('webhook text', () => {
  test('Slack control characters in a KPI name are escaped; the link is absolute', () => {
    const payload = webhookPayload(
      {
        id: 7,
        kind: 'turned_red',
        week: '2026-W11',
        roles: ['content'],
        facts: { ...conversionRedFacts, kpi: { ...conversionRedFacts.kpi, name: 'A<b> & c' } },
        text: '🔴 A<b> & c turned red in 2026-W11: 2.5% vs target 3.0%',
        link: '/roles/content?kpi=x_rate&week=2026-W11',
        createdAt: '2026-03-18T10:00:00.000Z',
      },
      'content',
      'https://kpi.example.com',
    );
    expect(payload.text).toBe(
      '🔴 A&lt;b&gt; &amp; c turned red in 2026-W11: 2.5% vs target 3.0% — <https://kpi.example.com/roles/content?kpi=x_rate&week=2026-W11|Open the chart>',
    );
    expect(payload.data.url).toBe('https://kpi.example.com/roles/content?kpi=x_rate&week=2026-W11');
  });
});
