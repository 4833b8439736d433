import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importReportSchema } from '../../shared/imports.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { ingestOk, makeTestApp, measureTableHash } from '../helpers/testApp.js';
import { commit, fixture, upload } from './helpers.js';

interface Case {
  name: string;
  file: string;
  description: string;
  stage: 'upload' | 'commit';
  status: number;
  code: string;
  contains: string;
}

const { cases } = JSON.parse(readFileSync(fixture('broken', 'cases.json'), 'utf8')) as { cases: Case[] };

describe('broken corpus', () => {
  test('has at least 25 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)('$name: $description', async (c) => {
    const t = makeTestApp({ config: { timeZone: 'Europe/Madrid' } });
    // Existing data the failed import must leave exactly as it was.
    await ingestOk(t, [
      { measure: 'sessions', date: '2026-03-02', value: 777 },
      { measure: 'orders', date: '2026-03-02', value: 7 },
    ]);
    const before = measureTableHash(t.db);
    const up = await upload(t, readFileSync(fixture('broken', c.file)), c.file);
    let body: unknown = up.json;
    let status = up.status;
    if (c.stage === 'commit') {
      expect(up.status).toBe(201);
      // The preview already lists the problem, before anything is written.
      const preview = importReportSchema.parse(up.json);
      expect(preview.errors.map((e) => e.text).join('\n')).toContain(c.contains);
      const r = await commit(t, preview.uploadId);
      status = r.status;
      body = r.json;
    }
    expect(status).toBe(c.status);
    const err = errorBodySchema.parse(body).error;
    expect(err.code).toBe(c.code);
    const texts =
      c.stage === 'commit'
        ? importReportSchema
            .parse(err.details)
            .errors.map((e) => e.text)
            .join('\n')
        : err.message;
    expect(texts).toContain(c.contains);
    expect(measureTableHash(t.db)).toBe(before);
    expect((await t.request('GET', '/api/imports')).json).toEqual({ imports: [] });
  });

  test('every error is counted, the first 200 are listed', async () => {
    const t = makeTestApp();
    const up = await upload(t, readFileSync(fixture('broken', 'many_errors.csv')));
    const report = importReportSchema.parse(up.json);
    expect(report.errorCount).toBe(250);
    expect(report.errors).toHaveLength(200);
    expect(report.errors[199]?.row).toBe(201);
  });

  test('skipping bad rows writes the good ones and lists the bad', async () => {
    const t = makeTestApp();
    const up = importReportSchema.parse((await upload(t, readFileSync(fixture('broken', 'not_a_number.csv')))).json);
    // The preview already says what the good row would write (1000 sessions, 10 orders).
    expect(up.counts).toMatchObject({ rows: 2, goodRows: 1, badRows: 1, inserted: 2 });
    const r = await commit(t, up.uploadId, { skipBadRows: true });
    expect(r.status).toBe(201);
    const report = importReportSchema.parse(r.json);
    expect(report.counts).toMatchObject({ rows: 2, goodRows: 1, badRows: 1, inserted: 2 });
    expect(report.errors[0]?.text).toBe('row 3, column "Sessions": "1.2k" is not a number');
    const stored = t.db.prepare('SELECT day, value FROM measure_values ORDER BY day, value').all();
    // Only row 2 (2026-03-02: 10 orders, 1000 sessions) was written.
    expect(stored).toEqual([
      { day: '2026-03-02', value: 10 },
      { day: '2026-03-02', value: 1000 },
    ]);
  });
});
