import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { iterateChanges } from '../../server/db/imports.js';
import { importListSchema, importReportSchema, progressSchema } from '../../shared/imports.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, measureTableHash } from '../helpers/testApp.js';
import { commit, fixture, importFixture, upload, uploadFixture, weekly } from './helpers.js';

const cells = (t: ReturnType<typeof makeTestApp>) =>
  t.db
    .prepare(
      'SELECT m.key, v.day, v.value, v.source_kind, v.source_id, v.written_at FROM measure_values v JOIN measures m ON m.id = v.measure_id ORDER BY 1, 2',
    )
    .all();

describe('history and undo', () => {
  test('an import is recorded with its counts, and undo restores exactly the values it replaced', async () => {
    const t = makeTestApp();
    // Earlier data: two of the helpdesk days already hold other values, one day is untouched.
    await ingestOk(t, [
      { measure: 'tickets_created', date: '2026-03-02', value: 41 },
      { measure: 'tickets_created', date: '2026-03-03', value: 50 }, // the file has 50 too: unchanged
      { measure: 'tickets_created', date: '2026-03-09', value: 12 },
    ]);
    const before = measureTableHash(t.db);
    const beforeCells = cells(t);
    t.setNow('2026-03-18T11:00:00Z');
    const r = await importFixture(t, 'helpdesk.csv');
    // 5 days × 6 measures (tickets created/resolved/responded, csat satisfied/responses,
    // first_response_seconds) = 30 cells: 28 new, 2026-03-02 tickets updated, 2026-03-03 unchanged
    expect(r.counts).toMatchObject({ rows: 5, inserted: 28, updated: 1, unchanged: 1 });
    const history = importListSchema.parse((await t.request('GET', '/api/imports')).json).imports;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      id: r.importId,
      fileName: 'helpdesk.csv',
      rows: 5,
      inserted: 28,
      updated: 1,
      unchanged: 1,
      status: 'committed',
      size: readFileSync(fixture('good', 'helpdesk.csv')).length,
    });
    // Provenance of written cells is the import.
    const row = t.db
      .prepare(
        "SELECT source_kind, source_id FROM measure_values WHERE day = '2026-03-02' AND measure_id = (SELECT id FROM measures WHERE key = 'tickets_created')",
      )
      .get();
    expect(row).toEqual({ source_kind: 'csv', source_id: String(r.importId) });

    // Undo reads the changes in pages; small pages give the same 29 cells (28 new + 1 updated).
    const all = [...iterateChanges(t.db, r.importId ?? -1)];
    expect(all).toHaveLength(29);
    expect([...iterateChanges(t.db, r.importId ?? -1, 7)]).toEqual(all);
    const undo = await t.request('POST', `/api/imports/${r.importId}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.json).toEqual({ id: r.importId, restored: 1, deleted: 28 });
    expect(measureTableHash(t.db)).toBe(before);
    expect(cells(t)).toEqual(beforeCells); // value, provenance and written_at, exactly
    expect(await weekly(t, '2026-W10', 'resolution_rate')).toBeNull();
    const again = await t.request('POST', `/api/imports/${r.importId}/undo`);
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.json).error.code).toBe('already_undone');
  });

  test('undo is refused, with the cells named, when a later write changed the same values', async () => {
    const t = makeTestApp();
    const first = await importFixture(t, 'helpdesk.csv');
    await ingestOk(t, [{ measure: 'tickets_created', date: '2026-03-04', value: 31 }]);
    const before = measureTableHash(t.db);
    const r = await t.request('POST', `/api/imports/${first.importId}/undo`);
    expect(r.status).toBe(409);
    const err = errorBodySchema.parse(r.json).error;
    expect(err.code).toBe('undo_conflict');
    expect(err.message).toContain('1 of the values it wrote were changed later');
    expect(err.message).toContain('tickets_created on 2026-03-04');
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('a later import over the same cells must be undone first; then both undo cleanly', async () => {
    const t = makeTestApp();
    const a = await importFixture(t, 'shop_sales.csv');
    const b = await importFixture(t, 'shop_sales_bom.csv'); // same values: all unchanged
    expect(b.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 14 });
    const european = await importFixture(t, 'european_ambiguous.csv', { dateFormat: 'dmy' });
    // 02–04 March orders now come from the European file (10, 30, 20 instead of 20, 25, 18).
    expect((await t.request('POST', `/api/imports/${a.importId}/undo`)).status).toBe(409);
    expect((await t.request('POST', `/api/imports/${european.importId}/undo`)).status).toBe(200);
    expect((await t.request('POST', `/api/imports/${a.importId}/undo`)).status).toBe(200);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM measure_values').get()).toEqual({ n: 0 });
  });
});

describe('re-uploads and profiles', () => {
  test('a byte-identical re-upload is reported in the preview and refused at commit unless allowed', async () => {
    const t = makeTestApp();
    const first = await importFixture(t, 'ga4_daily.csv');
    const preview = await uploadFixture(t, 'good', 'ga4_daily.csv');
    expect(preview.duplicateOf).toMatchObject({ id: first.importId, fileName: 'ga4_daily.csv' });
    const before = measureTableHash(t.db);
    const refused = await commit(t, preview.uploadId);
    expect(refused.status).toBe(409);
    expect(errorBodySchema.parse(refused.json).error.message).toContain(`byte-identical to import #${first.importId}`);
    expect(measureTableHash(t.db)).toBe(before);
    const allowed = await commit(t, preview.uploadId, { allowDuplicate: true });
    expect(allowed.status).toBe(201);
  });

  test('a saved mapping is reused automatically when the same header comes again', async () => {
    const t = makeTestApp();
    const csv = 'Tag,Besuche,Bestellungen\n2026-03-02,1000,10\n';
    const first = importReportSchema.parse((await upload(t, csv, 'de.csv')).json);
    expect(first.errors[0]?.text).toContain('no column is mapped to a measure or KPI');
    const mapping = [
      { column: 'Tag', role: 'date' as const, targets: [] },
      { column: 'Besuche', role: 'value' as const, targets: [{ kind: 'measure' as const, key: 'sessions' }] },
      { column: 'Bestellungen', role: 'value' as const, targets: [{ kind: 'measure' as const, key: 'orders' }] },
    ];
    const r = await commit(t, first.uploadId, { mapping, saveProfileAs: 'Shop DE daily' });
    expect(r.status).toBe(201);
    const next = importReportSchema.parse(
      (await upload(t, 'Tag,Besuche,Bestellungen\n2026-03-03,2000,30\n', 'de2.csv')).json,
    );
    expect(next.profile).toBe('Shop DE daily');
    expect(next.errorCount).toBe(0);
    expect((await commit(t, next.uploadId)).status).toBe(201);
    // (10 + 30) orders / (1000 + 2000) sessions
    expect(await weekly(t, '2026-W10', 'conversion_rate')).toBeCloseTo(40 / 3000, 12);
  });

  test('a custom row-level profile aggregates per day like the built-in ones', async () => {
    const t = makeTestApp();
    const profile = {
      name: 'Returns log',
      kind: 'rows',
      requiredHeaders: ['Return id', 'Order', 'Returned on'],
      timestamp: 'Returned on',
      aggregates: [{ op: 'count_distinct', measure: 'returned_orders', column: 'Order' }],
    };
    expect((await t.request('POST', '/api/import-profiles', profile)).status).toBe(201);
    const csv = 'Return id,Order,Returned on\nR1,#1001,2026-03-02\nR2,#1001,2026-03-02\nR3,#1002,2026-03-03\n';
    const up = importReportSchema.parse((await upload(t, csv)).json);
    expect(up.profile).toBe('Returns log');
    expect((await commit(t, up.uploadId)).status).toBe(201);
    await ingestOk(t, [{ measure: 'orders', date: '2026-03-02', value: 8 }]);
    // 2 distinct returned orders over 8 orders
    expect(await weekly(t, '2026-W10', 'return_rate')).toBeCloseTo(0.25, 12);
  });
});

describe('progress', () => {
  test('a client-chosen upload id lets the page follow the first preview; rows are counted', async () => {
    const t = makeTestApp();
    const id = '0b5e6a4e-8f0e-4a59-9a55-1c2f3d4e5f60';
    const res = await t.fetch(`/api/imports?name=h.csv&id=${id}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: readFileSync(fixture('good', 'helpdesk.csv')),
    });
    expect(res.status).toBe(201);
    expect(importReportSchema.parse(await res.json()).uploadId).toBe(id);
    const p = await t.get(`/api/imports/uploads/${id}/progress`, progressSchema);
    expect(p).toEqual({ uploadId: id, phase: 'done', rows: 5, bytes: p.totalBytes, totalBytes: p.totalBytes });
  });
});

describe('limits', () => {
  test('an upload over the configured limit gets 413 naming the limit, and nothing is written', async () => {
    const t = makeTestApp({ config: { maxUploadMb: 0.001 } });
    const big = `Date,Sessions\n${'2026-03-02,1000\n'.repeat(200)}`;
    const r = await upload(t, big);
    expect(r.status).toBe(413);
    expect(errorBodySchema.parse(r.json).error.message).toContain('upload limit of 0.001 MB');
  });
});
