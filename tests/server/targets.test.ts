import { describe, expect, test } from 'vitest';
import { errorBodySchema, scorecardSchema, targetListSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, type TestApp } from '../helpers/testApp.js';

const cacRow = async (t: TestApp, week: string, segment?: string) => {
  const sc = scorecardSchema.parse(
    (
      await t.request(
        'GET',
        `/api/scorecard?week=${week}&role=ecommerce_manager${segment ? `&segment=${segment}` : ''}`,
      )
    ).json,
  );
  const row = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'cac');
  if (!row) throw new Error('no cac row');
  return row;
};

/** CAC = marketing_spend / new_customers for one day of the week. */
const cac = (t: TestApp, date: string, spend: number, customers: number) =>
  ingestOk(t, [
    { measure: 'marketing_spend', date, value: spend },
    { measure: 'new_customers', date, value: customers },
  ]);

describe('status against target follows the KPI direction', () => {
  test('CAC (lower is better): above target beyond the band is red, inside the band amber', async () => {
    const t = makeTestApp();
    const r = await t.request('POST', '/api/targets', { kpi: 'cac', value: 40, band: 5, effectiveFrom: '2026-W10' });
    expect(r.status).toBe(201);
    await cac(t, '2026-03-02', 450, 10); // W10: 45.0, at the edge of the band
    await cac(t, '2026-03-09', 451, 10); // W11: 45.1, beyond it
    await cac(t, '2026-03-16', 380, 10); // W12: 38, better than target
    expect((await cacRow(t, '2026-W10')).status).toBe('amber');
    expect((await cacRow(t, '2026-W11')).status).toBe('red');
    const w12 = await cacRow(t, '2026-W12');
    expect(w12.status).toBe('green');
    // CAC went down: good news for a lower-is-better KPI.
    expect(w12.change?.better).toBe(true);
    expect(w12.change?.absolute).toBeCloseTo(38 - 45.1, 12);
    expect(w12.target).toEqual({ value: 40, band: 5, effectiveFrom: '2026-W10' });
  });

  test('a target set from week N does not change the status of week N-1', async () => {
    const t = makeTestApp();
    await t.request('POST', '/api/targets', { kpi: 'cac', value: 50, band: 0, effectiveFrom: '2026-W08' });
    await cac(t, '2026-02-23', 450, 10); // W09: 45
    expect((await cacRow(t, '2026-W09')).status).toBe('green');
    await t.request('POST', '/api/targets', { kpi: 'cac', value: 40, band: 2, effectiveFrom: '2026-W10' });
    await cac(t, '2026-03-02', 450, 10); // W10: 45 against 40±2
    const w9 = await cacRow(t, '2026-W09');
    expect(w9.status).toBe('green');
    expect(w9.target).toEqual({ value: 50, band: 0, effectiveFrom: '2026-W08' });
    expect((await cacRow(t, '2026-W10')).status).toBe('red');
    // No target before the first one.
    expect((await cacRow(t, '2026-W07')).status).toBe('no_data');
    await cac(t, '2026-02-09', 450, 10);
    expect((await cacRow(t, '2026-W07')).status).toBe('no_target');

    const history = targetListSchema.parse((await t.request('GET', '/api/targets?kpi=cac')).json);
    expect(history.targets.map((x) => [x.effectiveFrom, x.value])).toEqual([
      ['2026-W10', 40],
      ['2026-W08', 50],
    ]);
  });

  test('a segment view uses its own target, and a ratio falls back to the business-wide one', async () => {
    const t = makeTestApp();
    await t.request('POST', '/api/segments', { key: 'shop_a', name: 'Shop A' });
    await ingestOk(t, [
      { measure: 'marketing_spend', date: '2026-03-02', value: 300, segment: 'shop_a' },
      { measure: 'new_customers', date: '2026-03-02', value: 10, segment: 'shop_a' },
      { measure: 'net_revenue', date: '2026-03-02', value: 1000, segment: 'shop_a' },
    ]);
    await t.request('POST', '/api/targets', { kpi: 'cac', value: 25, band: 2, effectiveFrom: '2026-W01' });
    await t.request('POST', '/api/targets', { kpi: 'net_revenue', value: 5000, band: 0, effectiveFrom: '2026-W01' });
    const shop = await cacRow(t, '2026-W10', 'shop_a');
    expect(shop.value).toBe(30);
    expect(shop.status).toBe('red');
    const sc = scorecardSchema.parse(
      (await t.request('GET', '/api/scorecard?week=2026-W10&segment=shop_a&role=head_of_digital')).json,
    );
    expect(sc.roles[0]?.kpis.find((k) => k.kpi.key === 'net_revenue')?.status).toBe('no_target');
    await t.request('POST', '/api/targets', {
      kpi: 'cac',
      value: 35,
      band: 0,
      effectiveFrom: '2026-W01',
      segment: 'shop_a',
    });
    expect((await cacRow(t, '2026-W10', 'shop_a')).status).toBe('green');
  });
});

describe('target validation', () => {
  test.each([
    [{ kpi: 'cac', value: 40, band: -1, effectiveFrom: '2026-W10' }, 400, 'band'],
    [{ kpi: 'cac', value: 40, effectiveFrom: 'next week' }, 400, 'effectiveFrom'],
    [{ kpi: 'cac', value: 40, effectiveFrom: '2025-W53' }, 422, 'effectiveFrom'],
    [{ kpi: 'conversion_rate', value: 4.5, effectiveFrom: '2026-W10' }, 422, 'value'],
    [{ kpi: 'cacc', value: 40, effectiveFrom: '2026-W10' }, 404, 'cac'],
  ])('%o → %s mentioning %s', async (body, status, mention) => {
    const t = makeTestApp();
    const r = await t.request('POST', '/api/targets', body);
    expect(r.status).toBe(status);
    expect(JSON.stringify(errorBodySchema.parse(r.json).error)).toContain(mention);
  });
});
