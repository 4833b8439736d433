import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DUMMY_HASH } from '../../server/auth/password.js';
import { setPasswordHash } from '../../server/db/users.js';
import {
  errorCodes,
  errorParamsSchema,
  isErrorCode,
  isIssueCode,
  issueCodes,
  issueParamsSchema,
} from '../../shared/errorCodes.js';
import { importReportSchema } from '../../shared/imports.js';
import { errorBodySchema } from '../../shared/schemas.js';
import { commit, upload } from '../csv/helpers.js';
import { makeTestApp, type Persona, type TestApp } from '../helpers/testApp.js';

const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => join(f.parentPath, f.name));

/** Every code literal the server and shared code can send, by how it is written. */
function codesInSource() {
  const thrown = new Set<string>();
  const issues = new Set<string>();
  const other = new Set<string>();
  for (const file of [...sources('server'), ...sources('shared')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (?:ApiError|FileError)\(\s*(?:\d{3},\s*)?'([a-z_]+)'/g)) thrown.add(m[1] ?? '');
    for (const m of text.matchAll(/\bissue\(\s*'([a-z_]+)'/g)) issues.add(m[1] ?? '');
    // Hand-written bodies and issues, `{ code: 'bad_request', details: ... }` or
    // `{ path, message, code: 'required', params: {} }`, and coded refines,
    // `params: { code: 'time_zone' }` (other `code:` fields, like an insight's, are no errors).
    for (const m of text.matchAll(/\bcode: '([a-z_]+)',\s*(?:params|details)\b/g)) other.add(m[1] ?? '');
    for (const m of text.matchAll(/\bparams: \{ code: '([a-z_]+)'/g)) other.add(m[1] ?? '');
  }
  return { thrown, issues, other };
}

const errorOf = (json: unknown) => errorBodySchema.parse(json).error;
const paramsOf = (json: unknown) => (errorOf(json).details as { params: unknown }).params;

describe('one list of codes, no drift', () => {
  const found = codesInSource();

  test('every code the source sends is in shared/errorCodes.ts', () => {
    expect([...found.thrown].filter((c) => !isErrorCode(c))).toEqual([]);
    expect([...found.issues].filter((c) => !isIssueCode(c))).toEqual([]);
    expect([...found.other].filter((c) => !isErrorCode(c) && !isIssueCode(c))).toEqual([]);
  });

  test('every code in shared/errorCodes.ts is sent somewhere (none left unused)', () => {
    const sent = new Set([...found.thrown, ...found.issues, ...found.other]);
    expect(Object.keys(errorCodes).filter((c) => !sent.has(c))).toEqual([]);
    // zod issues are mapped by shared/zodIssues.ts, which names each code it produces.
    expect(Object.keys(issueCodes).filter((c) => !sent.has(c))).toEqual([]);
  });
});

describe('representative errors carry the parameters of their message', () => {
  test('404 for a KPI key, with its near match', async () => {
    const t = makeTestApp();
    const r = await t.request('GET', '/api/kpis/csatt/series');
    expect(r.status).toBe(404);
    expect(errorOf(r.json).code).toBe('not_found');
    // "csatt" contains "csat"; every other default KPI key is more than two edits away.
    expect(paramsOf(r.json)).toEqual({ what: 'kpi', key: 'csatt', suggestions: ['csat'] });
  });

  test('a password too short: zod too_small on the field, with its minimum', async () => {
    const t = makeTestApp();
    const r = await t.request('POST', '/api/users', {
      email: 'new@test.local',
      name: 'New',
      role: 'viewer',
      password: 'short',
    });
    expect(r.status).toBe(400);
    expect(errorOf(r.json).code).toBe('invalid_request');
    expect(paramsOf(r.json)).toEqual({ place: 'body', count: 1 });
    // shared/auth.ts: passwordSchema = z.string().min(10, 'use at least 10 characters')
    expect((errorOf(r.json).details as { issues: unknown[] }).issues).toEqual([
      {
        path: 'password',
        message: 'use at least 10 characters',
        code: 'too_small',
        params: { of: 'string', min: 10, inclusive: 'yes' },
      },
    ]);
  });

  test('a CSV cell that is not a number: line 3, column "sessions", and the commit refusal', async () => {
    const t = makeTestApp();
    // Line 1 is the header, so the second data row is line 3.
    const up = await upload(t, 'date,sessions\n2026-03-02,1200\n2026-03-03,1.2k\n', 'visits.csv');
    expect(up.status).toBe(201);
    const preview = importReportSchema.parse(up.json);
    expect(preview.errors).toEqual([
      {
        row: 3,
        column: 'sessions',
        message: '"1.2k" is not a number',
        code: 'not_a_number',
        params: { value: '1.2k' },
        text: 'row 3, column "sessions": "1.2k" is not a number',
      },
    ]);
    const r = await commit(t, preview.uploadId);
    expect(r.status).toBe(422);
    expect(errorOf(r.json).code).toBe('invalid_rows');
    expect(paramsOf(r.json)).toEqual({ count: 1, fileName: 'visits.csv' });
  });

  test('the sixth sign-in after five failures: 429 with the wait in minutes and seconds', async () => {
    const t = makeTestApp();
    setPasswordHash(t.db, t.userIds.viewer, DUMMY_HASH);
    const attempt = () =>
      t.as('anonymous')('POST', '/api/auth/sign-in', { email: 'viewer@test.local', password: 'wrong password' });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    // Five failures at 10:00; the account waits 15 minutes from the first. At 10:02 that
    // leaves 13 minutes = 780 seconds.
    t.setNow('2026-03-18T10:02:00Z');
    const r = await attempt();
    expect(r.status).toBe(429);
    expect(errorOf(r.json).code).toBe('too_many_attempts');
    expect(paramsOf(r.json)).toEqual({ scope: 'account', minutes: 13, retryAfterSeconds: 780 });
  });
});

/** A request that must fail, and the code it must fail with. */
interface Case {
  code: string;
  method: string;
  path: string;
  body?: unknown;
  as?: Persona;
  headers?: Record<string, string>;
}

const cases: Case[] = [
  { code: 'not_found', method: 'GET', path: '/api/nothing-here' },
  { code: 'not_found', method: 'DELETE', path: '/api/tokens/999' },
  { code: 'not_found', method: 'POST', path: '/api/imports/999/undo' },
  { code: 'not_found', method: 'GET', path: '/api/export?format=csv&table=measure_valus' },
  { code: 'not_found', method: 'POST', path: '/api/webhooks/no-such-source', body: {} },
  { code: 'invalid_week', method: 'GET', path: '/api/scorecard?week=2026-W99' },
  { code: 'invalid_request', method: 'POST', path: '/api/roles', body: { key: 'X', name: '' } },
  { code: 'invalid_request', method: 'PATCH', path: '/api/roles/content', body: {} },
  { code: 'invalid_request', method: 'POST', path: '/api/ingest', body: { mode: 'set', items: [] } },
  { code: 'invalid_request', method: 'POST', path: '/api/users', body: { role: 'boss' } },
  { code: 'invalid_request', method: 'GET', path: '/api/export?format=json&table=targets' },
  { code: 'already_exists', method: 'POST', path: '/api/roles', body: { key: 'content', name: 'Content' } },
  { code: 'in_use', method: 'DELETE', path: '/api/roles/content' },
  {
    code: 'unknown_reference',
    method: 'POST',
    path: '/api/kpis',
    body: {
      key: 'margin',
      name: 'Margin',
      unit: 'percent',
      direction: 'higher',
      role: 'ecommerce_manager',
      formula: { kind: 'ratio', numerator: 'gross_margn', denominator: 'net_revenue' },
    },
  },
  {
    code: 'out_of_range',
    method: 'POST',
    path: '/api/targets',
    body: { kpi: 'conversion_rate', value: 4.5, effectiveFrom: '2026-W10' },
  },
  { code: 'invalid_range', method: 'GET', path: '/api/kpis/csat/series?from=2026-03-10&to=2026-03-01' },
  {
    code: 'invalid_items',
    method: 'POST',
    path: '/api/ingest',
    body: {
      mode: 'set',
      items: [
        { measure: 'sesions', date: '2026-03-02', value: 1 },
        { measure: 'orders', date: '2026-02-30', value: -1 },
        { kpi: 'bounce_rate', date: '2026-03-02', value: 0.4 },
      ],
    },
  },
  {
    code: 'invalid_items',
    method: 'POST',
    path: '/api/ingest',
    body: { mode: 'increment', items: [{ kpi: 'csat', date: '2026-03-02', value: 0.9 }] },
  },
  { code: 'forbidden', method: 'POST', path: '/api/roles', body: { key: 'ops', name: 'Ops' }, as: 'viewer' },
  { code: 'sign_in_required', method: 'GET', path: '/api/scorecard', as: 'anonymous' },
  {
    code: 'invalid_credentials',
    method: 'POST',
    path: '/api/auth/sign-in',
    body: { email: 'nobody@test.local', password: 'whatever-it-is' },
    as: 'anonymous',
  },
  {
    code: 'cross_site',
    method: 'POST',
    path: '/api/roles',
    body: { key: 'ops', name: 'Ops' },
    headers: { 'sec-fetch-site': 'cross-site' },
  },
  {
    code: 'unsupported_media_type',
    method: 'POST',
    path: '/api/roles',
    body: 'key=ops',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  // The test clock is Wednesday 2026-03-18: week 12 is still running, week 13 has not begun.
  { code: 'week_not_over', method: 'POST', path: '/api/reviews/2026-W12/review' },
  { code: 'not_reviewed', method: 'DELETE', path: '/api/reviews/2026-W11/review' },
  {
    code: 'future_week',
    method: 'POST',
    path: '/api/reviews/2026-W13/notes',
    body: { role: 'content', kpi: null, body: 'Next week' },
  },
  {
    code: 'unknown_reference',
    method: 'POST',
    path: '/api/reviews/2026-W11/notes',
    body: { role: 'content', kpi: 'csat', body: 'CSAT is not a Content KPI' },
  },
  { code: 'not_found', method: 'POST', path: '/api/alerts/deliveries/999/retry' },
  { code: 'invalid_request', method: 'GET', path: '/api/alerts?since=yesterday' },
  {
    code: 'unknown_reference',
    method: 'POST',
    path: '/api/webhook-sources',
    body: { name: 'Shop', kind: 'shopify', segment: 'stor_a' },
  },
];

/** Checks an error body against the registry: the code's parameters, and each issue's. */
function expectRegistered(json: unknown, code: string) {
  const e = errorOf(json);
  expect(e.code).toBe(code);
  if (!isErrorCode(e.code)) return;
  const details = e.details as { params: unknown; issues?: Array<{ code: string; params: unknown }> };
  expect(errorParamsSchema(e.code).safeParse(details.params).error?.issues ?? []).toEqual([]);
  for (const i of details.issues ?? []) {
    expect(isIssueCode(i.code), i.code).toBe(true);
    if (isIssueCode(i.code)) expect(issueParamsSchema(i.code).safeParse(i.params).error?.issues ?? []).toEqual([]);
  }
  return details;
}

describe('every error a request can meet carries its parameters', () => {
  test.each(cases)('$method $path → $code', async (c) => {
    const t: TestApp = makeTestApp();
    const r = await t.as(c.as ?? 'admin')(c.method, c.path, c.body, c.headers);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expectRegistered(r.json, c.code);
  });

  test('an ingest batch: each item issue names its code and parameters', async () => {
    const t = makeTestApp();
    const r = await t.request('POST', '/api/ingest', {
      mode: 'set',
      items: [
        { measure: 'sesions', date: '2026-03-02', value: 1 },
        { kpi: 'bounce_rate', date: '2026-03-02', value: 0.4 },
      ],
    });
    const details = expectRegistered(r.json, 'invalid_items');
    expect(details?.params).toEqual({ count: 2 });
    expect(details?.issues).toEqual([
      expect.objectContaining({
        index: 0,
        code: 'unknown_measure',
        params: { key: 'sesions', suggestions: ['sessions'] },
      }),
      expect.objectContaining({
        index: 1,
        code: 'rate_needs_weight',
        params: { kpi: 'bounce_rate', numerator: 'bounced_sessions', denominator: 'sessions' },
      }),
    ]);
  });
});
