import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signShopify, signStandard } from '../server/webhooks/signatures.js';
import { seriesSchema } from '../shared/schemas.js';
import { type SourceKind, secretRevealSchema, sourceListSchema } from '../shared/webhooks.js';
import { freePort, TEST_ADMIN } from '../tests/helpers/server.js';
import { orderBody } from '../tests/server/webhooksFixtures.js';
import { compiledPath, compileServerForBench } from './lib/compiled.js';
import { signInCookie } from './lib/session.js';

/**
 * `npm run bench:webhooks`: signed single-event deliveries against the real server on 127.0.0.1
 * for DURATION s each (after WARMUP s of the same load, not measured), and in the same run the
 * same load against a bare Hono handler returning 200 (the reference). Two delivery kinds, each
 * compared with the bare handler receiving the same requests (bodies and signed headers, built
 * and signed per request by this process):
 *  - `shopify`: an `orders/create` (~2.3 KB, a new order per request, with Shopify's headers:
 *    random UUIDs for the webhook id and the event id, shop domain, API version, trigger time);
 *  - `generic`: Standard Webhooks, a batch of one increment event (~90 B, unique webhook-id).
 * Each measured run sits between two bare runs with the same requests, one right before it and
 * one right after, and is compared with their mean (the host's speed drifts within minutes).
 * After each webhook run the committed count is read back through the API: every 2xx must be
 * committed (none lost), nothing counted twice, and the delivery log must agree.
 *
 * Besides req/s, the CPU time of the server process and of this process (autocannon, which
 * signs every request) is read per request: on a 2-core machine the two share the CPU, so the
 * server's µs per request is the figure code changes move, whatever else the machine runs.
 *
 * Also in the same run, under the Shopify load: the floor of the contract (bench/floorServer.ts:
 * verify, parse, record the id once, add the order), the floor of the whole contract
 * (bench/contractFloorServer.ts: everything the issue asks of an accepted delivery, each part
 * as directly as we know how, on our schema) and the ceiling (bench/floorServer.ts storing
 * nothing: verify and parse only, which no implementation can beat).
 *
 * BENCH_RUNS=shopify,floor,contract,ceiling,generic,normal limits the runs (profiling); BENCH_PROF_DIR=dir
 * starts the webhook servers with `--cpu-prof` writing there.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Seconds of the same load before each measured run, not measured. A cold server is not what
 * a sender meets: the shipped server's CPU a Shopify delivery fell from 355 to 226 to ~185 µs
 * over its first three 2-s passes (JIT tiering, heap and WAL growth), the bare handler's
 * hardly moved, so a measured run starting cold charged the warm-up to the larger program.
 */
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const ALL_RUNS = 'shopify,floor,contract,ceiling,generic,normal';
const RUNS = new Set((process.env.BENCH_RUNS ?? ALL_RUNS).split(','));
/** Only a run of everything writes bench/results/webhooks.json. */
const FULL_RUN = RUNS.size === ALL_RUNS.split(',').length;
const PROF_DIR = process.env.BENCH_PROF_DIR;
/** BENCH_PROF_INTERVAL=µs: the profiles' sampling interval (V8's default is 1000). */
const profArgs = (dir: string) => [
  '--cpu-prof',
  '--cpu-prof-dir',
  dir,
  ...(process.env.BENCH_PROF_INTERVAL ? ['--cpu-prof-interval', process.env.BENCH_PROF_INTERVAL] : []),
];
const TARGET_RATIO = 0.6;
const DAYS = 7;
const dayOf = (n: number) => `2026-03-${String(16 + (n % DAYS)).padStart(2, '0')}`;

interface Run {
  reqPerSec: number;
  p50: number;
  p99: number;
  twoXX: number;
  non2xx: number;
  errors: number;
  /** Server process CPU (user + system) per answered request, µs. */
  serverCpuUsPerReq: number;
  /** This process's CPU (autocannon building and signing requests) per answered request, µs. */
  clientCpuUsPerReq: number;
  loadavg1: number;
  /** The warm-up before the measured run (same load): its answers count in the checks. */
  warmup: { seconds: number; twoXX: number; non2xx: number; errors: number };
}

