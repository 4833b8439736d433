import { z } from 'zod';
import { partialUpdate } from './errorCodes.js';
import { isTimeZone } from './period.js';
import { dateSchema } from './schemas.js';
import { keySchema } from './units.js';

/** Contracts for webhook sources, their secrets, deliveries and the payloads they carry. */

/** `generic` = Standard Webhooks + the /api/ingest body; `shopify`; `helpdesk` = Zendesk scheme. */
export const sourceKindSchema = z.enum(['generic', 'shopify', 'helpdesk']);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 6_000;
/** The smallest secret we accept from an admin (the tool may own the secret: Shopify, Zendesk). */
export const MIN_SECRET_LENGTH = 24;

const timeZoneSchema = z.string().refine(isTimeZone, {
  message: 'must be an IANA time zone such as Europe/Madrid',
  params: { code: 'time_zone' },
});
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const currencySchema = z.string().regex(CURRENCY_PATTERN, 'use a three-letter ISO 4217 code such as EUR');
const providedSecretSchema = z
  .string()
  .min(MIN_SECRET_LENGTH, `a secret has at least ${MIN_SECRET_LENGTH} characters`)
  .max(200, 'a secret has at most 200 characters');

const sourceSettings = {
  name: z.string().trim().min(1, 'give the source a name').max(80),
  /**
   * Days are taken in this zone. Unset: Shopify uses the offset written in the payload's
   * timestamps (the shop's zone); the helpdesk uses the installation's zone.
   */
  timeZone: timeZoneSchema.nullable(),
  /** Values go to this segment (e.g. a store); unset: the whole business. Generic items name their own. */
  segment: keySchema.nullable(),
  /** Shopify: the only shop currency accepted; unset: the installation's currency. */
  currency: currencySchema.nullable(),
  /** Shopify test notifications (`"test": true`) change measures only when this is on. */
  allowTest: z.boolean(),
  maxBodyBytes: z
    .number()
    .int()
    .min(1024)
    .max(10 * 1_048_576),
  rateLimitPerMinute: z.number().int().min(1).max(10_000_000),
};

export const createSourceSchema = z.object({
  name: sourceSettings.name,
  kind: sourceKindSchema,
  timeZone: sourceSettings.timeZone.default(null),
  segment: sourceSettings.segment.default(null),
  currency: sourceSettings.currency.default(null),
  allowTest: sourceSettings.allowTest.default(false),
  maxBodyBytes: sourceSettings.maxBodyBytes.default(DEFAULT_MAX_BODY_BYTES),
  rateLimitPerMinute: sourceSettings.rateLimitPerMinute.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  /** When the tool generates the secret itself (Shopify, Zendesk), paste it here; else we generate one. */
  secret: providedSecretSchema.optional(),
});
export type CreateSourceInput = z.input<typeof createSourceSchema>;

export const updateSourceSchema = partialUpdate(
  { ...sourceSettings, enabled: z.boolean() },
  'send at least one field to change',
);

export const rotateSecretSchema = z.object({ secret: providedSecretSchema.optional() });

export const secretInfoSchema = z.object({
  id: z.number().int(),
  /** Last 4 characters, so an admin can tell secrets apart; the secret itself is never shown again. */
  hint: z.string(),
  createdAt: z.string(),
});

export const deliveryOutcomeSchema = z.enum(['accepted', 'duplicate', 'ignored', 'refused']);
export type DeliveryOutcome = z.infer<typeof deliveryOutcomeSchema>;

/** GET /api/webhook-sources/:id/deliveries: newest first, optionally one outcome, older than `before` (an id). */
export const deliveryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  outcome: deliveryOutcomeSchema.optional(),
  before: z.coerce.number().int().positive().optional(),
});
export type DeliveryQuery = z.infer<typeof deliveryQuerySchema>;

export const measureChangeSchema = z.object({
  measure: z.string(),
  date: dateSchema,
  segment: z.string().optional(),
  delta: z.number(),
});
export type MeasureChange = z.infer<typeof measureChangeSchema>;

/**
 * The reason's stable code and parameters, for wording it in the reader's language: an error
 * code (shared/errorCodes.ts) for a refusal, a delivery reason code (shared/webhookReasons.ts)
 * otherwise. Null on rows logged before they were stored (migration 015): show `reason` then.
 */
