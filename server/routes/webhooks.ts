import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { receiveWebhook } from '../webhooks/receive.js';
import { webhookSourceRoutes } from './webhookSources.js';

/** Where senders POST deliveries, under /api. */
export const WEBHOOK_DELIVERY_PATH = '/webhooks/:sourceId';
/** The raw path of a delivery: one segment after /api/webhooks/ (Hono matches strictly, no trailing slash). */
const DELIVERY_PATH = /^\/api\/webhooks\/[^/?#]+(?:\?|$)/;

/** True for a request URL (absolute, as Hono receives it) whose path is a delivery's. */
export function isDeliveryPath(url: string): boolean {
  const path = url.indexOf('/', url.indexOf('://') + 3);
  return path !== -1 && DELIVERY_PATH.test(url.slice(path));
}

/** No zod validator: the signature covers the raw bytes. */
export const receiveDelivery = (c: Context<AppEnv>) => receiveWebhook(c, c.req.param('sourceId') ?? '');

/**
 * The delivery route plus the admin API for sources, mounted together so app.ts needs one line.
 * (app.ts also serves deliveries from a small app of their own; see there.)
 */
export const webhookRoutes = new Hono<AppEnv>()
  .post(WEBHOOK_DELIVERY_PATH, receiveDelivery)
  .route('/', webhookSourceRoutes);
