import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../fixtures/random.js';
import { migrate } from '../../server/db/migrate.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

describe('storage', () => {
  test('WAL and foreign keys are on; migrations are recorded and not re-applied', () => {
    const t = makeTestApp();
    expect(t.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = t.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions[0]).toBe(1);
    expect(migrate(t.db)).toEqual([]);
  });

  test('daily totals across segments always equal the sum of their rows', async () => {
    const t = makeTestApp();
    for (const key of ['s1', 's2', 's3']) await t.request('POST', '/api/segments', { key, name: key });
    const rand = seededRandom(7);
    const segs = [undefined, 's1', 's2', 's3'];
    for (let round = 0; round < 6; round++) {
      const items = [];
      for (let i = 0; i < 40; i++) {
        const seg = segs[Math.floor(rand() * 4)];
        items.push({
          measure: rand() < 0.5 ? 'sessions' : 'orders',
          date: `2026-03-0${1 + Math.floor(rand() * 5)}`,
          value: Math.round(rand() * 1000) / 10,
          ...(seg ? { segment: seg } : {}),
        });
      }
      // de-duplicate cells so a `set` batch has one value per cell
      const seen = new Map(items.map((it) => [`${it.measure}|${it.date}|${it.segment ?? ''}`, it]));
      await ingestOk(t, [...seen.values()], round % 2 ? 'increment' : 'set');
    }
    t.db.prepare("DELETE FROM measure_values WHERE day = '2026-03-02' AND segment_id = 1").run();
    const expected = t.db
      .prepare('SELECT measure_id, day, SUM(value) AS v, COUNT(*) AS n FROM measure_values GROUP BY 1, 2 ORDER BY 1, 2')
      .all();
    const totals = t.db
      .prepare('SELECT measure_id, day, value AS v, segments AS n FROM measure_day_totals ORDER BY 1, 2')
      .all();
    expect(totals).toEqual(expected);
  });
});
