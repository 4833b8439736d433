import { webhookDurability } from '../server/webhooks/receive.js';

/**
 * The real server (`server/main.ts`) with the webhook commit's synchronous setting taken from
 * BENCH_SYNC, so bench/webhooks.ts can measure FULL (the default) against NORMAL.
 */
webhookDurability.synchronous = process.env.BENCH_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL';
await import('../server/main.js');
