import type { z } from 'zod';
import { createApp } from '../../server/app.js';
import { type Config, defaultConfig } from '../../server/config.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { defaultCatalog } from '../../shared/catalog.js';

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  db: ReturnType<typeof openDb>;
  config: Config;
  /** Everything the app logged (unexpected errors). */
  logs: unknown[];
  /** Moves the app's clock. */
  setNow: (iso: string) => void;
  request: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: unknown }>;
  get: <T extends z.ZodType>(path: string, schema: T) => Promise<z.infer<T>>;
}

/** A fresh app on an in-memory DB with the default catalog and a fixed clock. */
export function makeTestApp(opts: { config?: Partial<Config>; now?: string } = {}): TestApp {
  const db = openDb(':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  const config = { ...defaultConfig, ...opts.config };
  let now = new Date(opts.now ?? '2026-03-18T10:00:00Z');
  const logs: unknown[] = [];
  const { app } = createApp({ db, config, clock: () => now, log: (e) => logs.push(e) });
  const request = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    app,
    db,
    config,
    logs,
    setNow: (iso) => {
      now = new Date(iso);
    },
    request,
    get: async (path, schema) => {
      const r = await request('GET', path);
      if (r.status !== 200) throw new Error(`GET ${path} → ${r.status}: ${JSON.stringify(r.json)}`);
      return schema.parse(r.json);
    },
  };
}

/** Posts a `set` batch and fails the test on anything but success. */
export async function ingestOk(t: TestApp, items: unknown[], mode: 'set' | 'increment' = 'set') {
  const r = await t.request('POST', '/api/ingest', { mode, items });
  if (r.status !== 200 && r.status !== 201) throw new Error(`ingest → ${r.status}: ${JSON.stringify(r.json)}`);
  return r.json as { inserted: number; updated: number; unchanged: number; total: number };
}

/** A hash of every stored value and its provenance: proves a rejected write changed nothing. */
export function measureTableHash(db: TestApp['db']): string {
  const rows = db
    .prepare('SELECT measure_id, segment_id, day, value, source_kind, source_id FROM measure_values ORDER BY 1, 2, 3')
    .all();
  return JSON.stringify(rows);
}
