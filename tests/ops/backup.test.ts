import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { pruneBackups, scheduledName } from '../../server/ops/backup.js';
import { findLiveServer, writePidFile } from '../../server/ops/pidFile.js';
import { addDays } from '../../shared/period.js';
import { freePort, type RunningServer, startServer } from '../helpers/server.js';
import { ingestOk, makeTestApp } from '../helpers/testApp.js';

type Item = { measure: string; date: string; value: number };

/** Four years of five measures (~2 MB): a copy that takes a moment while writes go on. */
function preload(): Item[] {
  const items: Item[] = [];
  for (let d = 0; d < 1460; d++) {
    const date = addDays('2019-01-07', d);
    for (const [j, measure] of ['sessions', 'orders', 'net_revenue', 'new_customers', 'marketing_spend'].entries()) {
      items.push({ measure, date, value: 1000 + d * 3 + j * 17 });
    }
  }
  return items;
}
const WEEK0 = '2024-01-01'; // a Monday: batch b holds week 2024-W(b+1)
/** Batch b: one week of five measures; each batch commits whole or not at all. */
function weekBatch(b: number): Item[] {
  const items: Item[] = [];
  for (let d = 0; d < 7; d++) {
    const date = addDays(WEEK0, 7 * b + d);
    items.push(
      { measure: 'sessions', date, value: 2000 + 13 * b + d },
      { measure: 'orders', date, value: 40 + (b % 5) + d },
      { measure: 'net_revenue', date, value: 3000 + 7 * b },
      { measure: 'marketing_spend', date, value: 500 + b },
      { measure: 'new_customers', date, value: 20 + (d % 3) },
    );
  }
  return items;
}

function run(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    p.stdout.on('data', (d) => {
      out += String(d);
    });
    p.stderr.on('data', (d) => {
      out += String(d);
    });
    p.on('exit', (code) => resolve({ code, out }));
  });
}

const post = async (server: RunningServer, items: Item[]) => {
  const res = await server.api('/api/ingest', {
    method: 'POST',
    body: JSON.stringify({ mode: 'set', items }),
  });
  if (res.status !== 201) throw new Error(`ingest → ${res.status}: ${await res.text()}`);
};

const scorecard = async (server: RunningServer, week: string) => {
  const res = await server.api(`/api/scorecard?week=${week}`);
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
};

