import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCatalog } from '../server/db/catalog.js';
import { startCheckpointer } from '../server/db/checkpointer.js';
import { migrate } from '../server/db/migrate.js';
import { openDb } from '../server/db/open.js';
import { getSourceRow, insertSource } from '../server/db/webhooks.js';
import { applyDelivery } from '../server/webhooks/apply.js';
import { parseJsonLossless } from '../server/webhooks/json.js';
import { deliveryGroupHooks } from '../server/webhooks/receive.js';
import { prepareShopify } from '../server/webhooks/shopify.js';
import { defaultCatalog } from '../shared/catalog.js';
import { orderBody } from '../tests/server/webhooksFixtures.js';
import { groupWriter, type Row } from './lib/floorGroupWriter.js';

/**
 * One side of bench/webhookGroup.ts, compiled and run in a process of its own: GROUPS group
 * commits of 25 real-shaped Shopify orders/create (random webhook and event ids, 7 days, a new
 * customer each), written either by the shipped group (GROUP_MODE=shipped: the committer's
 * hooks around applyDelivery, in one BEGIN IMMEDIATE … COMMIT) or by the floor's writer
 * (GROUP_MODE=floor). Each delivery is verified and parsed before the clock starts, so only
 * the group's transaction is timed. The database is on tmpfs when there is one (/dev/shm), at
 * synchronous=NORMAL, with the background checkpointer: neither side waits for the disk.
 * Prints one JSON line: µs a delivery, per round.
 */
const MODE = process.env.GROUP_MODE === 'floor' ? 'floor' : 'shipped';
const GROUPS = Number(process.env.GROUP_GROUPS ?? 600);
const ROUNDS = Number(process.env.GROUP_ROUNDS ?? 5);
const PER_GROUP = 25;
const DAYS = 7;

const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'rolecard-group-'));
const db = openDb(join(dir, 'group.db'));
migrate(db);
seedCatalog(db, defaultCatalog);
const SOURCE = 'bench-shop';
insertSource(db, {
  id: SOURCE,
  name: 'bench',
  kind: 'shopify',
  timeZone: null,
  segmentId: null,
  currency: 'EUR',
  allowTest: false,
  maxBodyBytes: 1_048_576,
  rateLimitPerMinute: 10_000_000,
  createdAt: new Date().toISOString(),
});
const source = getSourceRow(db, SOURCE);
if (!source) throw new Error('no source');
const measure = (key: string) => db.prepare('SELECT id FROM measures WHERE key = ?').pluck().get(key) as number;
const floor =
  MODE === 'floor'
    ? groupWriter(db, {
        orders: measure('orders'),
        net: measure('net_revenue'),
        newCustomers: measure('new_customers'),
      })
    : null;
db.pragma('synchronous = NORMAL');
const checkpointer = startCheckpointer(db, (e) => console.error(JSON.stringify(e)));
const hooks = deliveryGroupHooks(() => new Date());

let n = 0;
/** The next delivery, verified and parsed as each side receives it. */
function next(at: Date) {
  const i = n++;
  const day = `2026-03-${String(16 + (i % DAYS))}`;
  const webhookId = randomUUID();
  const keys = [`webhook:${webhookId}`, `event:orders/create:${randomUUID()}`];
  const orderId = String(9_007_199_254_740_993n + BigInt(i));
  if (floor) {
    const row: Row = { sourceId: SOURCE, keys, orderId, receivedAt: at.toISOString(), day, net: 20, newCustomer: true };
    return row;
  }
  const body = orderBody({
    id: orderId,
    createdAt: `${day}T12:00:00+01:00`,
    total: '25.00',
    tax: '4.00',
    shipping: '1.00',
    ordersCount: 1,
  });
  return prepareShopify(
    { source: source as NonNullable<typeof source>, currency: 'EUR' },
    'orders/create',
    parseJsonLossless(body),
    {
      deliveryId: webhookId,
      keys,
    },
  );
}

const perRound: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  let ms = 0;
  for (let g = 0; g < GROUPS; g++) {
    const at = new Date();
    const group = Array.from({ length: PER_GROUP }, () => next(at));
    // As receiveWebhook does before each delivery joins its group.
    if (!floor) for (const d of group as ReturnType<typeof prepareShopify>[]) d.want?.(db);
    const t0 = performance.now();
    if (floor) floor(group as Row[]);
    else
      db.transaction(() => {
        hooks.beforeGroup(db);
        for (const d of group as ReturnType<typeof prepareShopify>[]) applyDelivery(db, source, d, at);
        hooks.afterJobs(db);
      }).immediate();
    ms += performance.now() - t0;
  }
  perRound.push(Math.round(((ms * 1000) / (GROUPS * PER_GROUP)) * 10) / 10);
}
const orders = db
  .prepare('SELECT SUM(value) FROM measure_values WHERE measure_id = ? AND segment_id = 1')
  .pluck()
  .get(measure('orders'));
await checkpointer?.stop();
db.close();
console.log(JSON.stringify({ mode: MODE, usPerDelivery: perRound, orders }));
