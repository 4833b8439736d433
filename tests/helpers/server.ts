import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The admin every test server starts with (ROLECARD_ADMIN_EMAIL / _PASSWORD). */
export const TEST_ADMIN = { email: 'admin@test.local', password: 'test-admin-password' };

export interface RunningServer {
  url: string;
  /** Signs in over HTTP and returns the Cookie header value. */
  signIn: (email?: string, password?: string) => Promise<string>;
  /** fetch as the signed-in admin (JSON writes carry the right Origin). */
  api: (path: string, init?: RequestInit) => Promise<Response>;
  dbPath: string;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** A free loopback port, asked of the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * How the server is started: from its TypeScript sources through tsx, or — with
 * ROLECARD_TEST_SERVER=compiled (the browser suite, see vitest.config.ts, and the benchmarks) —
 * from the compiled build `npm start` runs (scripts/build-server.ts; built by the caller).
 */
const serverArgs = () =>
  process.env.ROLECARD_TEST_SERVER === 'compiled'
    ? ['dist/node/server/main.js']
    : ['--import', 'tsx', 'server/main.ts'];

/** Starts the real server on a temporary database; resolves once it listens. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dbPath = env.ROLECARD_DB ?? join(mkdtempSync(join(tmpdir(), 'rolecard-')), 'rolecard.db');
  const proc = spawn(process.execPath, serverArgs(), {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ROLECARD_DB: dbPath,
      ROLECARD_ADMIN_EMAIL: TEST_ADMIN.email,
      ROLECARD_ADMIN_PASSWORD: TEST_ADMIN.password,
      // As `npm start` runs it (package.json; see docs/csv-import.md, "Memory").
      MALLOC_ARENA_MAX: '2',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += String(d);
  });
  proc.stderr?.on('data', (d) => {
    out += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout?.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const signIn = async (email = TEST_ADMIN.email, password = TEST_ADMIN.password) => {
    const res = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${email} → ${res.status}: ${await res.text()}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  let adminCookie: string | undefined;
  const api = async (path: string, init: RequestInit = {}) => {
    adminCookie ??= await signIn();
    const headers = new Headers(init.headers);
    headers.set('cookie', adminCookie);
    headers.set('origin', url);
    if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${url}${path}`, { ...init, headers });
  };
  return {
    url,
    signIn,
    api,
    dbPath,
    proc,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
