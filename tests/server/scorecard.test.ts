import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/period.js';
import { errorBodySchema, publicConfigSchema, scorecardSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

describe('scorecard rows', () => {
  test('freshness, days with data and the incomplete flag', async () => {
    // Clock: Wednesday 2026-03-18; the last complete week is 2026-W11 (03-09 .. 03-15).
    const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
    const items: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays('2026-03-09', i);
      items.push({ measure: 'tickets_created', date, value: 10 });
      items.push({ measure: 'tickets_resolved', date, value: 9 });
      // satisfaction ratings stop arriving after Thursday
      if (i < 4) {
        items.push({ measure: 'csat_responses', date, value: 4 });
        items.push({ measure: 'csat_satisfied', date, value: 3 });
      }
    }
    await ingestOk(t, items);
    const sc = scorecardSchema.parse((await t.request('GET', '/api/scorecard?role=customer_service')).json);
    expect(sc.week).toEqual({ label: '2026-W11', start: '2026-03-09', end: '2026-03-15' });
    const csat = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'csat');
    expect(csat?.value).toBe(12 / 16);
    expect(csat?.incomplete).toBe(true);
    expect(csat?.inputs).toEqual([
      { measure: 'csat_satisfied', name: 'Satisfied ratings', lastDate: '2026-03-12', daysWithData: 4, daysInWeek: 7 },
      {
        measure: 'csat_responses',
        name: 'Satisfaction ratings',
        lastDate: '2026-03-12',
        daysWithData: 4,
        daysInWeek: 7,
      },
    ]);
    const resolution = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'resolution_rate');
    expect(resolution?.incomplete).toBe(false);
    expect(resolution?.value).toBe(63 / 70);
    // No data at all: shown as missing, never as zero.
    const frt = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'first_response_time');
    expect(frt).toMatchObject({ value: null, status: 'no_data', incomplete: true });
    expect(frt?.inputs[0]?.lastDate).toBeNull();
  });

  test('the current week expects only the days that have passed', async () => {
    const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-16', value: 100 },
      { measure: 'sessions', date: '2026-03-17', value: 100 },
    ]);
    const sc = scorecardSchema.parse(
      (await t.request('GET', '/api/scorecard?week=2026-W12&role=marketing_manager')).json,
    );
    const row = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'sessions');
    expect(row?.inputs[0]).toMatchObject({ daysWithData: 2, daysInWeek: 2 });
    expect(row?.incomplete).toBe(false);
  });

  test('sparkline holds the 12 weeks ending at the selected week', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      { measure: 'sessions', date: '2025-12-22', value: 1 }, // 2025-W52, just outside
      { measure: 'sessions', date: '2025-12-29', value: 5 }, // 2026-W01, first sparkline week
      { measure: 'sessions', date: '2026-03-18', value: 9 }, // 2026-W12
    ]);
    const sc = scorecardSchema.parse(
      (await t.request('GET', '/api/scorecard?week=2026-W12&role=marketing_manager')).json,
    );
    const spark = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'sessions')?.sparkline ?? [];
    expect(spark).toHaveLength(12);
    expect(spark[0]).toEqual({ week: '2026-W01', value: 5 });
    expect(spark[11]).toEqual({ week: '2026-W12', value: 9 });
    expect(spark.slice(1, 11).every((p) => p.value === null)).toBe(true);
  });

  test('health counts KPIs on target among those with a target', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      { measure: 'tickets_created', date: '2026-03-02', value: 10 },
      { measure: 'tickets_resolved', date: '2026-03-02', value: 9 },
      { measure: 'orders', date: '2026-03-02', value: 100 },
    ]);
    await t.request('POST', '/api/targets', { kpi: 'resolution_rate', value: 0.85, effectiveFrom: '2026-W01' });
    await t.request('POST', '/api/targets', { kpi: 'contact_rate', value: 0.05, effectiveFrom: '2026-W01' });
    const sc = scorecardSchema.parse(
      (await t.request('GET', '/api/scorecard?week=2026-W10&role=customer_service')).json,
    );
    expect(sc.roles[0]?.health).toEqual({ green: 1, withTarget: 2, total: 4 });
  });
});

describe('errors and configuration', () => {
  test('an unknown week, segment or role is refused with a hint', async () => {
    const t = makeTestApp();
    expect((await t.request('GET', '/api/scorecard?week=2026-W60')).status).toBe(422);
    expect((await t.request('GET', '/api/scorecard?week=soon')).status).toBe(400);
    const seg = await t.request('GET', '/api/scorecard?segment=shop_es');
    expect(seg.status).toBe(404);
    const role = await t.request('GET', '/api/scorecard?role=logistic');
    expect(errorBodySchema.parse(role.json).error.message).toContain('"logistics"');
    expect((await t.request('GET', '/api/kpis/conversion_rate/series?from=2026-03-10&to=2026-03-01')).status).toBe(422);
  });

  test('an unknown API route is a JSON 404', async () => {
    const t = makeTestApp();
    const r = await t.request('GET', '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(errorBodySchema.parse(r.json).error.code).toBe('not_found');
  });

  test('an unexpected error is a 500 with a request id, logged, and no stack trace', async () => {
    const t = makeTestApp();
    t.db.close();
    const r = await t.request('GET', '/api/scorecard');
    expect(r.status).toBe(500);
    const body = errorBodySchema.parse(r.json);
    expect(body.error.requestId).toMatch(/\S+/);
    expect(JSON.stringify(r.json)).not.toMatch(/\bat .*\.ts:\d+/);
    expect(JSON.stringify(t.logs)).toContain(body.error.requestId ?? 'missing');
  });

  test('/api/config tells the web the currency and the last complete week', async () => {
    const t = makeTestApp({ now: '2026-01-01T12:00:00Z', config: { currency: 'USD' } });
    const c = publicConfigSchema.parse((await t.request('GET', '/api/config')).json);
    expect(c).toMatchObject({ currency: 'USD', today: '2026-01-01', lastCompleteWeek: '2025-W52' });
  });

  test('the installation time zone decides what today is', async () => {
    const t = makeTestApp({ now: '2026-01-04T23:30:00Z', config: { timeZone: 'Europe/Madrid' } });
    const c = publicConfigSchema.parse((await t.request('GET', '/api/config')).json);
    // 00:30 on Monday 5 January in Madrid: W01 has just ended.
    expect(c).toMatchObject({ today: '2026-01-05', lastCompleteWeek: '2026-W01' });
  });
});
