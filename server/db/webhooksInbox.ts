import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { Delivery, DeliveryQuery, MeasureChange } from '../../shared/webhooks.js';
import type { ApiError } from '../http/errors.js';
import { runMultiRow } from './bulkCells.js';
import type { Db } from './open.js';
import { readPragma } from './pragmas.js';
import { perConnection } from './prepared.js';

/** The inbox (exactly-once), the delivery log and per-order state; all run inside the caller's transaction. */

function prepare(db: Db) {
  return {
    claim: db.prepare('INSERT INTO webhook_inbox (source_id, key, received_at) VALUES (?, ?, ?)'),
    release: db.prepare('DELETE FROM webhook_inbox WHERE id = ?'),
    after: db.prepare('SELECT id, source_id AS sourceId, key FROM webhook_inbox WHERE id > ? ORDER BY id'),
    getOrder: db.prepare('SELECT * FROM webhook_orders WHERE source_id = ? AND order_id = ?'),
    putOrder: db.prepare(
      `INSERT INTO webhook_orders (source_id, order_id, counted, day, net, new_customer, refunded, returned_day, cancelled)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (source_id, order_id) DO UPDATE SET counted = excluded.counted, day = excluded.day,
         net = excluded.net, new_customer = excluded.new_customer, refunded = excluded.refunded,
         returned_day = excluded.returned_day, cancelled = excluded.cancelled`,
    ),
  };
}

/** Prepared once per connection: this is the webhook hot path. */
const statements = perConnection(prepare);

/**
 * The inbox's keys, held in memory per connection: whether a key was seen is a lookup here,
 * not in a B-tree of random keys (migration 021 says why). The table stays the durable record,
 * written in the same transaction as the delivery's changes; this copy follows it:
 *  - loaded whole on first use (`loadInboxKeys`; the table holds INBOX_RETENTION_DAYS of keys,
 *    measured at 95 bytes of heap a key: 18 MB and 0.4 s to load for 200,000);
 *  - at the start of every group, inside its write transaction, the rows other connections
 *    appended since are read (`PRAGMA data_version` tells whether there are any), so under
 *    SQLite's write lock the copy is complete before any key is checked;
 *  - a group's keys are taken out again if its transaction rolls back;
 *  - keys are only ever deleted through this connection (a refused delivery's, and pruning),
 *    which takes them out here too.
 */
class InboxKeys {
  private readonly bySource = new Map<string, Set<string>>();
  private lastId = 0;
  private version: number;
  /** The keys the open group added, for `rollBackGroup`. */
  private group: Array<{ sourceId: string; key: string }> = [];

  constructor(private readonly db: Db) {
    this.version = readPragma(db, 'data_version') as number;
    this.catchUp();
  }

  /** Reads the keys appended after the last one this copy holds. */
  private catchUp(): void {
    for (const r of statements(this.db).after.iterate(this.lastId) as IterableIterator<{
      id: number;
      sourceId: string;
      key: string;
    }>) {
      this.keysOf(r.sourceId).add(r.key);
      this.lastId = r.id;
    }
  }

  private keysOf(sourceId: string): Set<string> {
    let keys = this.bySource.get(sourceId);
    if (!keys) {
      keys = new Set();
      this.bySource.set(sourceId, keys);
    }
    return keys;
  }

  /** Inside a group's write transaction, before its deliveries: catch up with other connections. */
  startGroup(): void {
    this.group = [];
    const version = readPragma(this.db, 'data_version') as number;
    if (version === this.version) return;
    this.version = version;
    this.catchUp();
  }

  /** The group rolled back (or never committed): its keys were never stored. */
  rollBackGroup(): void {
    for (const { sourceId, key } of this.group) this.bySource.get(sourceId)?.delete(key);
    this.group = [];
  }

  has(sourceId: string, key: string): boolean {
    return this.bySource.get(sourceId)?.has(key) ?? false;
  }

  added(sourceId: string, key: string, id: number): void {
    this.keysOf(sourceId).add(key);
    this.group.push({ sourceId, key });
    if (id > this.lastId) this.lastId = id;
  }

  removed(sourceId: string, key: string): void {
    this.bySource.get(sourceId)?.delete(key);
  }
}

const inboxKeys = perConnection((db: Db) => new InboxKeys(db));

