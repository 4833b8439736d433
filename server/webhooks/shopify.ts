import type { IngestItem } from '../../shared/schemas.js';
import type { DeliveryReason } from '../../shared/webhookReasons.js';
import { shopifyOrderSchema, shopifyRefundSchema } from '../../shared/webhooks.js';
import type { Db } from '../db/open.js';
import { getOrderState, putOrderState, wantOrderState } from '../db/webhookOrders.js';
import type { SourceRow } from '../db/webhooks.js';
import { ApiError } from '../http/errors.js';
import { dayOf } from './day.js';
import { fromUnits, toUnits } from './money.js';
import { parsePayload } from './payload.js';
import { deliveryReason } from './reasons.js';
import { delta, type Plan, type PreparedDelivery } from './types.js';

export const SHOPIFY_TOPICS = ['orders/create', 'refunds/create', 'orders/cancelled'] as const;

interface Ctx {
  source: SourceRow;
  /** The installation's currency, used when the source names none. */
  currency: string;
}

function checkCurrency(ctx: Ctx, field: string, code: string | undefined): void {
  const want = ctx.source.currency ?? ctx.currency;
  if (code !== undefined && code !== want)
    throw new ApiError(
      422,
      'unsupported_currency',
      `${field} is ${code}, but this source accepts ${want} only. Set the source's currency to ${code} (PATCH /api/webhook-sources/${ctx.source.id}) if the shop sells in ${code}; values are never converted.`,
      {
        params: { field, currency: code, expected: want, sourceId: ctx.source.id },
        field,
        currency: code,
        expected: want,
      },
    );
}

/** A delivery that is logged but changes nothing on purpose. */
const ignore = (reason: DeliveryReason): Plan => ({ mode: 'increment', items: [], ignored: reason });

/**
 * Turns a verified Shopify delivery into its measure changes. Per-order state makes the
 * three topics commute: whatever order they arrive in, a cancelled order ends up contributing
 * nothing and a refund never removes more than the order added.
 */
