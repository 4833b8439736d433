import type { KeyObject } from 'node:crypto';
import type { WebhookAck } from '../../shared/webhooks.js';
import type { GroupHeld } from '../db/groupRows.js';
import type { Db } from '../db/open.js';
import { perConnection } from '../db/prepared.js';
import { walSyncer } from '../db/walSync.js';
import { groupOrders } from '../db/webhookOrders.js';
import { getVerifiableSource, type SourceRow, type VerifiableSource } from '../db/webhooks.js';
import { groupLog, inboxGroup, logDelivery, pruneWebhookTables, refusalReason } from '../db/webhooksInbox.js';
import { groupTickets } from '../db/webhookTickets.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { applyDelivery } from './apply.js';
import type { BodyReader } from './body.js';
import { groupCells } from './cells.js';
import { type CommitterOptions, committerFor, GroupCommitter } from './committer.js';
import { parseJsonLossless } from './json.js';
import { RateLimiter } from './rateLimit.js';
import { signingKey } from './signatures.js';
import type { PreparedDelivery } from './types.js';
import { type HeaderOf, type Unverified, verify } from './verify.js';

/** Delivery log rows are kept this long; inbox keys longer (senders retry for up to days). */
export const LOG_RETENTION_DAYS = 30;
export const INBOX_RETENTION_DAYS = 90;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 86_400_000;

/**
 * FULL: an acknowledged delivery survives power loss (see docs/webhooks.md, "Durability"); on a
 * file database the WAL is synced on the thread pool before the acks (`walSyncer`).
 * Only bench/webhooksServer.ts changes it, to measure what FULL costs against NORMAL.
 */
export const webhookDurability: { synchronous: 'FULL' | 'NORMAL' } = { synchronous: 'FULL' };

/** One rate limiter per connection, like the committer (`committerFor`); its buckets are per source. */
const limiterFor = perConnection(() => new RateLimiter());
/** Each cached source's secrets as signing keys, made once for as long as the cache keeps it. */
const keysBySource = new WeakMap<VerifiableSource, readonly KeyObject[]>();
function signingKeys(found: VerifiableSource): readonly KeyObject[] {
  let keys = keysBySource.get(found);
  if (!keys) {
    keys = found.secrets.map((s) => signingKey(found.row.kind, s));
    keysBySource.set(found, keys);
  }
  return keys;
}
/** Strict: a body that is not UTF-8 is malformed, not silently repaired. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What the deliveries of a group hold for it, written when it ends, many rows a statement:
 * inbox keys, measure cells (each written once, see cells.ts), order and ticket states, log rows.
 */
const heldByGroup = (d: Db): GroupHeld[] => [
  inboxGroup(d),
  groupCells(d),
  groupOrders(d),
  groupTickets(d),
  groupLog(d),
];

/**
 * What every webhook group does around its deliveries, on the connection it commits on: the
 * inbox keys, measure cells, order and ticket states and log rows the deliveries hold for the
 * group (written before COMMIT, or dropped with a rolled-back group), and the hourly prune of
 * old log rows and inbox keys.
 */
export function deliveryGroupHooks(
  clock: () => Date,
): Required<Pick<CommitterOptions, 'beforeGroup' | 'afterJobs' | 'afterRollback'>> {
  let lastPrune = Number.NEGATIVE_INFINITY;
  return {
    beforeGroup: (d) => {
      for (const held of heldByGroup(d)) held.start();
      const now = clock().getTime();
      if (now - lastPrune < PRUNE_EVERY_MS) return;
      lastPrune = now;
      pruneWebhookTables(
        d,
        new Date(now - LOG_RETENTION_DAYS * DAY_MS).toISOString(),
        new Date(now - INBOX_RETENTION_DAYS * DAY_MS).toISOString(),
      );
    },
    afterJobs: (d) => {
      for (const held of heldByGroup(d)) held.write();
    },
    afterRollback: (d) => {
      for (const held of heldByGroup(d)) held.rollBack();
    },
  };
}

/** The connection's committer, built on first use. */
function committer(db: Db, clock: () => Date, waitMs: number): GroupCommitter {
  return committerFor(
    db,
    () =>
      new GroupCommitter(db, {
        synchronous: webhookDurability.synchronous,
        // FULL's fsync on the thread pool, so the event loop keeps serving while the disk writes.
        syncWal: walSyncer(db),
        waitMs,
        ...deliveryGroupHooks(clock),
      }),
  );
}