/**
 * utime + stime of a process and its live child processes (a floor run as a cluster), in
 * seconds (Linux: clock ticks of 1/100 s).
 */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let children = 0;
  for (const task of readdirSync(`/proc/${pid}/task`))
    for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' '))
      if (child.trim()) children += childCpuSeconds(Number(child));
  return (Number(fields[11]) + Number(fields[12])) / 100 + children;
}
/** A child may exit while it is read: it then counts nothing. */
function childCpuSeconds(pid: number): number {
  try {
    return cpuSecondsOf(pid);
  } catch {
    return 0;
  }
}

type RequestHook = (r: autocannon.Request) => autocannon.Request;
/** The 2xx answers of a run and of its warm-up: each must be committed. */
const acknowledgedIn = (r: Run) => r.twoXX + r.warmup.twoXX;
/** Nothing refused in the run or its warm-up. */
const refusedNone = (r: Run) => r.non2xx === 0 && r.warmup.non2xx === 0;
/** How many times autocannon stopped with requests in flight (the warm-up's end, the run's). */
const stops = (r: Run) => (r.warmup.seconds > 0 ? 2 : 1);
/**
 * A run's committed count against its 2xx answers. autocannon stops at each deadline (the
 * warm-up's and the run's) with up to CONNECTIONS requests in flight: those may be committed
 * without their 2xx having been counted. Lost = acknowledged but not committed; counted twice
 * would show as more committed than answered plus in flight at the stops.
 */
function committedAgainst(r: Run, committed: number) {
  const acknowledged = acknowledgedIn(r);
  const lost = Math.max(0, acknowledged - committed);
  const inFlightAtStop = committed - acknowledged;
  return { lost, inFlightAtStop, exact: lost === 0 && inFlightAtStop <= stops(r) * CONNECTIONS };
}

/** autocannon for `seconds` with the bench's connections, every request from `setupRequest`. */
function cannon(url: string, seconds: number, setupRequest?: RequestHook): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        method: 'POST',
        requests: [{ method: 'POST', ...(setupRequest ? { setupRequest } : {}) }],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/**
 * The warm-up (WARMUP s, not measured), then the measured DURATION s, with the same request
 * hook: its counter goes on, so the measured run sends new orders and delivery ids.
 */
async function load(url: string, pid: number, setupRequest?: RequestHook): Promise<Run> {
  const w = WARMUP > 0 ? await cannon(url, WARMUP, setupRequest) : null;
  const server0 = cpuSecondsOf(pid);
  const client0 = process.cpuUsage();
  const r = await cannon(url, DURATION, setupRequest);
  const client = process.cpuUsage(client0);
  const answered = Math.max(1, r['2xx'] + r.non2xx);
  return {
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    twoXX: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    serverCpuUsPerReq: Math.round(((cpuSecondsOf(pid) - server0) * 1e6) / answered),
    clientCpuUsPerReq: Math.round((client.user + client.system) / answered),
    loadavg1: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    warmup: { seconds: WARMUP, twoXX: w?.['2xx'] ?? 0, non2xx: w?.non2xx ?? 0, errors: w ? w.errors + w.timeouts : 0 },
  };
}

const SERVER_SCRIPTS = [
  'bench/bareServer.ts',
  'bench/floorServer.ts',
  'bench/contractFloorServer.ts',
  // Imported by contractFloorServer.ts: compiled beside it (the build does not bundle).
  'bench/lib/floorGroupWriter.ts',
  'bench/webhooksServer.ts',
];

/**
 * Spawns a server script, compiled as `npm start` runs the server (every server here, the bare
 * reference too, so none pays tsx's costs), on a free loopback port; resolves once it listens.
 */
