import { describe, expect, test } from 'vitest';
import { errorBodySchema, scorecardSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, measureTableHash } from '../helpers/testApp.js';

const stored = (t: ReturnType<typeof makeTestApp>, measure: string, day: string) =>
  t.db
    .prepare(
      `SELECT v.value, v.source_kind, v.source_id FROM measure_values v JOIN measures m ON m.id = v.measure_id
       WHERE m.key = ? AND v.day = ? AND v.segment_id = 1`,
    )
    .get(measure, day) as { value: number; source_kind: string; source_id: string } | undefined;

const issuesOf = (json: unknown) => {
  const body = errorBodySchema.parse(json);
  return (
    body.error.details as { issues: Array<{ index: number; field: string; message: string; suggestions?: string[] }> }
  ).issues;
};

describe('set and increment', () => {
  const batch = [
    { measure: 'sessions', date: '2026-03-02', value: 1200 },
    { measure: 'orders', date: '2026-03-02', value: 31 },
  ];

  test('re-sending the same batch reports it unchanged and changes nothing', async () => {
    const t = makeTestApp();
    expect(await ingestOk(t, batch)).toEqual({ inserted: 2, updated: 0, unchanged: 0, total: 2 });
    const before = measureTableHash(t.db);
    const again = await t.request('POST', '/api/ingest', { mode: 'set', items: batch });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ inserted: 0, updated: 0, unchanged: 2, total: 2 });
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('a changed value updates and carries the new provenance', async () => {
    const t = makeTestApp();
    await ingestOk(t, batch);
    const first = stored(t, 'orders', '2026-03-02');
    expect(first).toMatchObject({ value: 31, source_kind: 'api' });
    const r = await ingestOk(t, [{ measure: 'orders', date: '2026-03-02', value: 33 }]);
    expect(r).toEqual({ inserted: 0, updated: 1, unchanged: 0, total: 1 });
    const second = stored(t, 'orders', '2026-03-02');
    expect(second?.value).toBe(33);
    expect(second?.source_id).not.toBe(first?.source_id);
    // The untouched measure keeps the provenance of the first request.
    expect(stored(t, 'sessions', '2026-03-02')?.source_id).toBe(first?.source_id);
  });

  test('increment adds to the day, and inserts a day that had nothing', async () => {
    const t = makeTestApp();
    await ingestOk(t, batch);
    const r = await ingestOk(
      t,
      [
        { measure: 'orders', date: '2026-03-02', value: 1 },
        { measure: 'orders', date: '2026-03-02', value: 1 },
        { measure: 'orders', date: '2026-03-03', value: 1 },
      ],
      'increment',
    );
    expect(r).toEqual({ inserted: 1, updated: 1, unchanged: 0, total: 2 });
    expect(stored(t, 'orders', '2026-03-02')?.value).toBe(33);
    expect(stored(t, 'orders', '2026-03-03')?.value).toBe(1);
  });

  test('an increment that would take a count below zero is refused and writes nothing', async () => {
    const t = makeTestApp();
    await ingestOk(t, batch);
    const before = measureTableHash(t.db);
    const r = await t.request('POST', '/api/ingest', {
      mode: 'increment',
      items: [
        { measure: 'sessions', date: '2026-03-02', value: 5 },
        { measure: 'orders', date: '2026-03-02', value: -40 },
      ],
    });
    expect(r.status).toBe(422);
    expect(issuesOf(r.json)[0]).toMatchObject({ index: 1, field: 'value' });
    expect(issuesOf(r.json)[0]?.message).toContain('would become -9');
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('net revenue may go negative through refunds', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'net_revenue', date: '2026-03-02', value: 50 }]);
    await ingestOk(t, [{ measure: 'net_revenue', date: '2026-03-02', value: -80 }], 'increment');
    expect(stored(t, 'net_revenue', '2026-03-02')?.value).toBe(-30);
  });
});

describe('direct rates are decomposed into their measures', () => {
  test('a bounce rate with a sessions weight is stored as bounced_sessions and sessions', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ kpi: 'bounce_rate', date: '2026-03-02', value: 0.453, weight: 1200 }]);
    expect(stored(t, 'sessions', '2026-03-02')?.value).toBe(1200);
    expect(stored(t, 'bounced_sessions', '2026-03-02')?.value).toBeCloseTo(543.6, 9);
    const sc = scorecardSchema.parse((await t.request('GET', '/api/scorecard?week=2026-W10&role=web_experience')).json);
    const row = sc.roles[0]?.kpis.find((k) => k.kpi.key === 'bounce_rate');
    expect(row?.value).toBeCloseTo(0.453, 12);
  });

  test('a rate can take its weight from the same day’s denominator in the batch', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-02', value: 2000 },
      { kpi: 'bounce_rate', date: '2026-03-02', value: 0.4 },
    ]);
    expect(stored(t, 'bounced_sessions', '2026-03-02')?.value).toBe(800);
  });

  test('a rate with no weight anywhere is refused, naming the column to add', async () => {
    const t = makeTestApp();
    const r = await t.request('POST', '/api/ingest', {
      items: [{ kpi: 'bounce_rate', date: '2026-03-02', value: 0.453 }],
    });
    expect(r.status).toBe(422);
    const [issue] = issuesOf(r.json);
    expect(issue).toMatchObject({ index: 0, field: 'weight' });
    expect(issue?.message).toContain('"weight"');
    expect(issue?.message).toContain('sessions');
    expect(measureTableHash(t.db)).toBe('[]');
  });

  test('a scaled ratio divides by its scale: fulfilment time in seconds from hours', async () => {
    const t = makeTestApp();
    // 1.5 h per shipment = 5,400 s over 10 shipments → 15 fulfilment hours
    await ingestOk(t, [{ kpi: 'fulfillment_time', date: '2026-03-02', value: 5400, weight: 10 }]);
    expect(stored(t, 'fulfillment_hours', '2026-03-02')?.value).toBe(15);
  });
});

