import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importListSchema, importReportSchema, progressSchema } from '../../shared/imports.js';
import { scorecardSchema } from '../../shared/schemas.js';
import { type RunningServer, startServer } from '../helpers/server.js';
import { fixture } from './helpers.js';

// The real server: uploads stream to disk and imports run in a worker thread on their own
// connection (the in-memory test app runs them inline).
describe('import through the real server', { timeout: 60_000 }, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ROLECARD_DEMO: '0', ROLECARD_MAX_UPLOAD_MB: '1' });
  }, 90_000);
  afterAll(() => server?.stop());

  test('upload → preview → commit in a worker; scorecard shows hand-computed values; undo', async () => {
    const body = readFileSync(fixture('good', 'helpdesk.csv'));
    const up = await server.api('/api/imports?name=helpdesk.csv', {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/csv' },
    });
    expect(up.status).toBe(201);
    const preview = importReportSchema.parse(await up.json());
    expect(preview.counts).toMatchObject({ rows: 5, inserted: 30 });
    const res = await server.api(`/api/imports/uploads/${preview.uploadId}/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(201);
    const report = importReportSchema.parse(await res.json());
    expect(report.committed).toBe(true);
    const progress = progressSchema.parse(
      await (await server.api(`/api/imports/uploads/${preview.uploadId}/progress`)).json(),
    );
    expect(progress).toMatchObject({ phase: 'done', rows: 5 });
    const sc = scorecardSchema.parse(await (await server.api(`/api/scorecard?week=2026-W10`)).json());
    const csat = sc.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'csat');
    expect(csat?.value).toBeCloseTo(65 / 80, 12); // good 65 of 80 ratings
    const history = importListSchema.parse(await (await server.api(`/api/imports`)).json());
    expect(history.imports[0]).toMatchObject({ id: report.importId, status: 'committed', inserted: 30 });
    const undo = await server.api(`/api/imports/${report.importId}/undo`, { method: 'POST' });
    expect(undo.status).toBe(200);
    const after = scorecardSchema.parse(await (await server.api(`/api/scorecard?week=2026-W10`)).json());
    expect(after.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === 'csat')?.value).toBeNull();
  });

  test('a body over ROLECARD_MAX_UPLOAD_MB gets 413 with the limit', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const res = await server.api('/api/imports?name=big.csv', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: { message: string } };
    expect(json.error.message).toContain('upload limit of 1 MB');
  });
});