const reasonCodeFields = {
  reasonCode: z.string().nullable(),
  reasonParams: z.record(z.string(), z.unknown()).nullable(),
};

export const deliverySchema = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  deliveryId: z.string().nullable(),
  topic: z.string().nullable(),
  status: z.number().int(),
  outcome: deliveryOutcomeSchema,
  /** The English sentence: `code: message` for a refusal, else why nothing changed. */
  reason: z.string().nullable(),
  ...reasonCodeFields,
  changes: z.array(measureChangeSchema),
});
export type Delivery = z.infer<typeof deliverySchema>;
export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema) });

export const sourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: sourceKindSchema,
  timeZone: z.string().nullable(),
  segment: z.string().nullable(),
  currency: z.string().nullable(),
  allowTest: z.boolean(),
  enabled: z.boolean(),
  maxBodyBytes: z.number().int(),
  rateLimitPerMinute: z.number().int(),
  createdAt: z.string(),
  /** Path to POST deliveries to (prefix with the server's public origin). */
  url: z.string(),
  secrets: z.array(secretInfoSchema),
  lastDeliveryAt: z.string().nullable(),
  lastError: z
    .object({ at: z.string(), status: z.number().int(), reason: z.string().nullable(), ...reasonCodeFields })
    .nullable(),
  counts: z.object({ accepted: z.number().int(), duplicate: z.number().int(), refused: z.number().int() }),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourceListSchema = z.object({ sources: z.array(sourceSchema) });

/** The answer to creating a source or rotating its secret: the only time the secret is shown. */
export const secretRevealSchema = z.object({
  source: sourceSchema,
  secret: secretInfoSchema.extend({ value: z.string() }),
});

/** What a webhook sender gets back on success. */
export const webhookAckSchema = z.object({
  ok: z.literal(true),
  duplicate: z.boolean(),
  ignored: z.boolean(),
  reason: z.string().optional(),
  changes: z.array(measureChangeSchema),
});
export type WebhookAck = z.infer<typeof webhookAckSchema>;

// ---------- payloads (only the fields we read; everything else is allowed and ignored) ----------

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
/** A decimal amount as Shopify writes it ("199.00"); numbers are accepted too. */
export const amountSchema = z.union([
  z.string().regex(DECIMAL_PATTERN, 'expected a decimal amount such as "19.99"'),
  z.number().finite(),
]);
/** Ids after lossless parsing: big ones arrive as strings, small ones as numbers. */
const idSchema = z.union([z.string().min(1), z.number().int()]).transform(String);
const moneySetSchema = z.object({ shop_money: z.object({ amount: amountSchema, currency_code: z.string() }) });

export const shopifyOrderSchema = z.object({
  id: idSchema,
  created_at: z.string().min(1),
  currency: z.string(),
  total_price: amountSchema,
  total_tax: amountSchema.nullish(),
  total_shipping_price_set: moneySetSchema.nullish(),
  test: z.boolean().optional(),
  customer: z.object({ orders_count: z.number().int().nullish() }).nullish(),
});
export type ShopifyOrder = z.infer<typeof shopifyOrderSchema>;

export const shopifyRefundSchema = z.object({
  id: idSchema,
  order_id: idSchema,
  created_at: z.string().min(1),
  test: z.boolean().optional(),
  refund_line_items: z
    .array(
      z.object({
        subtotal: amountSchema.nullish(),
        subtotal_set: moneySetSchema.nullish(),
      }),
    )
    .default([]),
  transactions: z
    .array(
      z.object({
        kind: z.string(),
        status: z.string(),
        amount: amountSchema,
        currency: z.string().optional(),
        test: z.boolean().optional(),
      }),
    )
    .default([]),
});
export type ShopifyRefund = z.infer<typeof shopifyRefundSchema>;

/** A Zendesk-style event: `type` names it; `detail.id` is the ticket; `time` is when it happened. */
export const helpdeskEventSchema = z.object({
  id: z.union([z.string().min(1), z.number().int()]).transform(String),
  type: z.string().min(1),
  time: z.string().min(1),
  subject: z.string().optional(),
  detail: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).passthrough(),
  event: z
    .object({
      current: z.string().optional(),
      first_response_seconds: z.number().finite().min(0).optional(),
      score: z.string().optional(),
    })
    .passthrough()
    .default({}),
});
export type HelpdeskEvent = z.infer<typeof helpdeskEventSchema>;