/** A delivery as either HTTP front end (Hono, or Node's server directly) hands it over. */
export interface DeliveryRequest {
  sourceId: string;
  header: HeaderOf;
  body: BodyReader;
}

/**
 * From the raw body to the prepared delivery, in the documented order: 413 size → 401
 * signature/timestamp → 415 type → 429 rate → 400 JSON → 422 content. A function of its own so
 * that the body, its text and its parsed JSON are garbage once it returns: an async function
 * keeps its locals until it ends, and `receiveWebhook` then waits for the group commit, so
 * every delivery in flight held them (under the Shopify load the scavenges found 563 KB alive
 * with them, 507–522 KB without; docs/webhooks.md).
 */
async function readDelivery(
  db: Db,
  config: AppDeps['config'],
  req: DeliveryRequest,
  source: SourceRow,
  secrets: readonly KeyObject[],
  receivedAt: Date,
  seen: Unverified,
): Promise<PreparedDelivery> {
  const body = await req.body(source.maxBodyBytes);
  const prepare = verify(req.header, config, source, secrets, body, receivedAt, seen);
  const type = req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim()))
    throw new ApiError(415, 'unsupported_media_type', `Send the body as application/json (got "${type || 'none'}").`, {
      params: { accepts: 'json', received: type || 'none' },
    });
  const wait = limiterFor(db).take(source.id, source.rateLimitPerMinute, receivedAt.getTime());
  // The error answer carries Retry-After from retryAfterSeconds.
  if (wait > 0)
    throw new ApiError(
      429,
      'rate_limited',
      `This source is limited to ${source.rateLimitPerMinute} deliveries a minute; retry in ${wait} s.`,
      { params: { limitPerMinute: source.rateLimitPerMinute, retryAfterSeconds: wait }, retryAfterSeconds: wait },
    );
  let payload: unknown;
  try {
    payload = parseJsonLossless(utf8.decode(body));
  } catch (err) {
    throw new ApiError(400, 'malformed_json', `The body is not valid JSON: ${(err as Error).message}.`);
  }
  return prepare(payload);
}

/**
 * The whole receive path, in the order documented in docs/webhooks.md:
 * 404 source → 413 size → 401 signature/timestamp → 415 type → 429 rate → 400 JSON → 422 content
 * → inbox + measure changes in one transaction (group-committed) → the 200 answer's body.
 * Refusals are thrown as ApiError; the front end turns them into the one error answer.
 */
export async function receiveWebhook(deps: AppDeps, req: DeliveryRequest): Promise<WebhookAck> {
  const { db, clock, config } = deps;
  const found = getVerifiableSource(db, req.sourceId);
  // Unknown and disabled look the same: no hint whether a source ever existed.
  if (!found?.row.enabled)
    throw new ApiError(
      404,
      'not_found',
      'No enabled webhook source at this URL. Check the URL on the Integrations page.',
      { params: { what: 'webhook_endpoint', key: req.sourceId, suggestions: [] } },
    );
  const { row: source } = found;
  const secrets = signingKeys(found);
  const receivedAt = clock();
  const seen: Unverified = { deliveryId: null, topic: null };
  const commit = committer(db, clock, config.writeWaitMs);
  let logged = false;
  try {
    const delivery = await readDelivery(db, config, req, source, secrets, receivedAt, seen);
    seen.topic = delivery.topic;
    seen.deliveryId = delivery.deliveryId;
    delivery.want?.(db);
    const outcome = await commit.submit((d) => applyDelivery(d, source, delivery, receivedAt));
    if (outcome instanceof ApiError) {
      logged = true; // applyDelivery logged it in the same transaction
      throw outcome;
    }
    return outcome;
  } catch (err) {
    if (err instanceof ApiError && !logged) {
      const reason = refusalReason(err);
      // The refusal is logged in the next group (best effort: a failed log write must not
      // change the answer), and the answer waits for it so the log is never behind the sender —
      // except a `busy` refusal: its log row needs the very lock that was just refused, so it
      // is written once the lock is free (or dropped after another wait) without holding the answer.
      const logWrite = commit
        .submit((d) =>
          logDelivery(d, {
            sourceId: source.id,
            receivedAt: receivedAt.toISOString(),
            ...seen,
            status: err.status,
            outcome: 'refused',
            reason,
            changes: [],
          }),
        )
        .catch(() => undefined);
      if (err.code !== 'busy') await logWrite;
    }
    throw err;
  }
}
