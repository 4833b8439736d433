import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/** The reference for bench/webhooks.ts: the same stack (Hono on @hono/node-server) doing nothing. */
const app = new Hono().post('/hook', (c) => c.text('ok', 200));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) => {
  console.log(`bare handler listening on ${info.port}`);
});
