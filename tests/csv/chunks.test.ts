import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runImport } from '../../server/csv/pipeline.js';
import { type ImportOptions, type ImportReport, importOptionsSchema } from '../../shared/imports.js';
import { ingestOk, makeTestApp, measureTableHash, type TestApp } from '../helpers/testApp.js';
import { weekly } from './helpers.js';

// The pipeline with a chunk size of 1 or 2 rows, so the rows under test land in different
// chunks without 5,000-row fixtures. Preview and commit run the same pipeline; each test
// checks the preview says what the commit then does.

const dir = mkdtempSync(join(tmpdir(), 'rolecard-chunks-'));
let n = 0;

/** Runs `csv` through the pipeline as a preview, then as a commit, with `chunkRows` rows per chunk. */
async function both(t: TestApp, csv: string, chunkRows: number, options: ImportOptions = {}) {
  const path = join(dir, `f${++n}.csv`);
  writeFileSync(path, csv);
  const file = {
    path,
    fileName: `f${n}.csv`,
    size: Buffer.byteLength(csv),
    hash: createHash('sha256').update(csv).digest('hex'),
    uploadId: `u${n}`,
  };
  const opts = importOptionsSchema.parse(options);
  const run = (commit: boolean): Promise<ImportReport> =>
    runImport(file, opts, { db: t.db, timeZone: 'UTC', now: new Date('2026-03-18T10:00:00Z'), commit, chunkRows });
  const before = measureTableHash(t.db);
  const preview = await run(false);
  expect(measureTableHash(t.db)).toBe(before); // a preview writes nothing
  const commit = await run(true);
  return { preview, commit };
}

const sessionsOn = (t: TestApp, day: string) =>
  t.db
    .prepare(
      "SELECT v.value FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = 'sessions' AND v.day = ?",
    )
    .pluck()
    .get(day) as number | undefined;

describe('two rows for one cell in different chunks', () => {
  test('conflict even when the first row left the stored value unchanged', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-02', value: 100 }]);
    const before = measureTableHash(t.db);
    // Chunks of 2: rows 2–3, then row 4. Row 2 matches the stored 100 (unchanged); row 4
    // says 120 for the same day: the file contradicts itself.
    const csv = 'Date,Sessions\n2026-03-02,100\n2026-03-03,50\n2026-03-02,120\n';
    const { preview, commit } = await both(t, csv, 2);
    const message =
      'sets sessions on 2026-03-02 to 120, but an earlier row of this file set it to 100; keep one row per day';
    for (const r of [preview, commit]) {
      expect(r.errorCount).toBe(1);
      expect(r.errors[0]).toMatchObject({ row: 4, column: 'Sessions', message });
    }
    expect(commit.committed).toBe(false);
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('skipping bad rows writes the other rows and keeps the first value', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-02', value: 100 }]);
    const csv = 'Date,Sessions\n2026-03-02,100\n2026-03-03,50\n2026-03-02,120\n';
    const { preview, commit } = await both(t, csv, 2, { skipBadRows: true });
    // rows 2 (unchanged) and 3 (new) are good; row 4 is the conflict and is left out
    const counts = { rows: 3, goodRows: 2, badRows: 1, inserted: 1, updated: 0, unchanged: 1 };
    expect(preview.counts).toEqual(counts);
    expect(commit.counts).toEqual(counts);
    expect(commit.committed).toBe(true);
    expect(sessionsOn(t, '2026-03-02')).toBe(100);
    expect(sessionsOn(t, '2026-03-03')).toBe(50);
  });

  test('the same value twice is no conflict, and the preview counts the repeat as the commit does', async () => {
    const t = makeTestApp();
    await ingestOk(t, [{ measure: 'sessions', date: '2026-03-04', value: 70 }]);
    // Chunks of 1 row. 03-02: inserted, then the same 100 again (unchanged: the import's own
    // value). 03-04: 75 updates the stored 70, then 75 again is unchanged. 03-03: inserted.
    const csv = 'Date,Sessions\n2026-03-02,100\n2026-03-04,75\n2026-03-03,50\n2026-03-02,100\n2026-03-04,75\n';
    const { preview, commit } = await both(t, csv, 1);
    const counts = { rows: 5, goodRows: 5, badRows: 0, inserted: 2, updated: 1, unchanged: 2 };
    expect(preview.counts).toEqual(counts);
    expect(commit.counts).toEqual(counts);
    expect(sessionsOn(t, '2026-03-04')).toBe(75);
  });
});

describe('a rate row borrows its denominator from another chunk', () => {
  test('before and after the rate, in any chunk; weekly bounce rate by hand', async () => {
    const t = makeTestApp();
    // One row per chunk. Rows 2–3: sessions before any rate (found by a second read);
    // rows 4–5: their rates; row 6: a rate whose sessions come later (row 7); row 8 repeats
    // row 6 exactly (the same value: no conflict).
    const csv = [
      'date,measure,value',
      '2026-03-02,sessions,1200',
      '2026-03-03,sessions,800',
      '2026-03-02,bounce_rate,45%',
      '2026-03-03,bounce_rate,50%',
      '2026-03-04,bounce_rate,40%',
      '2026-03-04,sessions,1000',
      '2026-03-04,bounce_rate,40%',
      '',
    ].join('\n');
    const { preview, commit } = await both(t, csv, 1);
    // 3 sessions + 3 bounced_sessions cells inserted. Row 8 is written at once (its sessions
    // are known by then); row 6, set aside until the end, then finds the same 400: unchanged.
    const counts = { rows: 7, goodRows: 7, badRows: 0, inserted: 6, updated: 0, unchanged: 1 };
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual(counts);
    expect(commit.counts).toEqual(counts);
    expect(commit.committed).toBe(true);
    // bounced = 0.45×1200 + 0.50×800 + 0.40×1000 = 540 + 400 + 400 = 1340 of 3000 sessions
    expect(await weekly(t, '2026-W10', 'bounce_rate')).toBeCloseTo(1340 / 3000, 12);
    expect(await weekly(t, '2026-W10', 'sessions')).toBe(3000);
  });

  test('a rate with no denominator anywhere is still refused, naming the column to add', async () => {
    const t = makeTestApp();
    const before = measureTableHash(t.db);
    const csv = 'date,measure,value\n2026-03-02,sessions,1200\n2026-03-05,bounce_rate,30%\n2026-03-06,orders,4\n';
    const { preview, commit } = await both(t, csv, 1);
    for (const r of [preview, commit]) {
      expect(r.errorCount).toBe(1);
      expect(r.errors[0]?.row).toBe(3);
      expect(r.errors[0]?.message).toContain('needs a weight: add a "Sessions" column');
    }
    expect(measureTableHash(t.db)).toBe(before);
  });

  test('two different rates for one day are a conflict even when both wait for their denominator', async () => {
    const t = makeTestApp();
    const csv =
      'date,measure,value\n2026-03-02,bounce_rate,40%\n2026-03-02,bounce_rate,50%\n2026-03-02,sessions,1000\n';
    const { commit } = await both(t, csv, 1);
    expect(commit.committed).toBe(false);
    expect(commit.errorCount).toBe(1);
    // 0.5 × 1000 = 500 against row 2's 0.4 × 1000 = 400
    expect(commit.errors[0]).toMatchObject({ row: 3 });
    expect(commit.errors[0]?.message).toBe(
      'sets bounced_sessions on 2026-03-02 to 500, but an earlier row of this file set it to 400; keep one row per day',
    );
  });
});