export function prepareShopify(
  ctx: Ctx,
  topic: string,
  payload: unknown,
  ids: { deliveryId: string; keys: string[] },
): PreparedDelivery {
  const seg = ctx.source.segment;
  const sid = ctx.source.id;
  // Built whole, not as `{ ...base, apply }`: adding a property to a spread copy makes V8 a
  // new hidden class each time (~1 µs a delivery).
  const prepared = (orderId: string, apply: PreparedDelivery['apply']): PreparedDelivery => ({
    deliveryId: ids.deliveryId,
    topic,
    keys: ids.keys,
    apply,
    want: (db) => wantOrderState(db, sid, orderId),
  });
  const isTest = (p: { test?: boolean }) => p.test === true && !ctx.source.allowTest;
  const ignoredTest = () => ignore(deliveryReason('test_notification', {}));

  if (topic === 'orders/create') {
    const o = parsePayload(shopifyOrderSchema, payload, 'orders/create');
    checkCurrency(ctx, 'currency', o.currency);
    checkCurrency(
      ctx,
      'total_shipping_price_set.shop_money.currency_code',
      o.total_shipping_price_set?.shop_money.currency_code,
    );
    const day = dayOf(o.created_at, 'created_at', ctx.source.timeZone);
    // Net = what the customer paid minus tax and shipping (discounts are already out of total_price).
    const net = toUnits(o.total_price) - toUnits(o.total_tax) - toUnits(o.total_shipping_price_set?.shop_money.amount);
    const newCustomer = o.customer?.orders_count === 1;
    return prepared(o.id, (db) => {
      if (isTest(o)) return ignoredTest();
      const st = getOrderState(db, sid, o.id);
      if (st.counted) return ignore(deliveryReason('order_already_counted', { order: o.id }));
      if (st.cancelled) return ignore(deliveryReason('order_cancelled_before_create', { order: o.id }));
      const items: IngestItem[] = [];
      delta(items, 'orders', day, 1, seg);
      delta(items, 'net_revenue', day, fromUnits(net), seg);
      if (newCustomer) delta(items, 'new_customers', day, 1, seg);
      const next = { ...st, counted: true, day, net: fromUnits(net), newCustomer };
      return { mode: 'increment', items, save: (d) => putOrderState(d, next) };
    });
  }

  if (topic === 'refunds/create') {
    const r = parsePayload(shopifyRefundSchema, payload, 'refunds/create');
    r.refund_line_items.forEach((li, i) => {
      checkCurrency(
        ctx,
        `refund_line_items.${i}.subtotal_set.shop_money.currency_code`,
        li.subtotal_set?.shop_money.currency_code,
      );
    });
    const day = dayOf(r.created_at, 'created_at', ctx.source.timeZone);
    // Refunded net revenue: the refunded items' pre-tax subtotals. Tax and shipping refunds are
    // left out because they were never part of net revenue. A refund without line items (an
    // amount-only refund) uses its successful refund transactions.
    const refunded = r.refund_line_items.length
      ? r.refund_line_items.reduce((s, li) => s + toUnits(li.subtotal_set?.shop_money.amount ?? li.subtotal), 0)
      : r.transactions
          .filter((t) => t.kind === 'refund' && t.status === 'success')
          .reduce((s, t) => {
            checkCurrency(ctx, 'transactions.currency', t.currency);
            return s + toUnits(t.amount);
          }, 0);
    return prepared(r.order_id, (db) => {
      if (isTest(r)) return ignoredTest();
      const st = getOrderState(db, sid, r.order_id);
      if (st.cancelled) return ignore(deliveryReason('order_reversed_by_cancellation', { order: r.order_id }));
      // Never remove more than the order added (when we counted it).
      const remaining = st.counted ? Math.max(0, toUnits(String(st.net)) - toUnits(String(st.refunded))) : Infinity;
      const amount = Math.min(refunded, remaining);
      const items: IngestItem[] = [];
      delta(items, 'net_revenue', day, -fromUnits(amount), seg);
      if (!st.returnedDay) delta(items, 'returned_orders', day, 1, seg);
      const next = {
        ...st,
        refunded: fromUnits(toUnits(String(st.refunded)) + amount),
        returnedDay: st.returnedDay ?? day,
      };
      return { mode: 'increment', items, save: (d) => putOrderState(d, next) };
    });
  }

  if (topic === 'orders/cancelled') {
    const o = parsePayload(shopifyOrderSchema.pick({ id: true, test: true }), payload, 'orders/cancelled');
    return prepared(o.id, (db) => {
      if (isTest(o)) return ignoredTest();
      const st = getOrderState(db, sid, o.id);
      if (st.cancelled) return ignore(deliveryReason('order_already_cancelled', { order: o.id }));
      // Recorded even when the order was never counted, so a late create changes nothing.
      const save = (d: Db) => putOrderState(d, { ...st, cancelled: true });
      if (!st.counted || !st.day) return { ...ignore(deliveryReason('order_never_counted', { order: o.id })), save };
      // Undo the order on its own day; what refunds already removed is not removed again,
      // and a return that was really a cancellation stops counting as a return.
      const items: IngestItem[] = [];
      delta(items, 'orders', st.day, -1, seg);
      delta(items, 'net_revenue', st.day, -fromUnits(toUnits(String(st.net)) - toUnits(String(st.refunded))), seg);
      if (st.newCustomer) delta(items, 'new_customers', st.day, -1, seg);
      if (st.returnedDay) delta(items, 'returned_orders', st.returnedDay, -1, seg);
      return { mode: 'increment', items, save };
    });
  }

  throw new ApiError(
    422,
    'unknown_topic',
    `Topic "${topic}" is not handled. Subscribe this source to ${SHOPIFY_TOPICS.join(', ')} only.`,
    { params: { sender: 'shopify', topic, supported: SHOPIFY_TOPICS }, topic, supported: SHOPIFY_TOPICS },
  );
}
