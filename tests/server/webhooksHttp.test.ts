import { Agent, request } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { signShopify } from '../../server/webhooks/signatures.js';
import { seriesSchema } from '../../shared/schemas.js';
import { deliveryListSchema, secretRevealSchema, webhookAckSchema } from '../../shared/webhooks.js';
import { type RunningServer, startServer } from '../helpers/server.js';
import { orderBody } from './webhooksFixtures.js';

/** Real HTTP on loopback against the real server process (`server/main.ts`) on a temp DB. */

const running: RunningServer[] = [];
afterEach(async () => {
  // A SIGKILLed process has a signalCode and no exitCode: nothing left to stop.
  await Promise.all(
    running
      .splice(0)
      .filter((s) => s.proc.signalCode === null)
      .map((s) => s.stop()),
  );
});

async function boot(env: Record<string, string> = {}) {
  const s = await startServer({ ROLECARD_DEMO: '0', ...env });
  running.push(s);
  return s;
}

async function register(server: RunningServer) {
  const res = await server.api('/api/webhook-sources', {
    method: 'POST',
    body: JSON.stringify({ name: 'Loopback shop', kind: 'shopify', rateLimitPerMinute: 1_000_000 }),
  });
  expect(res.status).toBe(201);
  const r = secretRevealSchema.parse(await res.json());
  return { url: `${server.url}${r.source.url}`, secret: r.secret.value, id: r.source.id };
}

/**
 * Order i of the fixture, in integer cents so the expected sum is exact: total, tax and
 * shipping vary with i; the order falls on one of three days.
 */
function fixtureOrder(i: number) {
  const totalCents = 2_000 + ((i * 7_919) % 30_000);
  const taxCents = Math.floor(totalCents / 11);
  const shipCents = (i % 4) * 125;
  const day = ['2026-03-16', '2026-03-17', '2026-03-18'][i % 3] as string;
  const body = orderBody({
    id: String(9_007_199_254_740_993n + BigInt(i) * 2n),
    createdAt: `${day}T12:00:00+01:00`,
    total: (totalCents / 100).toFixed(2),
    tax: (taxCents / 100).toFixed(2),
    shipping: (shipCents / 100).toFixed(2),
  });
  return { body, netCents: totalCents - taxCents - shipCents, webhookId: `loop-${i}` };
}

/**
 * POST over node:http through a shared agent: every request is issued at once, over at most
 * 400 sockets — below the server's listen backlog (511), so the kernel never drops a SYN and
 * the test measures our code, not TCP retransmission timers.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 400 });

function deliver(src: { url: string; secret: string }, o: ReturnType<typeof fixtureOrder>) {
  const headers = {
    'content-type': 'application/json',
    'x-shopify-topic': 'orders/create',
    'x-shopify-hmac-sha256': signShopify(src.secret, o.body),
    'x-shopify-webhook-id': o.webhookId,
  };
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(src.url, { method: 'POST', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

async function series(server: RunningServer, kpi: string) {
  const res = await server.api(`/api/kpis/${kpi}/series?grain=day&from=2026-03-16&to=2026-03-18`);
  return seriesSchema.parse(await res.json());
}

test('2,000 concurrent orders/create deliveries, each re-sent once, count exactly once', async () => {
  const server = await boot();
  const src = await register(server);
  const orders = Array.from({ length: 2_000 }, (_, i) => fixtureOrder(i));
  // Every delivery and its retry are in flight at the same time.
  const responses = await Promise.all(
    orders
      .flatMap((o) => [deliver(src, o), deliver(src, o)])
      .map(async (p) => {
        const res = await p;
        return {
          status: res.status,
          ack: res.status === 200 ? webhookAckSchema.parse(JSON.parse(res.text)) : res.text,
        };
      }),
  );
  expect(responses.filter((r) => r.status !== 200)).toEqual([]);
  expect(responses.filter((r) => typeof r.ack === 'object' && r.ack.duplicate)).toHaveLength(2_000);

  const expectedCents = orders.reduce((s, o) => s + o.netCents, 0);
  const aov = await series(server, 'aov');
  const ordersTotal = aov.points.reduce((s, p) => s + (p.denominator ?? 0), 0);
  const revenue = aov.points.reduce((s, p) => s + (p.numerator ?? 0), 0);
  expect(ordersTotal).toBe(2_000);
  expect(revenue).toBeCloseTo(expectedCents / 100, 6);
  // Per day too: orders i ≡ d (mod 3) fall on day d.
  aov.points.forEach((p, d) => {
    expect(p.denominator).toBe(orders.filter((_, i) => i % 3 === d).length);
  });
}, 120_000);

test('a delivery acknowledged 2xx survives SIGKILL right after the response', async () => {
  const server = await boot();
  const src = await register(server);
  const orders = Array.from({ length: 200 }, (_, i) => fixtureOrder(i));
  const acked: string[] = [];
  let killed = false;
  // Kill the process the moment the 50th acknowledgement arrives, with ~150 still in flight.
  await Promise.all(
    orders.map(async (o) => {
      try {
        const res = await deliver(src, o);
        if (res.status === 200 && !killed) {
          acked.push(o.webhookId);
          if (acked.length === 50 && !killed) {
            killed = true;
            server.proc.kill('SIGKILL');
          }
        }
      } catch {
        // Connection reset by the kill: not acknowledged, may or may not be committed.
      }
    }),
  );
  await new Promise<void>((resolve) =>
    server.proc.exitCode !== null || server.proc.signalCode !== null
      ? resolve()
      : server.proc.once('exit', () => resolve()),
  );
  expect(server.proc.signalCode).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(50);

  const again = await boot({ ROLECARD_DB: server.dbPath });
  const log = deliveryListSchema.parse(
    await (await again.api(`/api/webhook-sources/${src.id}/deliveries?limit=500`)).json(),
  );
  const committed = new Set(log.deliveries.filter((d) => d.outcome === 'accepted').map((d) => d.deliveryId));
  for (const id of acked) expect(committed.has(id), `${id} was acknowledged but is not in the database`).toBe(true);
  // The measures agree with the log: exactly the committed deliveries were counted.
  const aov = await series(again, 'aov');
  expect(aov.points.reduce((s, p) => s + (p.denominator ?? 0), 0)).toBe(committed.size);
  // And a retry of an acknowledged delivery after the restart is still a duplicate.
  const first = orders.find((o) => o.webhookId === acked[0]);
  if (!first) throw new Error('no acknowledged order');
  const retry = await deliver({ url: `${again.url}/api/webhooks/${src.id}`, secret: src.secret }, first);
  expect(webhookAckSchema.parse(JSON.parse(retry.text)).duplicate).toBe(true);
}, 120_000);
