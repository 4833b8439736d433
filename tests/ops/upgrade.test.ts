import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.js';
import { defaultConfig } from '../../server/config.js';
import { listMigrations, MigrationError, migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { scorecardSchema } from '../../shared/schemas.js';
import { signedInAdmin } from '../helpers/testApp.js';

const FIXTURE = 'fixtures/db/v1.db';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function copyFixture(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rolecard-upgrade-')), 'rolecard.db');
  copyFileSync(FIXTURE, file);
  return file;
}

/** KPI values per week straight from the v1 tables, before any newer code touches them. */
function rawKpiValues(file: string, week: { start: string; end: string }) {
  const db = new Database(file, { readonly: true });
  const kpis = db.prepare('SELECT key, kind, numerator_id AS num, denominator_id AS den, scale FROM kpis').all() as {
    key: string;
    kind: string;
    num: number;
    den: number | null;
    scale: number;
  }[];
  const total = db
    .prepare('SELECT SUM(value) FROM measure_values WHERE measure_id = ? AND day BETWEEN ? AND ?')
    .pluck();
  const out: Record<string, number | null> = {};
  for (const k of kpis) {
    const n = total.get(k.num, week.start, week.end) as number | null;
    const d = k.den === null ? null : (total.get(k.den, week.start, week.end) as number | null);
    out[k.key] = k.kind === 'sum' ? n : n === null || !d ? null : (n / d) * k.scale;
  }
  db.close();
  return out;
}

const WEEKS = [
  { label: '2026-W02', start: '2026-01-05', end: '2026-01-11' },
  { label: '2026-W06', start: '2026-02-02', end: '2026-02-08' },
  { label: '2026-W09', start: '2026-02-23', end: '2026-03-01' },
];

describe('upgrading a database written by the first released schema', () => {
  test('the fixture is the v1 schema, small, and self-contained', () => {
    expect(readFileSync(FIXTURE).length).toBeLessThan(2 * 1024 * 1024);
    expect(existsSync(`${FIXTURE}-wal`)).toBe(false);
    const db = new Database(FIXTURE, { readonly: true });
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT COUNT(*) FROM measure_values').pluck().get()).toBe(896);
    db.close();
  });

  test('migrates to the current schema with every scorecard number unchanged', async () => {
    const file = copyFixture();
    const before = Object.fromEntries(WEEKS.map((w) => [w.label, rawKpiValues(file, w)]));
    const valuesBefore = JSON.stringify(
      new Database(file, { readonly: true }).prepare('SELECT * FROM measure_values ORDER BY 1, 2, 3').all(),
    );

    const db = openDb(file);
    migrate(db);
    const latest = Math.max(...listMigrations().map((m) => m.version));
    expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(latest);
    expect(JSON.stringify(db.prepare('SELECT * FROM measure_values ORDER BY 1, 2, 3').all())).toBe(valuesBefore);

    const { app } = createApp({ db, config: defaultConfig, clock: () => new Date('2026-03-18T10:00:00Z') });
    const headers = { cookie: signedInAdmin(db, defaultConfig) };
    for (const w of WEEKS) {
      const res = await app.request(`/api/scorecard?week=${w.label}`, { headers });
      expect(res.status).toBe(200);
      const card = scorecardSchema.parse(await res.json());
      const after = Object.fromEntries(card.roles.flatMap((r) => r.kpis.map((k) => [k.kpi.key, k.value])));
      const expected = before[w.label] ?? {};
      for (const [key, value] of Object.entries(expected)) {
        if (value === null) expect(after[key], key).toBeNull();
        else expect(after[key], key).toBeCloseTo(value, 9);
      }
    }

    // Hand-checked from the generator's formulas (fixtures/db/make-v1.ts), week 2026-W06,
    // day index i = 28..34: sessions 9170 + 4585, orders 161 + 91, spend 14 × 300, ...
    const res = await app.request('/api/scorecard?week=2026-W06', { headers });
    const card = scorecardSchema.parse(await res.json());
    const row = (key: string) => card.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === key);
    expect(row('sessions')?.value).toBe(13755);
    expect(row('conversion_rate')?.value).toBeCloseTo(252 / 13755, 12);
    expect(row('conversion_rate')?.status).toBe('amber'); // 0.01832 vs 0.02, band 0.002
    expect(row('aov')?.value).toBeCloseTo(50, 12);
    expect(row('cac')?.value).toBeCloseTo(4200 / 182, 12);
    expect(row('cac')?.status).toBe('green'); // 23.08 vs 40, lower is better
    expect(row('bounce_rate')?.value).toBeCloseTo(0.4, 12);
    expect(row('csat')?.value).toBeCloseTo(77 / 84, 12);
    expect(row('first_response_time')?.value).toBeCloseTo(455, 9);
    db.close();
  });
});

describe('a failing migration', () => {
  test('leaves the database file byte-identical and names the migration', () => {
    const file = copyFixture();
    const setup = openDb(file);
    migrate(setup);
    setup.pragma('wal_checkpoint(TRUNCATE)');
    setup.close();
    const hash = sha(file);
    const current = listMigrations();
    const broken = {
      version: 990,
      name: '990_broken_upgrade',
      // The first statement succeeds, the second fails: the transaction must undo the first.
      sql: "CREATE TABLE half_done (id INTEGER); INSERT INTO half_done VALUES (1); UPDATE measure_values SET value = value * 2; INSERT INTO no_such_table VALUES ('x');",
    };
    const db = openDb(file);
    expect(() => migrate(db, [...current, broken])).toThrow(MigrationError);
    expect(() => migrate(db, [...current, broken])).toThrow(/990_broken_upgrade/);
    db.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(sha(file)).toBe(hash);
  });

  test('stops the real server with a message naming it and the file untouched', () => {
    // A database whose schema_migrations lost its rows: re-running 001_init fails on the
    // existing tables, exactly like a broken upgrade would.
    const file = copyFixture();
    const db = openDb(file); // as a server left it: WAL mode, checkpointed on close
    db.exec('DELETE FROM schema_migrations');
    db.close();
    const hash = sha(file);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ROLECARD_DB: file, PORT: '1', HOST: '127.0.0.1', ROLECARD_DEMO: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Migration 001_init failed: table roles already exists/);
    expect(r.stderr).toMatch(/left exactly as it was/);
    expect(sha(file)).toBe(hash);
  });
});
