import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { Delivery, DeliveryQuery, MeasureChange } from '../../shared/webhooks.js';
import type { ApiError } from '../http/errors.js';
import { runMultiRow } from './bulkCells.js';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/** The inbox (exactly-once), the delivery log and per-order state; all run inside the caller's transaction. */

function prepare(db: Db) {
  return {
    claim: db.prepare('INSERT OR IGNORE INTO webhook_inbox (source_id, key, received_at) VALUES (?, ?, ?)'),
    release: db.prepare('DELETE FROM webhook_inbox WHERE source_id = ? AND key = ?'),
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
 * Records the delivery's keys in one statement each, inside the group's transaction. Returns
 * null when any key was already there (a duplicate; the keys this call added are taken back),
 * else the keys added, for `releaseInbox` if the delivery is then refused. Inserting first
 * decides "seen before?" and records it in one step, instead of a read now and a write later.
 */
export function claimInbox(db: Db, sourceId: string, keys: readonly string[], at: string): string[] | null {
  const s = statements(db);
  const added: string[] = [];
  for (const k of keys) if (s.claim.run(sourceId, k, at).changes === 1) added.push(k);
  if (added.length === keys.length) return added;
  releaseInbox(db, sourceId, added);
  return null;
}

/** Takes back keys `claimInbox` added: a refused delivery is never in the inbox (its retry may succeed). */
export function releaseInbox(db: Db, sourceId: string, keys: readonly string[]): void {
  const s = statements(db);
  for (const k of keys) s.release.run(sourceId, k);
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
 * The log has no index on its age (migration 019): rows are appended as they are received, so
 * it drops every row before the first one received at or after the cutoff, reading only the
 * rows it drops and that one. A row logged after a clock step backwards is kept until a later
 * prune passes it; no row newer than the cutoff is ever dropped.
 */
export function pruneWebhookTables(db: Db, logBefore: string, inboxBefore: string): { log: number; inbox: number } {
  const log = db
    .prepare(
      `DELETE FROM webhook_deliveries WHERE id < COALESCE(
         (SELECT id FROM webhook_deliveries WHERE received_at >= ? ORDER BY id LIMIT 1),
         (SELECT MAX(id) + 1 FROM webhook_deliveries))`,
    )
    .run(logBefore).changes;
  const inbox = db.prepare('DELETE FROM webhook_inbox WHERE received_at < ?').run(inboxBefore).changes;
  return { log, inbox };
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
