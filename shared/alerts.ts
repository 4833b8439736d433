import { z } from 'zod';
import { dateSchema, statusSchema, weekInputSchema } from './schemas.js';
import { directionSchema, keySchema, unitSchema } from './units.js';

/**
 * Contracts for alerts, the outbound webhook of each business role, and the delivery queue.
 * Rules, thresholds and the payload format: docs/insights-alerts.md.
 */

/** `turned_red`: red this week, not red the week before. `outlier`: beyond 3 robust deviations of its last 12 weeks. `missing_data`: an input measure stopped arriving. */
export const alertKindSchema = z.enum(['turned_red', 'outlier', 'missing_data']);
export type AlertKind = z.infer<typeof alertKindSchema>;

/** The KPI an alert is about, as it was when the alert was recorded. */
export const alertKpiSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: unitSchema,
  direction: directionSchema,
});

export const turnedRedFactsSchema = z.object({
  kind: z.literal('turned_red'),
  kpi: alertKpiSchema,
  value: z.number(),
  target: z.object({ value: z.number(), band: z.number() }),
  previous: z.object({ value: z.number().nullable(), status: statusSchema }),
});

export const outlierFactsSchema = z.object({
  kind: z.literal('outlier'),
  kpi: alertKpiSchema,
  value: z.number(),
  /** Median of the previous weeks' values. */
  median: z.number(),
  /** Median absolute deviation from that median (unscaled). */
  mad: z.number(),
  /** The spread the score divides by: 1.4826 × MAD, or 1.2533 × mean absolute deviation when the MAD is 0. */
  spread: z.number(),
  spreadMethod: z.enum(['mad', 'mean_abs_dev']),
  /** (value − median) / spread: how many robust standard deviations away, signed. */
  score: z.number(),
  /** Weeks of history the median was taken over (8 to 12). */
  history: z.number().int(),
  /** Whether the move is good news for the KPI's direction. */
  better: z.boolean(),
});

export const missingDataFactsSchema = z.object({
  kind: z.literal('missing_data'),
  measure: z.object({ key: z.string(), name: z.string() }),
  /** The latest day with data (any segment). */
  lastDay: dateSchema,
  /** The first day without data. */
  since: dateSchema,
  /** Complete days without data when the alert was recorded. */
  days: z.number().int(),
  /** Days with data in the 28 days up to `lastDay`: why the measure counts as one that normally arrives. */
  daysWithData: z.number().int(),
  /** KPIs computed from the measure. */
  kpis: z.array(z.string()),
});

export const alertFactsSchema = z.discriminatedUnion('kind', [
  turnedRedFactsSchema,
  outlierFactsSchema,
  missingDataFactsSchema,
]);
export type AlertFacts = z.infer<typeof alertFactsSchema>;

export const deliveryStatusSchema = z.enum(['pending', 'sending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** A delivery as shown beside its alert. */
export const alertDeliverySummarySchema = z.object({
  id: z.number().int(),
  role: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  /** When the next attempt is due (pending), else null. */
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** The last failure; only admins see it (it can name internal hosts), null for everyone else. */
  lastError: z.string().nullable(),
});

export const alertSchema = z.object({
  id: z.number().int(),
  kind: alertKindSchema,
  /** ISO label of the week the alert is about (missing data: the week of the first missing day). */
  week: z.string(),
  createdAt: z.string(),
  /** Roles it concerns: the KPI's owner, or every owner of a KPI using the missing measure. */
  roles: z.array(z.object({ key: z.string(), name: z.string() })),
  facts: alertFactsSchema,
  /** One sentence, the same as the webhook's text without the link. */
  text: z.string(),
  /** App path of the chart to open, e.g. `/roles/ecommerce_manager?kpi=conversion_rate&week=2026-W47`. */
  link: z.string(),
  deliveries: z.array(alertDeliverySummarySchema),
});
export type Alert = z.infer<typeof alertSchema>;
export const alertListSchema = z.object({ alerts: z.array(alertSchema) });

export const SINCE_PATTERN = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;
export const alertQuerySchema = z.object({
  /** Recorded on or after this day (or instant). */
  since: z
    .string()
    .regex(SINCE_PATTERN, 'use a date like 2026-11-16 or an instant like 2026-11-16T08:00:00Z')
    .optional(),
  role: keySchema.optional(),
  kind: alertKindSchema.optional(),
  /** About this week (`2026-W47` or a date inside it). */
  week: weekInputSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A delivery in the admin's queue view, with its attempts and last error. */
export const alertDeliverySchema = z.object({
  id: z.number().int(),
  alertId: z.number().int(),
  alertText: z.string(),
  kind: alertKindSchema,
  role: z.object({ key: z.string(), name: z.string() }),
  /** The `webhook-id` header: the same on every attempt, so receivers can drop duplicates. */
  messageId: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  /** HTTP status of the last answer; null when there was none (timeout, refused connection). */
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AlertDelivery = z.infer<typeof alertDeliverySchema>;
export const alertDeliveryListSchema = z.object({ deliveries: z.array(alertDeliverySchema) });
export const deliveryQuerySchema = z.object({
  status: deliveryStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Only http(s): a webhook URL is fetched by the server, so no file:, data: or other schemes. */
export const webhookUrlSchema = z
  .url({ protocol: /^https?$/, error: 'use an http:// or https:// URL, such as a Slack incoming-webhook URL' })
  .max(2000, 'a URL has at most 2000 characters');

export const setAlertWebhookSchema = z.object({ url: webhookUrlSchema });

export const alertWebhookSchema = z.object({
  role: z.object({ key: z.string(), name: z.string() }),
  url: z.string(),
  /** Last 4 characters of the secret, to tell secrets apart; the secret is shown once. */
  secretHint: z.string(),
  createdAt: z.string(),
});
export type AlertWebhook = z.infer<typeof alertWebhookSchema>;
export const alertWebhookListSchema = z.object({ webhooks: z.array(alertWebhookSchema) });

/** The answer to saving a webhook: the only time its signing secret is shown. */
export const alertWebhookRevealSchema = z.object({ webhook: alertWebhookSchema, secret: z.string() });
