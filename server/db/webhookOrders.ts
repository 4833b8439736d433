import { runMultiRow } from './bulkCells.js';
import { GroupRows, type KeyedRow, readManyWith } from './groupRows.js';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/**
 * What each Shopify order contributed (migration 004), so a cancellation or refund reverses it
 * exactly once. Read and written through the open webhook group (`groupOrders`).
 */
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

const ORDER_INSERT =
  'INSERT INTO webhook_orders (source_id, order_id, counted, day, net, new_customer, refunded, returned_day, cancelled)';
const ORDER_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';
const ORDER_UPSERT = ` ON CONFLICT (source_id, order_id) DO UPDATE SET counted = excluded.counted, day = excluded.day,
  net = excluded.net, new_customer = excluded.new_customer, refunded = excluded.refunded,
  returned_day = excluded.returned_day, cancelled = excluded.cancelled`;
const orderParams = ({ value: o }: KeyedRow<OrderState>, out: unknown[]) =>
  out.push(
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

/** An order's state from its row; an order this source never told us about has an empty state. */
const toState = (sourceId: string, orderId: string, r: RawOrder | undefined): OrderState => ({
  sourceId,
  orderId,
  counted: r?.counted === 1,
  day: r?.day ?? null,
  net: r?.net ?? 0,
  newCustomer: r?.new_customer === 1,
  refunded: r?.refunded ?? 0,
  returnedDay: r?.returned_day ?? null,
  cancelled: r?.cancelled === 1,
});

/** The connection's order states: held by the open group, written when it ends. */
export const groupOrders = perConnection((db: Db) => {
  const get = db.prepare('SELECT * FROM webhook_orders WHERE source_id = ? AND order_id = ?');
  const many = db.prepare(
    'SELECT * FROM webhook_orders WHERE source_id = ? AND order_id IN (SELECT value FROM json_each(?))',
  );
  return new GroupRows<OrderState>({
    read: (sourceId, orderId) => toState(sourceId, orderId, get.get(sourceId, orderId) as RawOrder | undefined),
    readMany: readManyWith(many, (r: RawOrder & { order_id: string }) => r.order_id, toState),
    write: (rows) => void runMultiRow(db, ORDER_INSERT, ORDER_ROW, rows, orderParams, ORDER_UPSERT),
  });
});

/** Announces that a delivery will read this order's state in its group (`GroupRows.want`). */
export const wantOrderState = (db: Db, sourceId: string, orderId: string): void =>
  groupOrders(db).want(sourceId, orderId);

/** An order this source never told us about has an empty state. */
export const getOrderState = (db: Db, sourceId: string, orderId: string): OrderState =>
  groupOrders(db).get(sourceId, orderId);

export const putOrderState = (db: Db, o: OrderState): void => groupOrders(db).put(o.sourceId, o.orderId, o);
