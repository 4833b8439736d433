import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/period.js';
import { errorBodySchema, ingestResultSchema, scorecardSchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, measureTableHash, type TestApp } from '../helpers/testApp.js';

/** `n` days of sessions from 2010-01-01: new rows, so a batch needs new pages. */
const sessions = (n: number, from = '2010-01-01') =>
  Array.from({ length: n }, (_, i) => ({ measure: 'sessions', date: addDays(from, i), value: 100 + i }));

const count = (t: TestApp) => t.db.prepare('SELECT COUNT(*) FROM measure_values').pluck().get() as number;

describe('a full database', () => {
  test('answers 507 for a write, 200 for a read, and accepts writes again once space is back', async () => {
    const t = makeTestApp();
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-09', value: 1000 },
      { measure: 'orders', date: '2026-03-09', value: 25 },
    ]);
    // No room for one more page: what a full disk looks like to SQLite (SQLITE_FULL).
    const pages = t.db.pragma('page_count', { simple: true }) as number;
    t.db.pragma(`max_page_count = ${pages}`);
    const before = measureTableHash(t.db);

    const full = await t.request('POST', '/api/ingest', { mode: 'set', items: sessions(3000) });
    expect(full.status).toBe(507);
    const body = errorBodySchema.parse(full.json);
    expect(body.error.code).toBe('storage_full');
    expect(body.error.message).toMatch(/database is full.*nothing from this request was written/);
    expect(JSON.stringify(full.json)).not.toMatch(/SqliteError|at .*\.ts/); // no stack, no internals
    expect(measureTableHash(t.db)).toBe(before); // the 3000-row transaction rolled back whole

    const read = await t.request('GET', '/api/scorecard?week=2026-W11');
    expect(read.status).toBe(200);
    const card = scorecardSchema.parse(read.json);
    const conversion = card.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'conversion_rate');
    expect(conversion?.value).toBeCloseTo(25 / 1000, 12);

    // Space is back (the operator freed disk): same process, same connection, no restart.
    t.db.pragma('max_page_count = 1073741823');
    const again = await t.request('POST', '/api/ingest', { mode: 'set', items: sessions(3000) });
    expect(again.status).toBe(201);
    expect(ingestResultSchema.parse(again.json).inserted).toBe(3000);
    expect(count(t)).toBe(2 + 3000);
  });

  test('a read-only database answers 503 for a write and keeps serving reads', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-09', value: 1000 }]);
    const before = measureTableHash(t.db);
    t.db.pragma('query_only = ON'); // SQLITE_READONLY on any write, as on a read-only mount

    const write = await t.request('POST', '/api/ingest', { mode: 'set', items: sessions(10) });
    expect(write.status).toBe(503);
    expect(errorBodySchema.parse(write.json).error.code).toBe('read_only');
    const target = await t.request('POST', '/api/targets', {
      kpi: 'cac',
      value: 40,
      band: 5,
      effectiveFrom: '2026-W10',
    });
    expect(target.status).toBe(503);
    expect(measureTableHash(t.db)).toBe(before);
    expect((await t.request('GET', '/api/catalog')).status).toBe(200);
    expect((await t.request('GET', '/readyz')).status).toBe(200);

    t.db.pragma('query_only = OFF');
    expect((await t.request('POST', '/api/ingest', { mode: 'set', items: sessions(10) })).status).toBe(201);
    expect(count(t)).toBe(11);
  });
});
