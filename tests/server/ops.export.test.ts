import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvCell } from '../../server/csv/write.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { ingest } from '../../server/ingest/core.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { exportDocumentSchema } from '../../shared/ops.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

async function seeded() {
  const t = makeTestApp();
  expect((await t.request('POST', '/api/segments', { key: 'shop_es', name: 'Tienda España' })).status).toBe(201);
  // A segment name a spreadsheet would run as a formula.
  expect((await t.request('POST', '/api/segments', { key: 'evil', name: '=HYPERLINK("http://x","y")' })).status).toBe(
    201,
  );
  await ingestOk(t, [
    { measure: 'sessions', date: '2026-03-02', value: 1200, segment: 'shop_es' },
    { measure: 'net_revenue', date: '2026-03-02', value: -12.5 },
  ]);
  expect(
    (await t.request('POST', '/api/targets', { kpi: 'cac', value: 40, band: 5, effectiveFrom: '2026-W10' })).status,
  ).toBe(201);
  return t;
}

describe('GET /api/export', () => {
  test('JSON holds every table with readable keys beside ids', async () => {
    const t = await seeded();
    const res = await t.fetch('/api/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rolecard-export-2026-03-18.json"');
    const doc = exportDocumentSchema.parse(await res.json());
    expect(doc.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(doc.exportedAt).toBe('2026-03-18T10:00:00.000Z');
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining(['roles', 'measures', 'kpis', 'segments', 'targets', 'measure_values', 'settings']),
    );
    expect(doc.counts).toMatchObject({ roles: 8, kpis: 28, measures: 43, segments: 3, targets: 1, measure_values: 2 });
    expect(doc.tables.measure_values).toEqual([
      expect.objectContaining({
        measure: 'net_revenue',
        segment: 'business',
        day: '2026-03-02',
        value: -12.5,
        source_kind: 'api',
      }),
      expect.objectContaining({
        measure: 'sessions',
        segment: 'shop_es',
        day: '2026-03-02',
        value: 1200,
        source_kind: 'api',
      }),
    ]);
    expect(doc.tables.targets).toEqual([
      expect.objectContaining({ kpi: 'cac', segment: null, value: 40, band: 5, effective_from: '2026-03-02' }),
    ]);
  });

  test('CSV of measure values with provenance; formula-like text neutralised, numbers kept', async () => {
    const t = await seeded();
    const res = await t.fetch('/api/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = (await res.text()).split('\r\n');
    expect(rows[0]).toBe('measure,segment,day,value,source_kind,source_id,written_at,measure_id,segment_id');
    expect(rows[1]).toMatch(/^net_revenue,business,2026-03-02,-12\.5,api,[^,]+,2026-03-18T10:00:00\.000Z,\d+,1$/);
    expect(rows[2]).toMatch(/^sessions,shop_es,2026-03-02,1200,api,[^,]+,2026-03-18T10:00:00\.000Z,\d+,2$/);
    expect(rows.slice(3)).toEqual(['']);

    const segments = await (await t.fetch('/api/export?format=csv&table=segments')).text();
    expect(segments.split('\r\n')).toEqual([
      'id,key,name,kind',
      '1,business,Whole business,business',
      '2,shop_es,Tienda España,store',
      `3,evil,"'=HYPERLINK(""http://x"",""y"")",store`,
      '',
    ]);
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=x', `"'\r=x"`],
    ['\n=x', `"'\n=x"`],
    ['\0=x', "'\0=x"],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
    [-5, '-5'],
    [0.045, '0.045'],
    [null, ''],
  ])('csvCell(%j) → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('rejects an unknown table and a table with the JSON format, saying what to do', async () => {
    const t = makeTestApp();
    const missing = await t.request('GET', '/api/export?format=csv&table=nope');
    expect(missing.status).toBe(404);
    expect(errorBodySchema.parse(missing.json).error.message).toMatch(/No table "nope".*measure_values/);
    const both = await t.request('GET', '/api/export?format=json&table=roles');
    expect(both.status).toBe(400);
    const format = await t.request('GET', '/api/export?format=xml');
    expect(format.status).toBe(400);
  });
});

describe('npm run export', () => {
  test('writes export.json and one CSV per table from the database file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-export-'));
    const dbPath = join(dir, 'rolecard.db');
    const db = openDb(dbPath);
    migrate(db);
    seedCatalog(db, defaultCatalog);
    ingest(
      db,
      { mode: 'set', items: [{ measure: 'orders', date: '2026-03-02', value: 31 }] },
      { kind: 'api', id: 'r1' },
      new Date('2026-03-03T00:00:00Z'),
    );
    db.close();
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', out], {
      env: { ...process.env, ROLECARD_DB: dbPath },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = exportDocumentSchema.parse(JSON.parse(readFileSync(join(out, 'export.json'), 'utf8')));
    expect(doc.counts.measure_values).toBe(1);
    expect(readFileSync(join(out, 'measure_values.csv'), 'utf8').split('\r\n')[1]).toMatch(
      /^orders,business,2026-03-02,31,api,r1,2026-03-03T00:00:00\.000Z,\d+,1$/,
    );
    expect(readFileSync(join(out, 'roles.csv'), 'utf8').split('\r\n')).toHaveLength(8 + 2);
  });
});
