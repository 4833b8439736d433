import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportOptions, type ImportReport, importReportSchema } from '../../shared/imports.js';
import { scorecardSchema } from '../../shared/schemas.js';
import type { TestApp } from '../helpers/testApp.js';

export const fixture = (...p: string[]) => join(import.meta.dirname, '../../fixtures/csv', ...p);

/** Uploads bytes as the page does; returns the status and the parsed body. */
export async function upload(t: TestApp, bytes: Uint8Array | string, name = 'file.csv') {
  const res = await t.fetch(`/api/imports?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: typeof bytes === 'string' ? bytes : new Blob([new Uint8Array(bytes)]),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function uploadFixture(t: TestApp, ...p: string[]): Promise<ImportReport> {
  const r = await upload(t, readFileSync(fixture(...p)), p[p.length - 1]);
  if (r.status !== 201) throw new Error(`upload → ${r.status}: ${JSON.stringify(r.json)}`);
  return importReportSchema.parse(r.json);
}

export async function commit(t: TestApp, uploadId: string, options: ImportOptions = {}) {
  return t.request('POST', `/api/imports/uploads/${uploadId}/commit`, options);
}

/** Uploads and commits a fixture; fails the test unless it committed. */
export async function importFixture(t: TestApp, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const preview = await uploadFixture(t, 'good', file);
  const r = await commit(t, preview.uploadId, options);
  if (r.status !== 201) throw new Error(`commit → ${r.status}: ${JSON.stringify(r.json)}`);
  return importReportSchema.parse(r.json);
}

/** The scorecard value of one KPI for one week (null when missing). */
export async function weekly(t: TestApp, week: string, kpi: string, segment?: string) {
  const sc = await t.get(`/api/scorecard?week=${week}${segment ? `&segment=${segment}` : ''}`, scorecardSchema);
  const row = sc.roles.flatMap((r) => r.kpis).find((k) => k.kpi.key === kpi);
  if (!row) throw new Error(`no KPI ${kpi}`);
  return row.value;
}
