import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { receiveWebhook } from '../webhooks/receive.js';
import { webhookSourceRoutes } from './webhookSources.js';

/**
 * Where senders POST deliveries (no zod validator: the signature covers the raw bytes), plus
 * the admin API for sources, mounted together so app.ts needs one line.
 */
export const webhookRoutes = new Hono<AppEnv>()
  .post('/webhooks/:sourceId', (c) => receiveWebhook(c, c.req.param('sourceId')))
  .route('/', webhookSourceRoutes);
