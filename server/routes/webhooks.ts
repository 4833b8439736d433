import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { honoBody } from '../webhooks/body.js';
import { receiveWebhook } from '../webhooks/receive.js';
import { webhookSourceRoutes } from './webhookSources.js';

/** Where senders POST deliveries, under /api. */
export const WEBHOOK_DELIVERY_PATH = '/webhooks/:sourceId';
/** The raw path of a delivery: one segment after /api/webhooks/ (Hono matches strictly, no trailing slash). */
const DELIVERY_PATH = /^\/api\/webhooks\/([^/?#]+)(?:\?|$)/;

/** True for a request URL (absolute, as Hono receives it) whose path is a delivery's. */
export function isDeliveryPath(url: string): boolean {
  const path = url.indexOf('/', url.indexOf('://') + 3);
  return path !== -1 && deliverySourceId(url.slice(path)) !== null;
}

/**
 * The source id of a delivery's request target (a path, as Node's server receives it), decoded
 * as Hono decodes route parameters; null when the path is not a delivery's.
 */
export function deliverySourceId(path: string): string | null {
  const raw = DELIVERY_PATH.exec(path)?.[1];
  if (raw === undefined) return null;
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** No zod validator: the signature covers the raw bytes. */
export const receiveDelivery = async (c: Context<AppEnv>) => {
  const delivery = {
    sourceId: c.req.param('sourceId') ?? '',
    header: (name: string) => c.req.header(name),
    body: honoBody(c),
  };
  return c.json(await receiveWebhook(c.get('deps'), delivery), 200);
};

/**
 * The delivery route plus the admin API for sources, mounted together so app.ts needs one line.
 * (app.ts also serves deliveries from a small app of their own; see there.)
 */
export const webhookRoutes = new Hono<AppEnv>()
  .post(WEBHOOK_DELIVERY_PATH, receiveDelivery)
  .route('/', webhookSourceRoutes);
