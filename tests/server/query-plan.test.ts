import { describe, expect, test } from 'vitest';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { type Db, openDb } from '../../server/db/open.js';
import { getScorecard } from '../../server/kpi/scorecard.js';
import { getSeries } from '../../server/kpi/series.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { addDays, parseWeek } from '../../shared/period.js';

/**
 * The scorecard and the series must stay index range searches: their cost then depends on the
 * weeks asked for, not on years of history or the number of stores (bench/README.md). These
 * tests record every statement the real code prepares and check SQLite's plan for each, on an
 * empty database and on one with data and ANALYZE statistics (which can change plans).
 */

const DATA_TABLES = ['measure_values', 'measure_day_totals', 'targets'];

function freshDb(): Db {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  return db;
}

/** Three stores, 120 days of every measure, quarterly targets; then ANALYZE. */
function withData(): Db {
  const db = freshDb();
  const ins = db.prepare(
    "INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at) VALUES (?, ?, ?, ?, 'test', 't', 'now')",
  );
  const measures = db.prepare('SELECT id FROM measures').pluck().all() as number[];
  const kpis = db.prepare('SELECT id FROM kpis').pluck().all() as number[];
  db.transaction(() => {
    for (let s = 2; s <= 4; s++) db.prepare("INSERT INTO segments (key, name) VALUES (?, 'x')").run(`s${s}`);
    for (let d = 0; d < 120; d++)
      for (const m of measures) for (let s = 1; s <= 4; s++) ins.run(m, s, addDays('2026-01-01', d), d + m + s);
    for (const k of kpis)
      for (const from of ['2025-12-29', '2026-03-30'])
        for (const seg of [null, 2])
          db.prepare(
            "INSERT INTO targets (kpi_id, segment_id, value, band, effective_from, created_at) VALUES (?, ?, 1, 0.1, ?, 'now')",
          ).run(k, seg, from);
  })();
  db.exec('ANALYZE');
  return db;
}

/** Runs `fn` and returns every SQL text it prepared on `db`. */
function preparedDuring(db: Db, fn: () => void): string[] {
  const seen: string[] = [];
  const original = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return original(sql);
  }) as Db['prepare'];
  try {
    fn();
  } finally {
    db.prepare = original;
  }
  return seen;
}

function plan(db: Db, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
}

/** Plans of the statements that touch the data tables, each as one line. */
function dataPlans(db: Db, fn: () => void): Array<{ sql: string; plan: string }> {
  return preparedDuring(db, fn)
    .filter((sql) => DATA_TABLES.some((t) => sql.includes(t)) && /^\s*(WITH|SELECT)/i.test(sql))
    .map((sql) => ({ sql: sql.replace(/\s+/g, ' '), plan: plan(db, sql).join(' | ') }));
}

const TABLE_SCAN = /\bSCAN (measure_values|measure_day_totals|targets|t)\b/;
/** A data-table step must seek on the key's leading column: "USING PRIMARY KEY" alone walks it all. */
const DATA_STEP = /\b(SEARCH|SCAN) (measure_values|measure_day_totals|targets|t)\b/;
const SEEK = /USING (PRIMARY KEY|(COVERING )?INDEX \w+) \((measure_id|kpi_id)=\?/;

function expectSeeksOnly(plans: Array<{ sql: string; plan: string }>) {
  for (const p of plans) {
    expect(p.plan, p.sql).not.toMatch(TABLE_SCAN);
    for (const step of p.plan.split(' | ').filter((s) => DATA_STEP.test(s))) expect(step, p.sql).toMatch(SEEK);
  }
}

describe('indexes the read paths rely on', () => {
  test('exist with the columns in the order the queries seek on', () => {
    const db = freshDb();
    const cols = (index: string) => (db.pragma(`index_info(${index})`) as Array<{ name: string }>).map((c) => c.name);
    const pk = (table: string) => {
      const list = db.pragma(`index_list(${table})`) as Array<{ name: string; origin: string }>;
      const idx = list.find((i) => i.origin === 'pk');
      return idx ? cols(idx.name) : [];
    };
    expect(pk('measure_values')).toEqual(['measure_id', 'segment_id', 'day']);
    expect(pk('measure_day_totals')).toEqual(['measure_id', 'day']);
    expect(cols('targets_kpi')).toEqual(['kpi_id', 'segment_id', 'effective_from']);
    // WITHOUT ROWID: the primary key is the table, so a range search reads values in place.
    for (const t of ['measure_values', 'measure_day_totals'])
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t)).toMatch(/WITHOUT ROWID/);
  });
});

describe.each([
  ['an empty database', freshDb],
  ['a database with data and statistics', withData],
])('query plans on %s', (_name, make) => {
  const week = parseWeek('2026-W14');
  if (!week) throw new Error('bad week');
  const today = '2026-05-01';

  test.each([
    ['all segments', undefined],
    ['one segment', 's2'],
  ])('the scorecard for %s searches indexes and never scans a data table', (_label, segment) => {
    const db = make();
    if (segment && !db.prepare('SELECT 1 FROM segments WHERE key = ?').get(segment))
      db.prepare("INSERT INTO segments (key, name) VALUES (?, 'x')").run(segment);
    const plans = dataPlans(db, () => getScorecard(db, { week, weekStart: 'monday', today, segment }));
    const table = segment ? 'measure_values' : 'measure_day_totals';
    // The weekly sums: one primary-key range search per measure and week.
    const sums = plans.find((p) => p.sql.includes(`JOIN ${table} t`));
    expect(sums?.plan).toContain(
      segment
        ? 'SEARCH t USING PRIMARY KEY (measure_id=? AND segment_id=? AND day>? AND day<?)'
        : 'SEARCH t USING PRIMARY KEY (measure_id=? AND day>? AND day<?)',
    );
    // Freshness and targets: seeks, and the target order comes from the index (no sort).
    expect(plans.find((p) => p.sql.includes('MAX(day)'))?.plan).toMatch(/SEARCH \w+ USING PRIMARY KEY \(measure_id=\?/);
    const target = plans.find((p) => p.sql.includes('FROM targets'));
    expect(target?.plan).toMatch(/SEARCH targets USING INDEX targets_kpi \(kpi_id=\? AND segment_id=\? AND/);
    expect(target?.plan).not.toContain('TEMP B-TREE');
    expectSeeksOnly(plans);
    expect(plans.length).toBeGreaterThanOrEqual(3);
  });

  test.each([
    ['all segments', undefined],
    ['one segment', 's2'],
  ])('a daily series for %s searches indexes and never scans a data table', (_label, segment) => {
    const db = make();
    if (segment && !db.prepare('SELECT 1 FROM segments WHERE key = ?').get(segment))
      db.prepare("INSERT INTO segments (key, name) VALUES (?, 'x')").run(segment);
    const plans = dataPlans(db, () =>
      getSeries(db, 'conversion_rate', {
        grain: 'day',
        from: '2026-01-01',
        to: '2026-04-30',
        weekStart: 'monday',
        segment,
      }),
    );
    const daily = plans.find((p) => p.sql.includes('day BETWEEN'));
    expect(daily?.plan).toMatch(
      /SEARCH \w+ USING PRIMARY KEY \(measure_id=\? AND (segment_id=\? AND )?day>\? AND day<\?\)/,
    );
    expect(plans.find((p) => p.sql.includes('FROM targets'))?.plan).toMatch(/USING INDEX targets_kpi/);
    expectSeeksOnly(plans);
  });
});