/**
 * Loads the connection's inbox keys now (the server does so before it listens) rather than in
 * the first delivery's group, which would hold the write lock meanwhile: ~0.4 s for 200,000 keys.
 */
export const loadInboxKeys = (db: Db): void => void inboxKeys(db);
/** Opens a group on the connection's inbox keys (inside the group's transaction). */
export const startInboxGroup = (db: Db): void => inboxKeys(db).startGroup();
/** Takes the group's keys back out of memory: its transaction was rolled back. */
export const rollBackInboxGroup = (db: Db): void => inboxKeys(db).rollBackGroup();

/** The keys one delivery claimed, and their rows, for `releaseInbox`. */
export interface InboxClaim {
  sourceId: string;
  rows: Array<{ key: string; id: number }>;
}

/**
 * Records the delivery's keys inside the group's transaction, one appended row each. Returns
 * null when any key was seen before (a duplicate; nothing is written), else the claim, for
 * `releaseInbox` if the delivery is then refused.
 */
export function claimInbox(db: Db, sourceId: string, keys: readonly string[], at: string): InboxClaim | null {
  const seen = inboxKeys(db);
  if (keys.some((k) => seen.has(sourceId, k))) return null;
  const s = statements(db);
  const rows = keys.map((key) => {
    const id = Number(s.claim.run(sourceId, key, at).lastInsertRowid);
    seen.added(sourceId, key, id);
    return { key, id };
  });
  return { sourceId, rows };
}

/** Takes back keys `claimInbox` added: a refused delivery is never in the inbox (its retry may succeed). */
export function releaseInbox(db: Db, claim: InboxClaim): void {
  const s = statements(db);
  const seen = inboxKeys(db);
  for (const { key, id } of claim.rows) {
    s.release.run(id);
    seen.removed(claim.sourceId, key);
  }
}

export interface DeliveryLogEntry {
  sourceId: string;
  receivedAt: string;
  deliveryId: string | null;
  topic: string | null;
  status: number;
  outcome: Delivery['outcome'];
  reason: DeliveryReason | null;
  changes: MeasureChange[];
}

/** A refusal's reason: its error code and parameters, and the sentence the log has always shown. */
export const refusalReason = (err: ApiError): DeliveryReason => ({
  text: `${err.code}: ${err.message}`,
  code: err.code,
  params: err.details.params,
});

const LOG_INSERT =
  'INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, reason, reason_code, reason_params, changes)';
const LOG_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const logParams = (e: DeliveryLogEntry, out: unknown[]) =>
  out.push(
    e.sourceId,
    e.receivedAt,
    e.deliveryId,
    e.topic,
    e.status,
    e.outcome,
    e.reason?.text ?? null,
    e.reason?.code ?? null,
    e.reason ? JSON.stringify(e.reason.params) : null,
    JSON.stringify(e.changes),
  );

/**
 * The log rows of the group commit open on a connection: written together, many rows a
 * statement, before the group's COMMIT (a statement per delivery cost ~10 µs of binding and
 * dispatch each). Rows stay in the order they were logged, so ids follow arrival as before.
 */
const groupLogs = new WeakMap<Db, DeliveryLogEntry[]>();

/** Opens the connection's group log: until `flushGroupLog`, `logDelivery` collects rows. */
export function startGroupLog(db: Db): void {
  groupLogs.set(db, []);
}

/** Writes the collected rows; also closes the log of a group that was rolled back (`write` false). */
export function flushGroupLog(db: Db, write = true): void {
  const rows = groupLogs.get(db);
  groupLogs.delete(db);
  if (write && rows?.length) runMultiRow(db, LOG_INSERT, LOG_ROW, rows, logParams);
}

/** Logs a delivery: into the open group log, else at once. */
export function logDelivery(db: Db, e: DeliveryLogEntry): void {
  const open = groupLogs.get(db);
  if (open) open.push(e);
  else runMultiRow(db, LOG_INSERT, LOG_ROW, [e], logParams);
}

/** The stored parameters as the API shows them; rows from before migration 015 have none. */
export const parseReasonParams = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

