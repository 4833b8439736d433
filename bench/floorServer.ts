import { createServer, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { walSyncer } from '../server/db/walSync.js';
import { verifyShopify } from '../server/webhooks/signatures.js';

/**
 * The floor of the webhook contract for bench/webhooks.ts: only what issue #5 cannot do
 * without, for a Shopify orders/create, written as directly as possible — Node's own HTTP server
 * (not even Hono, which the bare reference runs on), no logging, no security headers, no source
 * lookup, no ingestion core, no state per order, no delivery log:
 *  - read the raw body and check its HMAC-SHA256 (the same constant-time check we ship);
 *  - parse the JSON and take the order's day and net revenue;
 *  - record the webhook id once (a unique key) and add 1 order and the revenue to that day's
 *    two cells;
 *  - answer 200 only after a COMMIT with synchronous=FULL (FLOOR_SYNC=NORMAL to compare),
 *    deliveries of one event-loop turn sharing it (group commit), as the real path does. The
 *    fsync runs inside COMMIT on the event loop: with the WAL synced on the thread pool instead,
 *    as the shipped path does (FLOOR_WAL_SYNC=thread), this floor was no faster (52.8 and 56.2 %
 *    of the bare handler against 58.9 and 59.2 %, alternating, 4 Dec), nor with two syncs in
 *    flight (FLOOR_SYNCS_IN_FLIGHT=2: 58.9 and 52.7 % against 59.2 and 56.6 %).
 * With FLOOR_STORE=none it is the ceiling instead (below).
 * Whatever the real path costs above this is ours to cut; what this costs against the bare
 * handler is the price of the contract itself on this machine.
 */
const SECRET = process.env.FLOOR_SECRET ?? '';
/**
 * FLOOR_STORE=none, the ceiling: verify and parse, then answer, storing nothing (the orders and
 * revenue it would have added are only summed in memory, for the bench's check). No
 * implementation of the contract can be faster: every one must at least do this.
 */
const CEILING = process.env.FLOOR_STORE === 'none';
const verified = { orders: 0, revenue: 0 };
const db = new Database(join(process.env.FLOOR_DIR ?? '.', 'floor.db'));
db.pragma('journal_mode = WAL');
const SYNC = process.env.FLOOR_SYNC ?? 'FULL';
/** FLOOR_WAL_SYNC=thread: COMMIT at NORMAL, then the WAL fdatasynced on the thread pool before the answers, as the shipped path does. */
const syncWal = SYNC === 'FULL' && process.env.FLOOR_WAL_SYNC === 'thread' ? walSyncer(db) : null;
db.pragma(`synchronous = ${syncWal ? 'NORMAL' : SYNC}`);
db.exec(`CREATE TABLE IF NOT EXISTS inbox (id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS cells (measure TEXT, day TEXT, value REAL NOT NULL, PRIMARY KEY (measure, day)) WITHOUT ROWID;`);
const seen = db.prepare('INSERT OR IGNORE INTO inbox (id) VALUES (?)');
const add = db.prepare(
  'INSERT INTO cells (measure, day, value) VALUES (?, ?, ?) ON CONFLICT (measure, day) DO UPDATE SET value = value + excluded.value',
);
const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');

interface Job {
  id: string;
  day: string;
  net: number;
  done: () => void;
}
let queue: Job[] = [];
/** WAL syncs in flight; FLOOR_SYNCS_IN_FLIGHT (default 1) lets the next group commit before the last one's sync returns. */
let syncing = 0;
const MAX_SYNCS = Number(process.env.FLOOR_SYNCS_IN_FLIGHT ?? 1);
function flush() {
  if (syncing >= MAX_SYNCS) return;
  const jobs = queue;
  queue = [];
  if (!jobs.length) return;
  begin.run();
  for (const j of jobs) {
    if (seen.run(j.id).changes === 0) continue;
    add.run('orders', j.day, 1);
    add.run('net_revenue', j.day, j.net);
  }
  commit.run();
  if (!syncWal) {
    for (const j of jobs) j.done();
    return;
  }
  syncing++;
  syncWal((err) => {
    if (err) throw err;
    syncing--;
    for (const j of jobs) j.done();
    if (queue.length) setImmediate(flush);
  });
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : '';
};

createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.method !== 'POST' || !verifyShopify([SECRET], body, header(req, 'x-shopify-hmac-sha256'))) {
    res.writeHead(401, { 'content-type': 'text/plain' }).end('bad signature');
    return;
  }
  const order = JSON.parse(body.toString('utf8')) as {
    created_at: string;
    current_total_price: string;
    total_tax: string;
    total_shipping_price_set: { shop_money: { amount: string } };
  };
  const net =
    Number(order.current_total_price) -
    Number(order.total_tax) -
    Number(order.total_shipping_price_set.shop_money.amount);
  if (CEILING) {
    verified.orders += 1;
    verified.revenue += net;
  } else
    await new Promise<void>((done) => {
      if (!queue.length) setImmediate(flush);
      queue.push({ id: header(req, 'x-shopify-webhook-id'), day: order.created_at.slice(0, 10), net, done });
    });
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' }).end('ok');
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor handler listening'));
process.on('SIGTERM', () => {
  const row = CEILING
    ? verified
    : (db
        .prepare(
          "SELECT (SELECT SUM(value) FROM cells WHERE measure = 'orders') AS orders, (SELECT SUM(value) FROM cells WHERE measure = 'net_revenue') AS revenue",
        )
        .get() as { orders: number; revenue: number });
  console.error(`floor totals: ${JSON.stringify(row)}`);
  db.close();
  process.exit(0);
});
