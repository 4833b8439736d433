import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signShopify } from '../server/webhooks/signatures.js';
import { seriesSchema } from '../shared/schemas.js';
import { secretRevealSchema } from '../shared/webhooks.js';
import { freePort, TEST_ADMIN } from '../tests/helpers/server.js';
import { orderBody } from '../tests/server/webhooksFixtures.js';
import { signInCookie } from './lib/session.js';

/**
 * `npm run bench:webhooks`: signed single-order Shopify deliveries (a unique webhook id and
 * order per request) against the real server on 127.0.0.1 for DURATION s, then the same load
 * against a bare Hono handler returning 200. Afterwards the committed order count must equal
 * the number of 2xx answers: nothing acknowledged may be lost, nothing counted twice.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.6;

interface Run {
  reqPerSec: number;
  p50: number;
  p99: number;
  twoXX: number;
  non2xx: number;
  errors: number;
}

function load(url: string, setupRequest?: (r: autocannon.Request) => autocannon.Request): Promise<Run> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        method: 'POST',
        requests: [{ method: 'POST', ...(setupRequest ? { setupRequest } : {}) }],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          reqPerSec: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          twoXX: r['2xx'],
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
        });
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** Spawns a server script on a free loopback port; resolves once it prints that it listens. */
async function spawnServer(script: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    proc.stdout?.on('data', (d) => String(d).includes('listening') && resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.removeAllListeners('exit');
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

async function bare(): Promise<Run> {
  const server = await spawnServer('bench/bareServer.ts');
  try {
    const body = orderBody({
      id: '1',
      createdAt: '2026-03-16T12:00:00+01:00',
      total: '10.00',
      tax: '0.00',
      shipping: '0.00',
    });
    return await load(`${server.url}/hook`, (r) => ({ ...r, body, headers: { 'content-type': 'application/json' } }));
  } finally {
    await server.stop();
  }
}

async function webhooks(sync: 'FULL' | 'NORMAL') {
  const dir = mkdtempSync(join(tmpdir(), 'rolecard-bench-'));
  const server = await spawnServer('bench/webhooksServer.ts', {
    ROLECARD_DEMO: '0',
    ROLECARD_DB: join(dir, 'bench.db'),
    BENCH_SYNC: sync,
    ROLECARD_ADMIN_EMAIL: TEST_ADMIN.email,
    ROLECARD_ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  const cookie = { cookie: 'none' };
  try {
    cookie.cookie = await signInCookie(server.url);
    const res = await fetch(`${server.url}/api/webhook-sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...cookie },
      body: JSON.stringify({ name: 'bench', kind: 'shopify', rateLimitPerMinute: 10_000_000 }),
    });
    const { source, secret } = secretRevealSchema.parse(await res.json());
    let n = 0;
    const run = await load(`${server.url}${source.url}`, (r) => {
      n++;
      // Orders spread over a week of days, each a unique order with a unique delivery id.
      const day = `2026-03-${String(16 + (n % 7)).padStart(2, '0')}`;
      const body = orderBody({
        id: String(9_007_199_254_740_993n + BigInt(n)),
        createdAt: `${day}T12:00:00+01:00`,
        total: '25.00',
        tax: '4.00',
        shipping: '1.00',
      });
      return {
        ...r,
        body,
        headers: {
          'content-type': 'application/json',
          'x-shopify-topic': 'orders/create',
          'x-shopify-webhook-id': `bench-${n}`,
          'x-shopify-hmac-sha256': signShopify(secret.value, body),
        },
      };
    });
    const s = seriesSchema.parse(
      await (
        await fetch(`${server.url}/api/kpis/aov/series?grain=day&from=2026-03-16&to=2026-03-22`, { headers: cookie })
      ).json(),
    );
    const committed = s.points.reduce((a, p) => a + (p.denominator ?? 0), 0);
    const revenue = s.points.reduce((a, p) => a + (p.numerator ?? 0), 0);
    return { run, committed, revenue, sent: n };
  } finally {
    await server.stop();
  }
}

const base = await bare();
const full = await webhooks('FULL');
const normal = await webhooks('NORMAL');

function check(h: Awaited<ReturnType<typeof webhooks>>) {
  // autocannon stops at the deadline with up to CONNECTIONS requests in flight: those may be
  // committed without their 2xx having been counted. Lost = acknowledged but not committed.
  const lost = Math.max(0, h.run.twoXX - h.committed);
  const inFlightAtStop = h.committed - h.run.twoXX;
  // Each order nets 25 − 4 − 1 = 20, so revenue must be 20 × committed.
  const revenueMatches = Math.abs(h.revenue - 20 * h.committed) < 1e-6;
  return {
    ...h.run,
    ratio: Number((h.run.reqPerSec / base.reqPerSec).toFixed(3)),
    committed: h.committed,
    committedButUnansweredAtStop: inFlightAtStop,
    lost,
    revenueMatches,
    ok: lost === 0 && inFlightAtStop <= CONNECTIONS && revenueMatches,
  };
}
const result = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
  load: { durationSeconds: DURATION, connections: CONNECTIONS, body: 'Shopify orders/create, ~2.3 KB, signed' },
  target: TARGET_RATIO,
  bare: base,
  /** The shipped setting: group commit with synchronous=FULL for webhook commits. */
  webhooks: check(full),
  /** For comparison only: the same path with synchronous=NORMAL (survives SIGKILL, not power loss). */
  webhooksNormal: check(normal),
};
const shipped = result.webhooks;
// The shape bench/run-all.ts merges into latest.json (higher req/s is better here).
const suite = {
  suite: 'webhooks',
  ranAt: result.at,
  figures: [
    {
      name: `signed Shopify deliveries, ${CONNECTIONS} connections for ${DURATION} s: req/s (synchronous=FULL, group commit) — p99 ${shipped.p99} ms vs bare ${base.p99} ms; ${shipped.lost} lost, ${shipped.committed} committed`,
      value: Math.round(shipped.reqPerSec),
      unit: 'req/s',
      reference: { name: 'bare Hono handler returning 200, req/s', value: Math.round(base.reqPerSec) },
      ratio: shipped.ratio,
      target: { text: `≥ ${TARGET_RATIO}× the bare handler, 0 lost` },
      met: shipped.ratio >= TARGET_RATIO && shipped.lost === 0,
    },
    {
      name: 'the same with synchronous=NORMAL (comparison only): req/s',
      value: Math.round(result.webhooksNormal.reqPerSec),
      unit: 'req/s',
      reference: { name: 'bare Hono handler, req/s', value: Math.round(base.reqPerSec) },
      ratio: result.webhooksNormal.ratio,
    },
    {
      name: 'acknowledged deliveries lost (2xx answered but not committed)',
      value: shipped.lost,
      unit: 'deliveries',
      target: { max: 0, text: '0' },
      met: shipped.lost === 0,
    },
  ],
  details: result,
};
writeFileSync('bench/results/webhooks.json', `${JSON.stringify(suite, null, 2)}\n`);
const line = (name: string, r: Run) =>
  `${name.padEnd(34)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p99 ${String(r.p99).padStart(4)} ms  (${r.non2xx} non-2xx, ${r.errors} errors)`;
console.log(line('bare Hono handler', base));
for (const [name, r] of [
  ['signed webhooks (FULL, shipped)', result.webhooks],
  ['signed webhooks (NORMAL, compare)', result.webhooksNormal],
] as const) {
  console.log(line(name, r));
  console.log(
    `${''.padEnd(34)} ${(r.ratio * 100).toFixed(1)}% of bare (target ${TARGET_RATIO * 100}%); 2xx ${r.twoXX}, committed ${r.committed} (${r.committedButUnansweredAtStop} in flight at stop), lost ${r.lost}, revenue ${r.revenueMatches ? 'exact' : 'WRONG'}`,
  );
}
console.log('Wrote bench/results/webhooks.json');
if (!result.webhooks.ok || !result.webhooksNormal.ok) process.exitCode = 1;