/** The statement `listDeliveries` runs for a query (tests read its plan). */
export function deliveriesSql(q: Pick<DeliveryQuery, 'outcome' | 'before'>): string {
  const where = ['source_id = @sourceId'];
  if (q.outcome && q.outcome !== 'accepted') where.push("outcome <> 'accepted'");
  if (q.outcome) where.push('outcome = @outcome');
  if (q.before !== undefined) where.push('id < @before');
  return `SELECT id, received_at AS receivedAt, delivery_id AS deliveryId, topic, status, outcome, reason,
              reason_code AS reasonCode, reason_params AS reasonParams, changes
       FROM webhook_deliveries WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT @limit`;
}

/**
 * A source's log, newest first: `limit` rows older than `before` (an id), of one outcome if
 * given. Any outcome but `accepted` is read through the partial index of migration 020, whose
 * condition the query repeats word for word (SQLite uses a partial index only then).
 */
export function listDeliveries(db: Db, sourceId: string, q: DeliveryQuery): Delivery[] {
  const rows = db
    .prepare(deliveriesSql(q))
    .all({ sourceId, limit: q.limit, outcome: q.outcome, before: q.before }) as Array<
    Omit<Delivery, 'changes' | 'reasonParams'> & { changes: string; reasonParams: string | null }
  >;
  return rows.map((r) => ({
    ...r,
    reasonParams: parseReasonParams(r.reasonParams),
    changes: JSON.parse(r.changes) as MeasureChange[],
  }));
}

/**
 * Drops log rows older than `logBefore` and inbox keys older than `inboxBefore` (ISO instants).
 * Neither has an index on its age (migrations 019 and 021): rows are appended as they are
 * received, so each drops every row before the first one received at or after its cutoff,
 * reading only the rows it drops and that one. A row logged after a clock step backwards is
 * kept until a later prune passes it; no row newer than the cutoff is ever dropped. Pruned
 * keys leave the connection's memory at once; should the group's transaction then roll back,
 * their rows stay a while longer, past retention, and are dropped again by the next prune.
 */
export function pruneWebhookTables(db: Db, logBefore: string, inboxBefore: string): { log: number; inbox: number } {
  const log = db
    .prepare(
      `DELETE FROM webhook_deliveries WHERE id < COALESCE(
         (SELECT id FROM webhook_deliveries WHERE received_at >= ? ORDER BY id LIMIT 1),
         (SELECT MAX(id) + 1 FROM webhook_deliveries))`,
    )
    .run(logBefore).changes;
  // The inbox the same way; its keys leave the connection's memory with their rows.
  const inboxEnd = db
    .prepare(
      `SELECT COALESCE((SELECT id FROM webhook_inbox WHERE received_at >= ? ORDER BY id LIMIT 1),
                       (SELECT MAX(id) + 1 FROM webhook_inbox), 0)`,
    )
    .pluck()
    .get(inboxBefore) as number;
  const seen = inboxKeys(db);
  const dropped = db
    .prepare('DELETE FROM webhook_inbox WHERE id < ? RETURNING source_id AS sourceId, key')
    .all(inboxEnd) as Array<{ sourceId: string; key: string }>;
  for (const r of dropped) seen.removed(r.sourceId, r.key);
  return { log, inbox: dropped.length };
}

export interface OrderState {
  sourceId: string;
  orderId: string;
  counted: boolean;
  day: string | null;
  net: number;
  newCustomer: boolean;
  refunded: number;
  returnedDay: string | null;
  cancelled: boolean;
}

interface RawOrder {
  counted: number;
  day: string | null;
  net: number;
  new_customer: number;
  refunded: number;
  returned_day: string | null;
  cancelled: number;
}

export function getOrderState(db: Db, sourceId: string, orderId: string): OrderState {
  const r = statements(db).getOrder.get(sourceId, orderId) as RawOrder | undefined;
  return {
    sourceId,
    orderId,
    counted: r?.counted === 1,
    day: r?.day ?? null,
    net: r?.net ?? 0,
    newCustomer: r?.new_customer === 1,
    refunded: r?.refunded ?? 0,
    returnedDay: r?.returned_day ?? null,
    cancelled: r?.cancelled === 1,
  };
}

export function putOrderState(db: Db, o: OrderState): void {
  statements(db).putOrder.run(
    o.sourceId,
    o.orderId,
    o.counted ? 1 : 0,
    o.day,
    o.net,
    o.newCustomer ? 1 : 0,
    o.refunded,
    o.returnedDay,
    o.cancelled ? 1 : 0,
  );
}
