import { groupTotals } from '../server/webhooks/committer.js';
import { webhookDurability } from '../server/webhooks/receive.js';

/**
 * The real server (`server/main.ts`) with the webhook commit's synchronous setting taken from
 * BENCH_SYNC, so bench/webhooks.ts can measure FULL (the default) against NORMAL.
 */
webhookDurability.synchronous = process.env.BENCH_SYNC === 'NORMAL' ? 'NORMAL' : 'FULL';
// How many deliveries each group commit held, for bench/webhooks.ts (read from stderr).
process.on('exit', () => console.error(`webhook groups: ${JSON.stringify(groupTotals)}`));
await import('../server/main.js');
