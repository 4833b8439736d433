import { signShopify, signStandard, signZendesk } from '../../server/webhooks/signatures.js';
import { type CreateSourceInput, secretRevealSchema } from '../../shared/webhooks.js';
import type { TestApp } from '../helpers/testApp.js';

/**
 * Payloads shaped like Shopify's documented `orders/create` and `refunds/create` webhooks and
 * Zendesk's ticket events, written as raw JSON text the way the senders write it: ids above
 * 2^53 as bare numbers, `/` escaped as `\/`.
 */

/** Serialises with `big:` strings turned into bare integers and every `/` escaped as Shopify does. */
export function shopifyJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/"big:(\d+)"/g, '$1')
    .replace(/\//g, '\\/');
}

export interface OrderFixture {
  id: string;
  createdAt: string;
  total: string;
  tax: string;
  shipping: string;
  currency?: string;
  ordersCount?: number;
  test?: boolean;
}

export function orderBody(o: OrderFixture): string {
  const currency = o.currency ?? 'EUR';
  return shopifyJson({
    id: `big:${o.id}`,
    admin_graphql_api_id: `gid://shopify/Order/${o.id}`,
    app_id: null,
    browser_ip: '203.0.113.7',
    buyer_accepts_marketing: false,
    cancel_reason: null,
    cancelled_at: null,
    confirmation_number: 'Z1X2C3',
    confirmed: true,
    contact_email: 'jon@example.com',
    created_at: o.createdAt,
    currency,
    current_total_price: o.total,
    financial_status: 'paid',
    name: '#9999',
    order_number: 1000,
    order_status_url: `https://jsmith.myshopify.com/548380009/orders/${o.id}/authenticate?key=abcdefg`,
    presentment_currency: currency,
    processed_at: o.createdAt,
    subtotal_price: o.total,
    taxes_included: false,
    test: o.test ?? false,
    total_discounts: '0.00',
    total_line_items_price: o.total,
    total_price: o.total,
    total_price_set: {
      shop_money: { amount: o.total, currency_code: currency },
      presentment_money: { amount: o.total, currency_code: currency },
    },
    total_shipping_price_set: {
      shop_money: { amount: o.shipping, currency_code: currency },
      presentment_money: { amount: o.shipping, currency_code: currency },
    },
    total_tax: o.tax,
    total_tax_set: {
      shop_money: { amount: o.tax, currency_code: currency },
      presentment_money: { amount: o.tax, currency_code: currency },
    },
    customer: {
      id: 'big:115310627314723954',
      email: 'john@example.com',
      orders_count: o.ordersCount ?? 2,
      created_at: '2026-01-02T10:00:00-05:00',
      state: 'disabled',
    },
    line_items: [
      {
        id: 'big:866550311766439020',
        product_id: 'big:632910392999999999',
        quantity: 1,
        price: o.total,
        title: 'IPod Nano - 8GB',
      },
    ],
  });
}

export interface RefundFixture {
  id: string;
  orderId: string;
  createdAt: string;
  /** Pre-tax subtotals of the refunded line items. */
  subtotals: string[];
  currency?: string;
}

export function refundBody(r: RefundFixture): string {
  const currency = r.currency ?? 'EUR';
  return shopifyJson({
    id: `big:${r.id}`,
    order_id: `big:${r.orderId}`,
    created_at: r.createdAt,
    note: 'it broke during shipping',
    user_id: 548380009,
    processed_at: r.createdAt,
    restock: true,
    duties: [],
    admin_graphql_api_id: `gid://shopify/Refund/${r.id}`,
    refund_line_items: r.subtotals.map((s, i) => ({
      id: 104689539 + i,
      quantity: 1,
      line_item_id: 'big:866550311766439020',
      location_id: 24826418,
      restock_type: 'return',
      subtotal: Number(s),
      total_tax: 0,
      subtotal_set: {
        shop_money: { amount: s, currency_code: currency },
        presentment_money: { amount: s, currency_code: currency },
      },
    })),
    transactions: [
      {
        id: 'big:245135757433333333',
        order_id: `big:${r.orderId}`,
        kind: 'refund',
        gateway: 'bogus',
        status: 'success',
        amount: r.subtotals.reduce((a, s) => a + Number(s), 0).toFixed(2),
        currency,
      },
    ],
    order_adjustments: [],
  });
}

export function cancelBody(orderId: string): string {
  return shopifyJson({
    id: `big:${orderId}`,
    cancel_reason: 'customer',
    cancelled_at: '2026-03-18T12:00:00+01:00',
    created_at: '2026-03-16T23:30:00-05:00',
    currency: 'EUR',
    total_price: '0.00',
  });
}

export function zendeskBody(e: {
  id: string;
  ticket: string;
  type: string;
  time: string;
  event?: Record<string, unknown>;
}): string {
  return JSON.stringify({
    account_id: 22129848,
    detail: {
      id: e.ticket,
      actor_id: '8447388090494',
      assignee_id: '8447388090494',
      brand_id: '8447346621310',
      created_at: '2026-03-18T08:00:00Z',
      description: 'My order has not arrived',
      group_id: '8447320466430',
      priority: 'LOW',
      requester_id: '8447388090494',
      status: 'OPEN',
      subject: 'Where is my order?',
      type: 'INCIDENT',
      updated_at: e.time,
      via: { channel: 'web_service' },
    },
    event: e.event ?? {},
    id: e.id,
    subject: `zen:ticket:${e.ticket}`,
    time: e.time,
    type: `zen:event-type:${e.type}`,
    zendesk_event_version: '2022-11-06',
  });
}

export interface Sent {
  status: number;
  json: unknown;
  headers: Headers;
}

export async function send(t: TestApp, url: string, body: string, headers: Record<string, string>): Promise<Sent> {
  const res = await t.app.request(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
}

export function shopifyHeaders(
  secret: string,
  body: string,
  topic: string,
  webhookId: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'X-Shopify-Topic': topic,
    'X-Shopify-Hmac-Sha256': signShopify(secret, body),
    'X-Shopify-Shop-Domain': 'jsmith.myshopify.com',
    'X-Shopify-API-Version': '2025-10',
    'X-Shopify-Webhook-Id': webhookId,
    'X-Shopify-Triggered-At': '2026-03-18T10:00:00.000Z',
    ...extra,
  };
}

export function zendeskHeaders(secret: string, body: string, timestamp: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'X-Zendesk-Webhook-Signature': signZendesk(secret, timestamp, body),
    'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
    'X-Zendesk-Webhook-Id': '01HXYZ',
  };
}

export function standardHeaders(secret: string, id: string, timestamp: string, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': signStandard(secret, id, timestamp, body),
  };
}

/** Registers a source through the API and returns its URL and the secret shown once. */
export async function createSource(t: TestApp, input: CreateSourceInput) {
  const r = await t.request('POST', '/api/webhook-sources', input);
  if (r.status !== 201) throw new Error(`create source → ${r.status}: ${JSON.stringify(r.json)}`);
  const parsed = secretRevealSchema.parse(r.json);
  return { id: parsed.source.id, url: parsed.source.url, secret: parsed.secret.value, secretId: parsed.secret.id };
}

/** A stored value, or undefined when the cell was never written. */
export function storedValue(t: TestApp, measure: string, day: string, segment = 'business'): number | undefined {
  const row = t.db
    .prepare(
      `SELECT v.value FROM measure_values v JOIN measures m ON m.id = v.measure_id JOIN segments s ON s.id = v.segment_id
       WHERE m.key = ? AND v.day = ? AND s.key = ?`,
    )
    .get(measure, day, segment) as { value: number } | undefined;
  return row?.value;
}
