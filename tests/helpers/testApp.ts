import type { z } from 'zod';
import { createApp } from '../../server/app.js';
import { DUMMY_HASH } from '../../server/auth/password.js';
import { SESSION_COOKIE, startSession } from '../../server/auth/sessions.js';
import { type Config, defaultConfig } from '../../server/config.js';
import { seedCatalog } from '../../server/db/catalog.js';
import { migrate } from '../../server/db/migrate.js';
import { openDb } from '../../server/db/open.js';
import { insertUser } from '../../server/db/users.js';
import type { UserRole } from '../../shared/auth.js';
import { defaultCatalog } from '../../shared/catalog.js';

/** The people the permission tests act as; `owner` owns E-commerce, `otherOwner` Logistics. */
export type Persona = 'anonymous' | 'viewer' | 'analyst' | 'owner' | 'otherOwner' | 'admin';
const personas: Array<{ persona: Exclude<Persona, 'anonymous'>; role: UserRole; owns: string[] }> = [
  { persona: 'admin', role: 'admin', owns: [] },
  { persona: 'viewer', role: 'viewer', owns: [] },
  { persona: 'analyst', role: 'analyst', owns: [] },
  { persona: 'owner', role: 'owner', owns: ['ecommerce_manager'] },
  { persona: 'otherOwner', role: 'owner', owns: ['logistics'] },
];

type Requester = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; json: unknown; headers: Headers }>;

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  /** Node's server factory for the same app (deliveries answered without Hono; see server/app.ts). */
  createServer: ReturnType<typeof createApp>['createServer'];
  db: ReturnType<typeof openDb>;
  config: Config;
  /** Everything the app logged (unexpected errors). */
  logs: unknown[];
  /** Moves the app's clock. */
  setNow: (iso: string) => void;
  /** Requests as the admin persona (signed in with a session cookie). */
  request: Requester;
  /** A raw Response as the admin persona (for headers and bodies that are not JSON). */
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Requests as another persona, or anonymously. */
  as: (persona: Persona) => Requester;
  /** Each persona's user id. */
  userIds: Record<Exclude<Persona, 'anonymous'>, number>;
  get: <T extends z.ZodType>(path: string, schema: T) => Promise<z.infer<T>>;
}

/** Adds an admin with an unusable password and returns a Cookie header for a session. */
export function signedInAdmin(
  db: ReturnType<typeof openDb>,
  config: Config,
  now = new Date('2026-03-18T10:00:00Z'),
): string {
  const user = insertUser(
    db,
    { email: 'admin@test.local', name: 'admin', role: 'admin', owns: [], passwordHash: DUMMY_HASH },
    now,
  );
  return `${SESSION_COOKIE}=${startSession(db, user.id, config, now)}`;
}

/**
 * A fresh app on an in-memory DB (or a file, for tests where a second connection takes
 * locks) with the default catalog and a fixed clock.
 */
export function makeTestApp(opts: { config?: Partial<Config>; now?: string; dbPath?: string } = {}): TestApp {
  const db = openDb(opts.dbPath ?? ':memory:');
  migrate(db);
  seedCatalog(db, defaultCatalog);
  // Sessions outlive clock jumps in tests unless a test asks for real expiry.
  const config = { ...defaultConfig, sessionIdleHours: 24 * 365, sessionMaxDays: 365, ...opts.config };
  let now = new Date(opts.now ?? '2026-03-18T10:00:00Z');
  const logs: unknown[] = [];
  const { app, createServer } = createApp({ db, config, clock: () => now, log: (e) => logs.push(e) });
  // Users get a dummy hash (no scrypt cost per test) and a session made directly.
  const cookies = new Map<Persona, string>();
  const userIds = {} as Record<Exclude<Persona, 'anonymous'>, number>;
  for (const p of personas) {
    const user = insertUser(
      db,
      { email: `${p.persona}@test.local`, name: p.persona, role: p.role, owns: p.owns, passwordHash: DUMMY_HASH },
      now,
    );
    userIds[p.persona] = user.id;
    cookies.set(p.persona, `${SESSION_COOKIE}=${startSession(db, user.id, config, now)}`);
  }
  const as =
    (persona: Persona): Requester =>
    async (method, path, body, extra = {}) => {
      const cookie = cookies.get(persona);
      const res = await app.request(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(cookie ? { cookie } : {}),
          ...extra,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: unknown = null;
      try {
        json = text ? (JSON.parse(text) as unknown) : null;
      } catch {
        json = text;
      }
      return { status: res.status, json, headers: res.headers };
    };
  const request = as('admin');
  const fetchAsAdmin = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookies.get('admin') ?? '');
    return app.request(path, { ...init, headers });
  };
  return {
    app,
    createServer,
    db,
    config,
    logs,
    as,
    fetch: fetchAsAdmin,
    userIds,
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