describe('backup and restore', () => {
  test('a backup taken under concurrent writes restores to an intact DB with the same scorecard', async () => {
    const server = await startServer({ ROLECARD_DEMO: '0' });
    const env = { ROLECARD_DB: server.dbPath };
    const base = preload();
    await post(server, base);

    // A writer commits one week per request for as long as the backup runs.
    let committed = 0;
    let writing = true;
    let failure: unknown = null;
    const writer = (async () => {
      while (writing) {
        await post(server, weekBatch(committed));
        committed++;
      }
    })().catch((err: unknown) => {
      failure = err;
    });
    const waitFor = async (n: number) => {
      while (committed < n) {
        if (failure) throw failure;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await waitFor(3);
    const dest = join(mkdtempSync(join(tmpdir(), 'rolecard-backup-')), 'backup.db');
    const before = committed;
    const backup = await run('scripts/backup.ts', [dest], env);
    const after = committed;
    await waitFor(after + 2);
    writing = false;
    await writer;

    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/integrity_check: ok/);
    expect(backup.out).toMatch(/measure_values\s+[\d,]+/);
    expect(after).toBeGreaterThan(before); // writes really ran during the backup

    // The copy is one instant of the DB: the preload plus a whole number k of weekly batches.
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    const rows = copy.prepare('SELECT COUNT(*) FROM measure_values').pluck().get() as number;
    const lastDay = copy.prepare("SELECT MAX(day) FROM measure_values WHERE day >= '2024-01-01'").pluck().get();
    copy.close();
    const k = (rows - base.length) / 35;
    expect(Number.isInteger(k)).toBe(true);
    expect(k).toBeGreaterThanOrEqual(before);
    // +1: a batch may be committed on the server before its response reaches the writer.
    expect(k).toBeLessThanOrEqual(after + 1);
    expect(lastDay).toBe(addDays(WEEK0, 7 * k - 1));

    // Restore refuses while the server runs, and leaves the live DB alone.
    const refused = await run('scripts/restore.ts', [dest], env);
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/Restore refused: Rolecard is running on this database \(pid \d+/);

    await server.stop();
    const restored = await run('scripts/restore.ts', [dest], env);
    expect(restored.code, restored.out).toBe(0);
    const aside = /kept at (.+)\./.exec(restored.out)?.[1] ?? '';
    expect(existsSync(aside)).toBe(true);
    const old = new Database(aside, { readonly: true });
    expect(old.prepare('SELECT COUNT(*) FROM measure_values').pluck().get()).toBe(base.length + 35 * committed);
    old.close();

    // The restored DB serves the scorecard an install holding exactly that data serves.
    // On today's clock, like the server: a week's expected days depend on today.
    const reference = makeTestApp({ now: new Date().toISOString() });
    await ingestOk(reference, base);
    for (let b = 0; b < k; b++) await ingestOk(reference, weekBatch(b));
    const again = await startServer({ ...env, ROLECARD_DEMO: '0' });
    try {
      for (const week of ['2024-W01', addDays(WEEK0, 7 * (k - 1)), addDays(WEEK0, 7 * k), '2022-W20']) {
        const expected = await (await reference.fetch(`/api/scorecard?week=${week}`)).json();
        expect(await scorecard(again, week)).toEqual(expected);
      }
    } finally {
      await again.stop();
    }
  }, 120_000);

  test('restore refuses a damaged file and a non-Rolecard file, touching nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-restore-'));
    const env = { ROLECARD_DB: join(dir, 'rolecard.db') };
    writeFileSync(join(dir, 'garbage.db'), 'this is not a database');
    const garbage = await run('scripts/restore.ts', [join(dir, 'garbage.db')], env);
    expect(garbage.code).toBe(2);
    expect(garbage.out).toMatch(/is not a readable SQLite database/);
    const other = new Database(join(dir, 'other.db'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    const foreign = await run('scripts/restore.ts', [join(dir, 'other.db')], env);
    expect(foreign.code).toBe(2);
    expect(foreign.out).toMatch(/not a Rolecard database/);
    expect(existsSync(env.ROLECARD_DB)).toBe(false);
  }, 60_000);

  test('a stale pid file (crashed server) does not block; a live address does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-pid-'));
    const dbPath = join(dir, 'rolecard.db');
    const port = await freePort();
    writePidFile(dbPath, { pid: 2 ** 22 + 12345, host: '127.0.0.1', port, startedAt: '' });
    expect(await findLiveServer(dbPath)).toBeNull();
    writePidFile(dbPath, { pid: process.ppid, host: '127.0.0.1', port, startedAt: '' });
    expect(await findLiveServer(dbPath)).toMatchObject({ pid: process.ppid });
  });

  test('scheduled backups: one soon after start into ROLECARD_BACKUP_DIR; pruning keeps the newest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecard-scheduled-'));
    const server = await startServer({ ROLECARD_DEMO: '0', ROLECARD_BACKUP_DIR: dir, ROLECARD_BACKUP_KEEP: '3' });
    try {
      for (let i = 0; i < 100 && !readdirSync(dir).some((f) => f.endsWith('.db')); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await server.stop();
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.db'));
    expect(files).toHaveLength(1);
    const copy = new Database(join(dir, files[0] ?? ''), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT COUNT(*) FROM kpis').pluck().get()).toBe(28);
    copy.close();
    expect(server.output()).toMatch(/scheduled backup written/);

    for (const h of [1, 2, 3, 4, 5]) writeFileSync(join(dir, scheduledName(new Date(Date.UTC(2026, 0, 1, h)))), '');
    writeFileSync(join(dir, 'keep-me.db'), '');
    expect(pruneBackups(dir, 3)).toEqual([
      'rolecard-20260101T010000Z.db',
      'rolecard-20260101T020000Z.db',
      'rolecard-20260101T030000Z.db',
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      ['keep-me.db', 'rolecard-20260101T040000Z.db', 'rolecard-20260101T050000Z.db', files[0] ?? ''].sort(),
    );
  }, 60_000);
});