describe('bad input', () => {
  const post = (t: ReturnType<typeof makeTestApp>, body: unknown) => t.request('POST', '/api/ingest', body);

  test('malformed JSON is a 400', async () => {
    const t = makeTestApp();
    const r = await post(t, '{"items": [');
    expect(r.status).toBe(400);
    expect(errorBodySchema.parse(r.json).error.requestId).toBeTruthy();
  });

  test('a wrongly shaped body is a 400 with the zod issues by path', async () => {
    const t = makeTestApp();
    const r = await post(t, { mode: 'replace', items: [{ measure: 'sessions', date: '2026-03-02', value: 'abc' }] });
    expect(r.status).toBe(400);
    const paths = (errorBodySchema.parse(r.json).error.details as { issues: Array<{ path: string }> }).issues.map(
      (i) => i.path,
    );
    expect(paths).toContain('mode');
    expect(paths.some((p) => p.startsWith('items.0'))).toBe(true);
  });

  test('an unknown measure is a 422 naming it and suggesting near matches', async () => {
    const t = makeTestApp();
    const r = await post(t, { items: [{ measure: 'sesions', date: '2026-03-02', value: 1 }] });
    expect(r.status).toBe(422);
    const [issue] = issuesOf(r.json);
    expect(issue).toMatchObject({ index: 0, field: 'measure', suggestions: ['sessions'] });
    expect(issue?.message).toContain('"sesions"');
    const k = await post(t, { items: [{ kpi: 'conversion', date: '2026-03-02', value: 0.1, weight: 5 }] });
    expect(issuesOf(k.json)[0]?.suggestions).toContain('conversion_rate');
  });

  test.each([
    [
      'a date that is not a calendar date',
      { measure: 'sessions', date: '2026-02-30', value: 1 },
      'date',
      'not a calendar date',
    ],
    ['a negative count', { measure: 'orders', date: '2026-03-02', value: -3 }, 'value', 'cannot be below zero'],
    ['a bounce rate of 1.7', { kpi: 'bounce_rate', date: '2026-03-02', value: 1.7, weight: 100 }, 'value', 'above 1'],
    [
      'an unknown segment',
      { measure: 'orders', date: '2026-03-02', value: 3, segment: 'shop_xx' },
      'segment',
      'unknown segment',
    ],
  ])('%s is a 422 naming the item and field', async (_name, bad, field, text) => {
    const t = makeTestApp();
    const r = await post(t, { items: [{ measure: 'sessions', date: '2026-03-02', value: 5 }, bad] });
    expect(r.status).toBe(422);
    const [issue] = issuesOf(r.json);
    expect(issue).toMatchObject({ index: 1, field });
    expect(issue?.message).toContain(text);
    expect(measureTableHash(t.db)).toBe('[]');
  });

  test('Infinity (1e999 in JSON) is a 422, not a stored value', async () => {
    const t = makeTestApp();
    const r = await post(t, '{"items":[{"measure":"sessions","date":"2026-03-02","value":1e999}]}');
    expect(r.status).toBe(422);
    expect(issuesOf(r.json)[0]).toMatchObject({ index: 0, field: 'value', message: 'Infinity is not a finite number' });
  });

  test('every bad item is reported, and nothing is written when any item is bad', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-01', value: 7 }]);
    const before = measureTableHash(t.db);
    const r = await post(t, {
      items: [
        { measure: 'sessions', date: '2026-03-02', value: 5 },
        { measure: 'orderz', date: '2026-03-02', value: 1 },
        { measure: 'orders', date: '2026-13-01', value: 1 },
        { measure: 'sessions', date: '2026-03-01', value: 8 },
      ],
    });
    expect(r.status).toBe(422);
    const body = errorBodySchema.parse(r.json);
    expect((body.error.details as { total: number }).total).toBe(2);
    expect(body.error.message).toContain('nothing was written');
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('two different values for one cell in a set batch are a conflict', async () => {
    const t = makeTestApp();
    const r = await post(t, {
      items: [
        { measure: 'sessions', date: '2026-03-02', value: 5 },
        { measure: 'sessions', date: '2026-03-02', value: 6 },
      ],
    });
    expect(r.status).toBe(422);
    expect(issuesOf(r.json)[0]).toMatchObject({ index: 1, field: 'value' });
  });
});
