import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { signShopify } from '../server/webhooks/signatures.js';
import { seriesSchema } from '../shared/schemas.js';
import { secretRevealSchema } from '../shared/webhooks.js';
import { freePort, startServer } from '../tests/helpers/server.js';
import { orderBody } from '../tests/server/webhooksFixtures.js';

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

async function bare(): Promise<Run> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/bareServer.ts'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => proc.stdout?.on('data', (d) => String(d).includes('listening') && resolve()));
  try {
    const body = orderBody({
      id: '1',
      createdAt: '2026-03-16T12:00:00+01:00',
      total: '10.00',
      tax: '0.00',
      shipping: '0.00',
    });
    return await load(`http://127.0.0.1:${port}/hook`, (r) => ({
      ...r,
      body,
      headers: { 'content-type': 'application/json' },
    }));
  } finally {
    proc.kill('SIGTERM');
  }
}

async function webhooks() {
  const server = await startServer({ ROLECARD_DEMO: '0' });
  try {
    const res = await fetch(`${server.url}/api/webhook-sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
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
      await (await fetch(`${server.url}/api/kpis/aov/series?grain=day&from=2026-03-16&to=2026-03-22`)).json(),
    );
    const committed = s.points.reduce((a, p) => a + (p.denominator ?? 0), 0);
    const revenue = s.points.reduce((a, p) => a + (p.numerator ?? 0), 0);
    return { run, committed, revenue, sent: n };
  } finally {
    await server.stop();
  }
}

const base = await bare();
const hooks = await webhooks();
const ratio = hooks.run.reqPerSec / base.reqPerSec;
// autocannon stops at the deadline with up to CONNECTIONS requests in flight: those may be
// committed without their 2xx having been counted. Lost = acknowledged but not committed.
const lost = Math.max(0, hooks.run.twoXX - hooks.committed);
const inFlightAtStop = hooks.committed - hooks.run.twoXX;
const result = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  load: { durationSeconds: DURATION, connections: CONNECTIONS, body: 'Shopify orders/create, ~2.3 KB, signed' },
  bare: base,
  webhooks: hooks.run,
  ratio: Number(ratio.toFixed(3)),
  target: TARGET_RATIO,
  committed: hooks.committed,
  // Each order nets 25 − 4 − 1 = 20, so revenue must be 20 × committed.
  revenueMatches: Math.abs(hooks.revenue - 20 * hooks.committed) < 1e-6,
  lost,
  committedButUnansweredAtStop: inFlightAtStop,
};
writeFileSync('bench/results/webhooks.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`bare Hono handler: ${base.reqPerSec.toFixed(0)} req/s, p99 ${base.p99} ms`);
console.log(
  `signed webhooks:   ${hooks.run.reqPerSec.toFixed(0)} req/s, p99 ${hooks.run.p99} ms (${hooks.run.non2xx} non-2xx, ${hooks.run.errors} errors)`,
);
console.log(`ratio ${(ratio * 100).toFixed(1)}% of the bare handler (target ${TARGET_RATIO * 100}%)`);
console.log(
  `2xx ${hooks.run.twoXX}, committed ${hooks.committed} (${inFlightAtStop} in flight when the load stopped), lost ${lost}, revenue ${result.revenueMatches ? 'exact' : 'WRONG'}`,
);
console.log('Wrote bench/results/webhooks.json');
if (lost !== 0 || inFlightAtStop > CONNECTIONS || !result.revenueMatches) process.exitCode = 1;
