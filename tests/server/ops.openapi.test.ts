import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../server/app.js';
import { hashPassword } from '../../server/auth/password.js';
import { defaultConfig } from '../../server/config.js';
import { openDb } from '../../server/db/open.js';
import { setPasswordHash } from '../../server/db/users.js';
import { apiRoutes } from '../../server/ops/apiRoutes.js';
import { makeTestApp } from '../helpers/testApp.js';

/** Every (method, path) the Hono app answers, in OpenAPI spelling: `/api/kpis/{key}/series`. */
function registeredRoutes(): string[] {
  const { app } = createApp({ db: openDb(':memory:'), config: defaultConfig, clock: () => new Date() });
  const routes = app.routes
    .filter((r) => r.method !== 'ALL') // middleware and the /api/* not-found catch-all
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, unknown>; parameters: { name: string; in: string }[] }>
  >;
};

async function fetchDocument(): Promise<Doc> {
  const t = makeTestApp();
  const res = await t.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

describe('the OpenAPI document', () => {
  test('documents every route registered in the app, and nothing else', async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThanOrEqual(25);
    expect(registered.filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !registered.includes(r))).toEqual([]);
  });

  test('path parameters are declared and every operation documents its errors', async () => {
    const doc = await fetchDocument();
    const series = doc.paths['/api/kpis/{key}/series']?.get;
    expect(series?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:key',
      'query:grain',
      'query:from',
      'query:to',
      'query:segment',
    ]);
    const ingest = doc.paths['/api/ingest']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: unknown } } };
      responses: Record<string, unknown>;
    };
    // items[].value is "any number, even 1e999" in zod (z.custom): documented as a number.
    expect(JSON.stringify(ingest.requestBody.content['application/json'].schema)).toContain(
      '"value":{"type":"number"}',
    );
    expect(Object.keys(ingest?.responses ?? {}).sort()).toEqual(['200', '201', '400', '422', '500', '503', '507']);
  });

  test('the documented examples validate against their schemas', () => {
    let checked = 0;
    for (const r of apiRoutes) {
      if (r.example?.body !== undefined) {
        expect(r.body, `${r.method} ${r.path} has an example body but no schema`).toBeDefined();
        const parsed = (r.body as z.ZodType).safeParse(r.example.body);
        expect(parsed.success, `${r.method} ${r.path}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        checked++;
      }
      for (const [status, doc] of Object.entries(r.responses)) {
        if (doc.example === undefined) continue;
        const parsed = (doc.schema as z.ZodType).safeParse(doc.example);
        expect(parsed.success, `${r.method} ${r.path} ${status}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  test('every documented example request, sent in order to a fresh install, gets a documented answer', async () => {
    const t = makeTestApp();
    // The accounts examples sign in as the admin with this password (server/auth/apiDocs.ts).
    setPasswordHash(t.db, t.userIds.admin, await hashPassword('example-password-1'));
    for (const r of apiRoutes) {
      if (r.noExample) continue;
      expect(r.example, `${r.method} ${r.path} has no example request`).toBeDefined();
      if (!r.example) continue;
      const res = await t.fetch(r.example.url, {
        method: r.method.toUpperCase(),
        headers: r.example.body === undefined ? {} : { 'content-type': 'application/json' },
        body: r.example.body === undefined ? undefined : JSON.stringify(r.example.body),
      });
      const where = `${r.method.toUpperCase()} ${r.example.url} → ${res.status}`;
      expect(Object.keys(r.responses), where).toContain(String(res.status));
      expect(res.status, where).toBeLessThan(300);
      const schema = r.responses[res.status]?.schema;
      if (schema) {
        const parsed = schema.safeParse(await res.json());
        expect(parsed.success, `${where}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
      }
    }
  });

  test('schemas are plain JSON Schema: no per-schema dialect, no zod internals', async () => {
    const text = JSON.stringify(await fetchDocument());
    expect(text).not.toMatch(/"\$schema"|ZodType|"_def"|"_zod"/);
  });
});
