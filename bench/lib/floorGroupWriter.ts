import type { Db } from '../../server/db/open.js';

/**
 * The group writer of the floor of the whole contract (bench/contractFloorServer.ts), also
 * timed alone beside the shipped group by bench/webhookGroup.ts: every write the issue asks of
 * an accepted Shopify orders/create, each in the cheapest form we know, on our schema.
 */

/** A verified, parsed order on its way to the group's transaction (plain data: it may cross to a worker). */
export interface Row {
  sourceId: string;
  /** The inbox keys: the webhook id, and the event id with its topic when sent (as the real path). */
  keys: string[];
  orderId: string;
  receivedAt: string;
  day: string;
  net: number;
  newCustomer: boolean;
}

/** The measures an order adds to (their ids). */
export interface FloorMeasures {
  orders: number;
  net: number;
  newCustomers: number;
}

/** The group's transaction on connection `on`: the answers, one per row, in order. */
export function groupWriter(on: Db, M: FloorMeasures): (rows: Row[]) => string[] {
  // The inbox as the shipped path keeps it (migration 021): appended rows, the keys seen in memory.
  const inbox = on.prepare('INSERT INTO webhook_inbox (source_id, key, received_at) VALUES (?, ?, ?)');
  const seen = new Set<string>(
    on.prepare("SELECT source_id || ' ' || key FROM webhook_inbox").pluck().all() as string[],
  );
  const newOrder = on.prepare(
    `INSERT INTO webhook_orders (source_id, order_id, counted, day, net, new_customer) VALUES (?, ?, 1, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const addCell = on.prepare(
    `INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at)
     VALUES (?, 1, ?, ?, 'webhook', ?, ?)
     ON CONFLICT DO UPDATE SET value = value + excluded.value, source_kind = excluded.source_kind,
       source_id = excluded.source_id, written_at = excluded.written_at`,
  );
  const LOG_ROWS = 64;
  const LOG_ROW = '(?, ?, ?, ?, ?, ?, ?)';
  const logMany = on.prepare(
    `INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, changes) VALUES ${Array(LOG_ROWS).fill(LOG_ROW).join(', ')}`,
  );
  const logOne = on.prepare(
    `INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, changes) VALUES ${LOG_ROW}`,
  );
  const begin = on.prepare('BEGIN IMMEDIATE');
  const commit = on.prepare('COMMIT');
  on.pragma(`synchronous = ${process.env.FLOOR_SYNC ?? 'FULL'}`); // NORMAL when the WAL is synced off the loop (below)

  return (rows) => {
    const cells = new Map<string, { measure: number; day: string; value: number; by: string; at: string }>();
    const add = (measure: number, day: string, value: number, by: string, at: string) => {
      const k = `${measure}|${day}`;
      const c = cells.get(k);
      if (c) {
        c.value += value;
        c.by = by;
        c.at = at;
      } else cells.set(k, { measure, day, value, by, at });
    };
    const log: unknown[] = [];
    const answers: string[] = [];
    begin.run();
    for (const j of rows) {
      const sid = j.sourceId;
      const key = j.keys[0] as string;
      if (j.keys.some((k) => seen.has(`${sid} ${k}`))) {
        log.push(sid, j.receivedAt, key, 'orders/create', 200, 'duplicate', '[]');
        answers.push('{"ok":true,"duplicate":true}');
        continue;
      }
      for (const k of j.keys) {
        inbox.run(sid, k, j.receivedAt);
        seen.add(`${sid} ${k}`);
      }
      if (newOrder.run(sid, j.orderId, j.day, j.net, j.newCustomer ? 1 : 0).changes === 0) {
        log.push(sid, j.receivedAt, key, 'orders/create', 200, 'ignored', '[]');
        answers.push('{"ok":true,"duplicate":false,"ignored":true}');
        continue;
      }
      const by = `${sid}/${key}`;
      add(M.orders, j.day, 1, by, j.receivedAt);
      add(M.net, j.day, j.net, by, j.receivedAt);
      let changes = `[{"measure":"orders","date":"${j.day}","delta":1},{"measure":"net_revenue","date":"${j.day}","delta":${j.net}}`;
      if (j.newCustomer) {
        add(M.newCustomers, j.day, 1, by, j.receivedAt);
        changes += `,{"measure":"new_customers","date":"${j.day}","delta":1}`;
      }
      log.push(sid, j.receivedAt, key, 'orders/create', 200, 'accepted', `${changes}]`);
      answers.push('{"ok":true,"duplicate":false}');
    }
    for (const c of cells.values()) addCell.run(c.measure, c.day, c.value, c.by, c.at);
    const perRow = 7;
    let i = 0;
    for (; i + LOG_ROWS * perRow <= log.length; i += LOG_ROWS * perRow)
      logMany.run(log.slice(i, i + LOG_ROWS * perRow));
    for (; i < log.length; i += perRow) logOne.run(log.slice(i, i + perRow));
    commit.run();
    return answers;
  };
}
