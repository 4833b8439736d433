import { describe, expect, test } from 'vitest';
import { defaultCatalog } from '../../shared/catalog.js';
import { catalogResponseSchema, errorBodySchema, scorecardSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

describe('default catalog', () => {
  test('holds the brief’s 8 roles and 28 KPIs, every formula over known measures', async () => {
    const t = makeTestApp();
    const c = catalogResponseSchema.parse((await t.request('GET', '/api/catalog')).json);
    expect(c.roles.map((r) => r.key)).toEqual([
      'head_of_digital',
      'ecommerce_manager',
      'marketing_manager',
      'web_experience',
      'content',
      'customer_service',
      'logistics',
      'inventory',
    ]);
    expect(c.kpis).toHaveLength(28);
    expect(c.roles.map((r) => r.kpiCount)).toEqual([2, 4, 4, 5, 3, 4, 3, 3]);
    const measures = new Set(c.measures.map((m) => m.key));
    for (const k of c.kpis) {
      const inputs = k.formula.kind === 'sum' ? [k.formula.measure] : [k.formula.numerator, k.formula.denominator];
      for (const m of inputs) expect(measures.has(m), `${k.key} uses ${m}`).toBe(true);
    }
    const cr = c.kpis.find((k) => k.key === 'conversion_rate');
    expect(cr).toMatchObject({
      role: 'ecommerce_manager',
      unit: 'percent',
      direction: 'higher',
      formula: { kind: 'ratio', numerator: 'orders', denominator: 'sessions', scale: 1 },
    });
    expect(c.kpis.find((k) => k.key === 'cac')?.direction).toBe('lower');
    expect(defaultCatalog.kpis).toHaveLength(28);
  });
});

describe('editing the catalog', () => {
  test('add and rename a role, add a measure and a scaled ratio KPI, move a KPI', async () => {
    const t = makeTestApp();
    expect((await t.request('POST', '/api/roles', { key: 'marketplaces', name: 'Marketplaces' })).status).toBe(201);
    const renamed = await t.request('PATCH', '/api/roles/marketplaces', { name: 'Marketplaces & Amazon' });
    expect(renamed.json).toMatchObject({ key: 'marketplaces', name: 'Marketplaces & Amazon', kpiCount: 0 });
    expect((await t.request('POST', '/api/measures', { key: 'listing_hours', name: 'Listing hours' })).status).toBe(
      201,
    );
    const kpi = await t.request('POST', '/api/kpis', {
      key: 'listing_speed',
      name: 'Listing time per order',
      unit: 'duration',
      direction: 'lower',
      role: 'marketplaces',
      formula: { kind: 'ratio', numerator: 'listing_hours', denominator: 'orders', scale: 3600 },
    });
    expect(kpi.status).toBe(201);
    await ingestOk(t, [
      { measure: 'listing_hours', date: '2026-03-02', value: 3 },
      { measure: 'orders', date: '2026-03-02', value: 12 },
    ]);
    const sc = scorecardSchema.parse((await t.request('GET', '/api/scorecard?week=2026-W10&role=marketplaces')).json);
    expect(sc.roles[0]?.role.name).toBe('Marketplaces & Amazon');
    expect(sc.roles[0]?.kpis[0]?.value).toBe((3 / 12) * 3600); // 900 s per order

    const moved = await t.request('PATCH', '/api/kpis/contact_rate', { role: 'marketplaces' });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ key: 'contact_rate', role: 'marketplaces' });
    const cs = scorecardSchema.parse(
      (await t.request('GET', '/api/scorecard?week=2026-W10&role=customer_service')).json,
    );
    expect(cs.roles[0]?.kpis.map((k) => k.kpi.key)).toEqual(['csat', 'first_response_time', 'resolution_rate']);
  });

  test('deleting something that has data is a 409 that says why', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-02', value: 3 }]);
    const measure = await t.request('DELETE', '/api/measures/sessions');
    expect(measure.status).toBe(409);
    expect(errorBodySchema.parse(measure.json).error.message).toContain('1 stored value');
    const role = await t.request('DELETE', '/api/roles/customer_service');
    expect(role.status).toBe(409);
    expect(errorBodySchema.parse(role.json).error.message).toContain('csat');
    await t.request('POST', '/api/targets', { kpi: 'csat', value: 0.9, effectiveFrom: '2026-W10' });
    expect((await t.request('DELETE', '/api/kpis/csat')).status).toBe(409);
    // A measure used by a KPI but without data is still protected.
    expect((await t.request('DELETE', '/api/measures/csat_responses')).status).toBe(409);
    // Things without data can go.
    await t.request('POST', '/api/roles', { key: 'temp_role', name: 'Temp' });
    expect((await t.request('DELETE', '/api/roles/temp_role')).status).toBe(204);
    expect((await t.request('DELETE', '/api/kpis/contact_rate')).status).toBe(204);
  });

  test('duplicates, unknown references and bad keys are refused clearly', async () => {
    const t = makeTestApp();
    expect((await t.request('POST', '/api/roles', { key: 'content', name: 'Again' })).status).toBe(409);
    const badRole = await t.request('PATCH', '/api/kpis/csat', { role: 'custmer_service' });
    expect(badRole.status).toBe(422);
    expect(errorBodySchema.parse(badRole.json).error.message).toContain('customer_service');
    const badMeasure = await t.request('POST', '/api/kpis', {
      key: 'x_rate',
      name: 'X',
      unit: 'percent',
      direction: 'higher',
      role: 'content',
      formula: { kind: 'ratio', numerator: 'orderz', denominator: 'sessions' },
    });
    expect(badMeasure.status).toBe(422);
    expect(errorBodySchema.parse(badMeasure.json).error.details).toMatchObject({ field: 'formula.numerator' });
    expect((await t.request('POST', '/api/roles', { key: 'Bad Key', name: 'x' })).status).toBe(400);
    expect((await t.request('PATCH', '/api/roles/nope', { name: 'x' })).status).toBe(404);
  });
});