async function spawnServer(script: string, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const port = await freePort();
  const proc: ChildProcess = spawn(process.execPath, [...nodeArgs, compiledPath(script)], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // stderr: the group-commit totals webhooksServer.ts prints at exit; anything else is passed on.
  let groups: { groups: number; jobs: number } | null = null;
  let floorTotals: { orders: number; revenue: number } | null = null;
  proc.stderr?.on('data', (d: Buffer) => {
    for (const line of String(d).split('\n')) {
      const m = /^webhook groups: (.*)$/.exec(line);
      const f = /^floor totals: (.*)$/.exec(line);
      if (m?.[1]) groups = JSON.parse(m[1]) as { groups: number; jobs: number };
      else if (f?.[1]) floorTotals = JSON.parse(f[1]) as { orders: number; revenue: number };
      else if (line.trim() && !line.startsWith('serveStatic:')) process.stderr.write(`${line}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    const onData = (d: Buffer) => {
      if (!String(d).includes('listening')) return;
      // The server's request log keeps flowing into the pipe; it is drained, not inspected.
      proc.stdout?.off('data', onData);
      proc.stdout?.resume();
      resolve();
    };
    proc.stdout?.on('data', onData);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: proc.pid as number,
    /** Group commits and deliveries in them, known once stopped. */
    groups: () => groups,
    /** What floorServer.ts committed, known once stopped. */
    floorTotals: () => floorTotals,
    stop: () =>
      new Promise<void>((resolve) => {
        proc.removeAllListeners('exit');
        // 'close', not 'exit': stderr (the group totals) is read to its end first.
        proc.once('close', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

/** The order every Shopify request carries, with a unique id; each nets 25 − 4 − 1 = 20. */
const orderOf = (n: number, id = String(9_007_199_254_740_993n + BigInt(n))) =>
  orderBody({ id, createdAt: `${dayOf(n)}T12:00:00+01:00`, total: '25.00', tax: '4.00', shipping: '1.00' });
/**
 * The same bytes as `orderOf(n)` from a per-day template split at the id, so the load generator
 * (which shares the 2 cores with the server) spends its time sending, not serialising.
 */
const PLACEHOLDER = '1111111111111111111';
const templates = Array.from({ length: DAYS }, (_, d) => orderOf(d, PLACEHOLDER).split(PLACEHOLDER));
const shopifyOrder = (n: number) => (templates[n % DAYS] as string[]).join(String(9_007_199_254_740_993n + BigInt(n)));
for (const n of [0, 1, 6, 12_345]) if (shopifyOrder(n) !== orderOf(n)) throw new Error('order template drifted');
/** One increment event: one order on one of DAYS days. */
const genericBatch = (n: number) =>
  JSON.stringify({ mode: 'increment', items: [{ measure: 'orders', date: dayOf(n), value: 1 }] });

/**
 * autocannon's request hook for signed orders/create deliveries, each with a new order and the
 * headers Shopify sends: its webhook id and event id are random UUIDs (so each delivery's two
 * inbox keys land on random pages of the inbox's index, as in production; sequential ids,
 * used until 3 Dec, kept them on the same few pages and flattered the server by ~25 %).
 */
function signedOrders(secret: string) {
  let n = 0;
  return (r: autocannon.Request): autocannon.Request => {
    n++;
    const body = shopifyOrder(n);
    return {
      ...r,
      body,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'orders/create',
        'x-shopify-hmac-sha256': signShopify(secret, body),
        'x-shopify-shop-domain': 'rolecard-bench.myshopify.com',
        'x-shopify-api-version': '2025-10',
        'x-shopify-webhook-id': randomUUID(),
        'x-shopify-event-id': randomUUID(),
        'x-shopify-triggered-at': new Date().toISOString(),
      },
    };
  };
}

/** A fresh Standard Webhooks delivery per request: one increment, a unique webhook-id, signed now. */
function signedEvents(secret: string) {
  let n = 0;
  return (r: autocannon.Request): autocannon.Request => {
    n++;
    const body = genericBatch(n);
    const id = `msg_bench_${n}`;
    const ts = String(Math.floor(Date.now() / 1000));
    return {
      ...r,
      body,
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': ts,
        'webhook-signature': signStandard(secret, id, ts, body),
      },
    };
  };
}

const signedRequests = (kind: 'shopify' | 'generic', secret: string) =>
  kind === 'shopify' ? signedOrders(secret) : signedEvents(secret);

/**
 * A floor server under the Shopify load: bench/floorServer.ts (verify, parse, record the id
 * once, add the order, group-committed with FULL — nothing else; with FLOOR_STORE=none in
 * `env`, the ceiling: verify and parse only) or bench/contractFloorServer.ts (the whole
 * contract). Its committed (for the ceiling: counted) orders and revenue are checked like the
 * real path's.
 */
async function floor(script = 'bench/floorServer.ts', path = '/hook', env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rolecard-bench-floor-'));
  const secret = 'floor-secret';
  const prof = PROF_DIR ? profArgs(join(PROF_DIR, script.replace(/\W+/g, '-'))) : [];
  const server = await spawnServer(script, { FLOOR_DIR: dir, FLOOR_SECRET: secret, ...env }, prof);
  let run: Run;
  try {
    run = await load(`${server.url}${path}`, server.pid, signedOrders(secret));
  } finally {
    await server.stop();
  }
  const totals = server.floorTotals();
  const orders = totals?.orders ?? -1;
  const { lost, exact } = committedAgainst(run, orders);
  const ok = exact && Math.abs((totals?.revenue ?? -1) - 20 * orders) < 1e-6 && refusedNone(run);
  return { run, committed: orders, lost, ok };
}

/**
 * The reference: the bare handler sent the same load as the webhook run of its kind — the same
 * bodies and headers, signed per request by this process like the real run's (the bare handler
 * ignores them), so the load generator does the same work on the 2 cores in both.
 */
async function bare(kind: 'shopify' | 'generic'): Promise<Run> {
  const server = await spawnServer('bench/bareServer.ts');
  try {
    return await load(`${server.url}/hook`, server.pid, signedRequests(kind, 'bare-secret'));
  } finally {
    await server.stop();
  }
}

interface WebhookRun {
  kind: SourceKind;
  synchronous: 'FULL' | 'NORMAL';
  run: Run;
  /** Orders in the measure store after the run (each delivery adds one). */
  committed: number;
  /** Net revenue after the run (Shopify only: 20 per order). */
  revenue: number;
  /** The delivery log's counts for the source. */
  log: { accepted: number; duplicate: number; refused: number };
  /** Group commits over the whole server run (the API calls around the load add a few). */
  groups: { groups: number; jobs: number } | null;
}

async function webhooks(kind: 'shopify' | 'generic', sync: 'FULL' | 'NORMAL'): Promise<WebhookRun> {
  const dir = mkdtempSync(join(tmpdir(), 'rolecard-bench-'));
  // One profile per thread that runs JavaScript (the main one; an import worker if any).
  const prof = PROF_DIR ? profArgs(join(PROF_DIR, `${kind}-${sync}`)) : [];
  const server = await spawnServer(
    'bench/webhooksServer.ts',
    {
      ROLECARD_DEMO: '0',
      ROLECARD_DB: join(dir, 'bench.db'),
      BENCH_SYNC: sync,
      ROLECARD_ADMIN_EMAIL: TEST_ADMIN.email,
      ROLECARD_ADMIN_PASSWORD: TEST_ADMIN.password,
    },
    prof,
  );
  let stopped = false;
  try {
    const headers = { cookie: await signInCookie(server.url) };
    const res = await fetch(`${server.url}/api/webhook-sources`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'bench', kind, rateLimitPerMinute: 10_000_000 }),
    });
    const { source, secret } = secretRevealSchema.parse(await res.json());
    const run = await load(`${server.url}${source.url}`, server.pid, signedRequests(kind, secret.value));
    const read = async () => {
      const series = seriesSchema.parse(
        await (
          await fetch(`${server.url}/api/kpis/aov/series?grain=day&from=2026-03-16&to=2026-03-22`, { headers })
        ).json(),
      );
      const sources = sourceListSchema.parse(
        await (await fetch(`${server.url}/api/webhook-sources`, { headers })).json(),
      );
      return {
        committed: series.points.reduce((a, p) => a + (p.denominator ?? 0), 0),
        revenue: series.points.reduce((a, p) => a + (p.numerator ?? 0), 0),
        log: sources.sources.find((s) => s.id === source.id)?.counts ?? { accepted: -1, duplicate: -1, refused: -1 },
      };
    };
    // The deliveries in flight when autocannon stopped are still being committed: read until
    // two reads 200 ms apart agree, so the totals and the log are taken at the same point.
    let totals = await read();
    for (let i = 0; i < 25; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const again = await read();
      if (JSON.stringify(again) === JSON.stringify(totals)) break;
      totals = again;
    }
    await server.stop();
    stopped = true;
    return { kind, synchronous: sync, run, ...totals, groups: server.groups() };
  } finally {
    if (!stopped) await server.stop();
  }
}

/** A run's req/s against its reference's. */
const ratioTo = (run: Run, base: Reference) => Number((run.reqPerSec / base.reqPerSec).toFixed(3));

function check(h: WebhookRun, base: Reference) {
  const { lost, inFlightAtStop, exact } = committedAgainst(h.run, h.committed);
  const revenueMatches = h.kind !== 'shopify' || Math.abs(h.revenue - 20 * h.committed) < 1e-6;
  const logMatches = h.log.accepted === h.committed && h.log.duplicate === 0 && h.log.refused === 0;
  return {
    kind: h.kind,
    synchronous: h.synchronous,
    ...h.run,
    reference: base,
    ratio: ratioTo(h.run, base),
    committed: h.committed,
    committedButUnansweredAtStop: inFlightAtStop,
    lost,
    revenueMatches,
    log: h.log,
    logMatches,
    groups: h.groups,
    deliveriesPerGroup: h.groups ? Math.round((h.groups.jobs / Math.max(1, h.groups.groups)) * 10) / 10 : null,
    ok: exact && revenueMatches && logMatches && refusedNone(h.run),
  };
}
type Checked = ReturnType<typeof check>;

// The host's speed drifts by tens of percent within minutes. So every measured run is bracketed
// by two runs of the bare handler with the same requests, one right before and one right after,
// and its reference is their mean: a drift that is steady over the two cancels out, and the
// reference is the average of two runs instead of one. The judged runs come first after their
// bare run. The sequence runs ROUNDS times and each figure is the round with the median ratio
// (every round's ratio is in its name).
interface Reference {
  reqPerSec: number;
  serverCpuUsPerReq: number;
  p99: number;
}
interface FloorChecked {
  run: Run;
  committed: number;
  lost: number;
  ok: boolean;
  ratio: number;
  reference: Reference;
}
interface Round {
  results: Checked[];
  /** The bare runs of each kind of requests, in the order they ran (each measured run sits between two). */
  bares: Record<string, Run[]>;
  floors: { floor?: FloorChecked; contract?: FloorChecked; ceiling?: FloorChecked };
}
const againstBare = (f: Awaited<ReturnType<typeof floor>>, base: Reference): FloorChecked => ({
  ...f,
  ratio: ratioTo(f.run, base),
  reference: base,
});
/** The reference of a run between two bare runs: their mean. */
const bracket = (before: Run, after: Run): Reference => ({
  reqPerSec: Math.round((before.reqPerSec + after.reqPerSec) * 50) / 100,
  serverCpuUsPerReq: Math.round((before.serverCpuUsPerReq + after.serverCpuUsPerReq) / 2),
  p99: Math.round((before.p99 + after.p99) * 5) / 10,
});

async function round(): Promise<Round> {
  const results: Checked[] = [];
  const floors: Round['floors'] = {};
  // A measured run: it runs, then waits for its reference (the bare run after it) and keeps its result.
  type Step = (base: () => Promise<Reference>) => Promise<void>;
  const webhookStep =
    (kind: 'shopify' | 'generic', sync: 'FULL' | 'NORMAL'): Step =>
    async (base) => {
      const run = await webhooks(kind, sync);
      results.push(check(run, await base()));
    };
  const floorStep =
    (key: keyof Round['floors'], ...where: Parameters<typeof floor>): Step =>
    async (base) => {
      const run = await floor(...where);
      floors[key] = againstBare(run, await base());
    };
  const chosen = (steps: Array<[string, Step]>) => steps.filter(([name]) => RUNS.has(name)).map(([, step]) => step);
  // The judged run first after its bare run.
  const shopifySteps = chosen([
    ['shopify', webhookStep('shopify', 'FULL')],
    ['contract', floorStep('contract', 'bench/contractFloorServer.ts', '/api/webhooks/floor-source')],
    ['floor', floorStep('floor')],
    ['ceiling', floorStep('ceiling', 'bench/floorServer.ts', '/hook', { FLOOR_STORE: 'none' })],
    ['normal', webhookStep('shopify', 'NORMAL')],
  ]);
  const genericSteps = chosen([['generic', webhookStep('generic', 'FULL')]]);
  const bares: Round['bares'] = {};
  for (const [kind, steps] of [
    ['shopify', shopifySteps],
    ['generic', genericSteps],
  ] as const) {
    if (!steps.length) continue;
    const runs = [await bare(kind)];
    bares[kind] = runs;
    for (const step of steps) {
      const before = runs[runs.length - 1] as Run;
      // The bare run after this one is also the one before the next.
      await step(async () => {
        const after = await bare(kind);
        runs.push(after);
        return bracket(before, after);
      });
    }
  }
  return { results, bares, floors };
}

const line = (name: string, r: Run) =>
  `${name.padEnd(44)} ${r.reqPerSec.toFixed(0).padStart(6)} req/s  p99 ${String(r.p99).padStart(4)} ms  server ${String(r.serverCpuUsPerReq).padStart(4)} µs/req  client ${String(r.clientCpuUsPerReq).padStart(4)} µs/req  load ${r.loadavg1}  (${r.non2xx} non-2xx, ${r.errors} errors)`;
const floorNames = {
  floor: 'floor of the contract (shopify requests)',
  contract: 'floor of the whole contract (shopify)',
  ceiling: 'ceiling: verify + parse, no storage',
};

function print(r: Round): void {
  for (const [kind, runs] of Object.entries(r.bares))
    for (const b of runs) console.log(line(`bare Hono handler (${kind} requests)`, b));
  for (const [key, f] of Object.entries(r.floors) as Array<[keyof Round['floors'], FloorChecked]>) {
    console.log(line(floorNames[key], f.run));
    console.log(
      `${''.padEnd(44)} ${(f.ratio * 100).toFixed(1)}% of bare; committed ${f.committed}, lost ${f.lost}${f.ok ? '' : ' — CHECK FAILED'}`,
    );
  }
  for (const c of r.results) {
    console.log(
      line(`${c.kind} webhooks (${c.synchronous}${c.synchronous === 'FULL' ? ', shipped' : ', compare'})`, c),
    );
    console.log(
      `${''.padEnd(44)} ${(c.ratio * 100).toFixed(1)}% of bare (target ${TARGET_RATIO * 100}%); 2xx ${c.twoXX} (+${c.warmup.twoXX} in the warm-up), committed ${c.committed} (${c.committedButUnansweredAtStop} in flight at the stops), lost ${c.lost}, log ${c.log.accepted} accepted / ${c.log.duplicate} duplicate / ${c.log.refused} refused, ${c.deliveriesPerGroup} per group commit${c.kind === 'shopify' ? `, revenue ${c.revenueMatches ? 'exact' : 'WRONG'}` : ''}${c.ok ? '' : ' — CHECK FAILED'}`,
    );
  }
}

await compileServerForBench(SERVER_SCRIPTS);
const rounds: Round[] = [];
for (let i = 1; i <= ROUNDS; i++) {
  const r = await round();
  rounds.push(r);
  console.log(`--- round ${i} of ${ROUNDS}`);
  print(r);
}

/** The item with the median ratio (the lower middle one for an even count), and every ratio. */
function median<T extends { ratio: number }>(items: T[]): T & { ratios: number[] } {
  const sorted = [...items].sort((x, y) => x.ratio - y.ratio);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] as T;
  return { ...mid, ratios: items.map((x) => x.ratio) };
}
const allResults = rounds.flatMap((r) => r.results);
const results = [...new Set(allResults.map((r) => `${r.kind}/${r.synchronous}`))].map((key) =>
  median(allResults.filter((r) => `${r.kind}/${r.synchronous}` === key)),
);
const floorOf = (key: keyof Round['floors']) => {
  const runs = rounds.flatMap((r) => (r.floors[key] ? [r.floors[key]] : []));
  return runs.length ? median(runs) : null;
};
const floorRun = floorOf('floor');
const contractRun = floorOf('contract');
const ceilingRun = floorOf('ceiling');
const allFloors = rounds.flatMap((r) => Object.values(r.floors));
const ratiosText = (xs: number[]) => `ratios by round ${xs.map((x) => x.toFixed(3)).join(', ')}`;
const roundsText = `median of ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}`;

const label = (r: Checked) =>
  `signed ${r.kind === 'shopify' ? 'Shopify orders/create' : 'generic (Standard Webhooks), one increment'}`;
const figureName = (r: (typeof results)[number]) =>
  `${label(r)}, ${CONNECTIONS} connections for ${DURATION} s after a ${WARMUP} s warm-up, ${roundsText}: req/s (synchronous=${r.synchronous}, group commit) — ${ratiosText(r.ratios)}; p99 ${r.p99} ms vs bare ${r.reference.p99} ms; server CPU ${r.serverCpuUsPerReq} µs/delivery vs bare ${r.reference.serverCpuUsPerReq} µs; ${r.lost} lost, ${r.committed} committed; load ${r.loadavg1}`;
const shipped = results.filter((r) => r.synchronous === 'FULL');
const bareReference =
  'bare Hono handler returning 200, same signed requests, mean of its runs right before and after, req/s';
/** A floor's (or the ceiling's) figure: its median round beside the bare handler's runs around it. */
const floorFigure = (f: ReturnType<typeof floorOf>, what: string, stores = true) =>
  f
    ? [
        {
          name: `${what}, signed Shopify orders/create, ${roundsText}: req/s — ${ratiosText(f.ratios)}; server CPU ${f.run.serverCpuUsPerReq} µs/delivery vs bare ${f.reference.serverCpuUsPerReq} µs${stores ? `; ${f.lost} lost, ${f.committed} committed` : ''}`,
          value: Math.round(f.run.reqPerSec),
          unit: 'req/s',
          reference: { name: bareReference, value: Math.round(f.reference.reqPerSec) },
          ratio: f.ratio,
        },
      ]
    : [];
const totalLost = allResults.reduce((a, r) => a + r.lost, 0) + allFloors.reduce((a, f) => a + f.lost, 0);
const suite = {
  suite: 'webhooks',
  ranAt: new Date().toISOString(),
  figures: [
    ...shipped.map((r) => ({
      name: figureName(r),
      value: Math.round(r.reqPerSec),
      unit: 'req/s',
      reference: { name: bareReference, value: Math.round(r.reference.reqPerSec) },
      ratio: r.ratio,
      target: { text: `≥ ${TARGET_RATIO}× the bare handler, 0 lost` },
      met: r.ratio >= TARGET_RATIO && r.lost === 0,
    })),
    ...results
      .filter((r) => r.synchronous === 'NORMAL')
      .map((r) => ({
        name: `the Shopify run with synchronous=NORMAL (comparison only), ${roundsText}: req/s — ${ratiosText(r.ratios)}; server CPU ${r.serverCpuUsPerReq} µs/delivery`,
        value: Math.round(r.reqPerSec),
        unit: 'req/s',
        reference: { name: bareReference, value: Math.round(r.reference.reqPerSec) },
        ratio: r.ratio,
      })),
    ...floorFigure(
      floorRun,
      'floor of the contract (bench/floorServer.ts: verify the HMAC, parse, record the id once, add the order, group commit with FULL; no log, headers, lookups or checks)',
    ),
    ...floorFigure(
      contractRun,
      'floor of the whole contract (bench/contractFloorServer.ts: the floor plus every other thing the issue asks of an accepted delivery — source lookup, body limit, content type, rate limit, lossless ids, the zod contract, currency and day, inbox key, per-order state, measures with provenance, a delivery log row — each as directly as we know how, on our schema, group commit with FULL; no request log, security headers or ingestion core)',
    ),
    ...floorFigure(
      ceilingRun,
      'ceiling (bench/floorServer.ts with FLOOR_STORE=none: verify the HMAC on the raw bytes, parse, answer 200, store nothing — what every implementation must do at least, so no implementation of the contract can pass it)',
      false,
    ),
    {
      name: `acknowledged deliveries lost (2xx answered but not committed), all runs of all ${ROUNDS} rounds`,
      value: totalLost,
      unit: 'deliveries',
      target: { max: 0, text: '0' },
      met: totalLost === 0,
    },
  ],
  details: {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
    load: { durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, rounds: ROUNDS },
    target: TARGET_RATIO,
    rounds,
  },
};
if (!PROF_DIR && FULL_RUN) writeFileSync('bench/results/webhooks.json', `${JSON.stringify(suite, null, 2)}\n`);

console.log(`--- ${roundsText}`);
const medians: Array<[string, { ratio: number; ratios: number[] } | null]> = [
  ['floor of the contract', floorRun],
  ['floor of the whole contract', contractRun],
  ['ceiling: verify + parse, no storage', ceilingRun],
  ...results.map((r): [string, typeof r] => [`${r.kind} webhooks (${r.synchronous})`, r]),
];
for (const [name, m] of medians)
  if (m) console.log(`${name.padEnd(44)} ${(m.ratio * 100).toFixed(1)}% of bare (${ratiosText(m.ratios)})`);
console.log(
  `Target judged on both kinds side by side: ${shipped.map((r) => `${r.kind} ${(r.ratio * 100).toFixed(1)}%`).join(', ')} (≥ ${TARGET_RATIO * 100}% each, 0 lost: ${totalLost} lost).`,
);
if (!PROF_DIR && FULL_RUN) console.log('Wrote bench/results/webhooks.json');
if (!allResults.every((r) => r.ok) || !allFloors.every((f) => f.ok)) process.exitCode = 1;
