import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { addDays } from '../../shared/period.js';
import { startServer } from '../helpers/server.js';

/**
 * SIGTERM while a CSV import commits: the shutdown waits for the request within its bound, or
 * the process ends and SQLite rolls the import's transaction back. Either way the measure
 * table holds all of the file or none of it, and the history agrees.
 */
const MEASURES = ['sessions', 'orders', 'bounced_sessions', 'carts_created', 'abandoned_carts'];
const DAYS = 24_000; // 5 measures × 24,000 days = 120,000 rows

function bigCsv(): string {
  const lines = ['date,measure,value'];
  for (let d = 0; d < DAYS; d++) {
    const date = addDays('1960-01-01', d);
    for (const [i, m] of MEASURES.entries()) lines.push(`${date},${m},${100 + ((d * 7 + i) % 50)}`);
  }
  return `${lines.join('\n')}\n`;
}

test('SIGTERM during a large CSV import commit leaves all of it or none of it', async () => {
  const server = await startServer({ ROLECARD_DEMO: '0', ROLECARD_SHUTDOWN_TIMEOUT_MS: '300' });
  const rowsExpected = DAYS * MEASURES.length;
  try {
    const up = await server.api('/api/imports?name=big.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: bigCsv(),
    });
    expect(up.status).toBe(201);
    const { uploadId, errorCount } = (await up.json()) as { uploadId: string; errorCount: number };
    expect(errorCount).toBe(0);
    const commit = server.api(`/api/imports/uploads/${uploadId}/commit`, { method: 'POST', body: '{}' }).then(
      (r) => r.status,
      () => 0, // the connection was cut by the shutdown
    );
    // Let the worker get into its transaction, then stop the server.
    await new Promise((r) => setTimeout(r, 400));
    const exited = new Promise<number | null>((r) => server.proc.once('exit', (code) => r(code)));
    server.proc.kill('SIGTERM');
    const [status, code] = await Promise.all([commit, exited]);
    expect(code).toBe(0);

    const db = new Database(server.dbPath, { readonly: true });
    const values = db.prepare('SELECT COUNT(*) FROM measure_values').pluck().get() as number;
    const imports = db.prepare('SELECT COUNT(*) FROM imports').pluck().get() as number;
    const totals = db.prepare('SELECT COUNT(*) FROM measure_day_totals').pluck().get() as number;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // All or nothing, and the history and the daily totals say the same.
    expect([0, rowsExpected]).toContain(values);
    expect(imports).toBe(values === 0 ? 0 : 1);
    expect(totals).toBe(values);
    // A finished commit answered 201; a cut one never claimed success.
    if (values === 0) expect(status).not.toBe(201);
  } finally {
    await server.stop();
  }
});
