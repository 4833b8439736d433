import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { ingest } from '../../server/ingest/core.js';
import { defaultCatalog } from '../../shared/catalog.js';
import { measureTableHash } from '../helpers/testApp.js';
import { fixture } from './helpers.js';

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'rolecard-cli-')), 'r.db');
const cli = (db: string, ...args: string[]): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    env: { ...process.env, ROLECARD_DB: db, ROLECARD_DEMO: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A DB with some earlier values, and its content hash. */
function seeded(path: string) {
  const db = openDb(path);
  migrate(db);
  seedCatalog(db, defaultCatalog);
  ingest(
    db,
    { mode: 'set', items: [{ measure: 'sessions', date: '2020-01-06', value: 5 }] },
    { kind: 'api', id: 'x' },
    new Date(),
  );
  const hash = measureTableHash(db);
  db.close();
  return hash;
}

describe('npm run import', { timeout: 60_000 }, () => {
  test('imports, says what it did, exits 0; a dry run writes nothing', () => {
    const db = freshDb();
    const before = seeded(db);
    const dry = cli(db, fixture('good', 'shop_sales.csv'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Dry run, nothing written. 7 rows: 14 values to insert');
    const d = openDb(db);
    expect(measureTableHash(d)).toBe(before);
    d.close();
    const run = cli(db, fixture('good', 'shop_sales.csv'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported as #1');
    expect(run.stdout).toContain('a totals row ("Total") was skipped');
  });

  test('a broken file exits 1 with the same line-level error and writes nothing', () => {
    const db = freshDb();
    const before = seeded(db);
    const r = cli(db, fixture('broken', 'not_a_number.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('row 3, column "Sessions": "1.2k" is not a number');
    const d = openDb(db);
    expect(measureTableHash(d)).toBe(before);
    d.close();
  });

  test('a re-run of the same file exits 1 (duplicate); --profile picks a profile; bad usage exits 2', () => {
    const db = freshDb();
    seeded(db);
    expect(cli(db, fixture('good', 'zendesk_tickets.csv'), '--profile', 'Zendesk tickets export').status).toBe(0);
    const again = cli(db, fixture('good', 'zendesk_tickets.csv'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('byte-identical to import #1');
    expect(cli(db, fixture('good', 'shop_sales.csv'), '--profile', 'No such').status).toBe(1);
    expect(cli(db).status).toBe(2);
    expect(cli(db, 'missing.csv').status).toBe(2);
    expect(cli(db, fixture('good', 'shop_sales.csv'), '--date-format', 'dd.mm').status).toBe(2);
  });

  test('a process killed with SIGKILL in the middle of a large import leaves no trace', async () => {
    const db = freshDb();
    const before = seeded(db);
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-kill-'));
    const file = join(dir, 'big.csv');
    const lines = ['date,metric,value'];
    for (let d = 0; d < 20_000; d++) {
      const day = new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (const m of ['sessions', 'orders', 'net_revenue', 'tickets_created', 'add_to_carts'])
        lines.push(`${day},${m},${d % 97}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--progress'], {
      env: { ...process.env, ROLECARD_DB: db, ROLECARD_DEMO: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    // Kill once it has written a few chunks (its transaction is open and holds rows).
    const killedAt = await new Promise<number>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        err += String(d);
        const rows = [...err.matchAll(/progress: (\d+) rows/g)].map((m) => Number(m[1]));
        const last = rows[rows.length - 1] ?? 0;
        if (last >= 20_000 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolve(last);
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    expect(killedAt).toBeLessThan(100_000); // it was killed mid-way, not after the end
    const d = openDb(db);
    expect(measureTableHash(d)).toBe(before);
    expect(d.prepare('SELECT COUNT(*) AS n FROM imports').get()).toEqual({ n: 0 });
    expect(d.prepare('SELECT COUNT(*) AS n FROM import_changes').get()).toEqual({ n: 0 });
    d.close();
  }, 60_000);
});
