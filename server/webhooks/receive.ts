import type { Context } from 'hono';
import type { MeasureChange, WebhookAck } from '../../shared/webhooks.js';
import type { Db } from '../db/open.js';
import { activeSecrets, getSourceRow, type SourceRow } from '../db/webhooks.js';
import { inboxHasAny, logDelivery, pruneWebhookTables, recordInbox } from '../db/webhooksInbox.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { ingest } from '../ingest/core.js';
import { readRawBody } from './body.js';
import { committerFor, GroupCommitter } from './committer.js';
import { prepareGeneric } from './generic.js';
import { prepareHelpdesk } from './helpdesk.js';
import { parseJsonLossless } from './json.js';
import { RateLimiter } from './rateLimit.js';
import { prepareShopify } from './shopify.js';
import {
  TIMESTAMP_TOLERANCE_SECONDS,
  timestampSkew,
  verifyShopify,
  verifyStandard,
  verifyZendesk,
} from './signatures.js';
import type { PreparedDelivery } from './types.js';

/** Delivery log rows are kept this long; inbox keys longer (senders retry for up to days). */
export const LOG_RETENTION_DAYS = 30;
export const INBOX_RETENTION_DAYS = 90;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 86_400_000;

/**
 * FULL: an acknowledged delivery survives power loss (see docs/webhooks.md, "Durability").
 * Only bench/webhooksServer.ts changes it, to measure what FULL costs against NORMAL.
 */
export const webhookDurability: { synchronous: 'FULL' | 'NORMAL' } = { synchronous: 'FULL' };

const limiters = new WeakMap<Db, RateLimiter>();
/** Strict: a body that is not UTF-8 is malformed, not silently repaired. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function committer(db: Db, clock: () => Date): GroupCommitter {
  let lastPrune = Number.NEGATIVE_INFINITY;
  return committerFor(
    db,
    () =>
      new GroupCommitter(db, {
        synchronous: webhookDurability.synchronous,
        beforeGroup: (d) => {
          const now = clock().getTime();
          if (now - lastPrune < PRUNE_EVERY_MS) return;
          lastPrune = now;
          pruneWebhookTables(
            d,
            new Date(now - LOG_RETENTION_DAYS * DAY_MS).toISOString(),
            new Date(now - INBOX_RETENTION_DAYS * DAY_MS).toISOString(),
          );
        },
      }),
  );
}

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message);
/** Header values from unverified requests are logged, but bounded. */
const clip = (s: string | undefined) => (s === undefined ? null : s.slice(0, 200));

/** Shopify's headers may arrive with or without the `X-` prefix (Hono's lookup ignores case). */
function shopifyHeader(c: Context, name: string): string | undefined {
  return c.req.header(`x-shopify-${name}`) ?? c.req.header(`shopify-${name}`);
}

interface Unverified {
  deliveryId: string | null;
  topic: string | null;
}

/**
 * The whole receive path, in the order documented in docs/webhooks.md:
 * 404 source → 413 size → 401 signature/timestamp → 415 type → 429 rate → 400 JSON → 422 content
 * → inbox + measure changes in one transaction (group-committed) → 200.
 */
export async function receiveWebhook(c: Context<AppEnv>, sourceId: string): Promise<Response> {
  const { db, clock } = c.var.deps;
  const source = getSourceRow(db, sourceId);
  // Unknown and disabled look the same: no hint whether a source ever existed.
  if (!source?.enabled)
    throw new ApiError(
      404,
      'not_found',
      'No enabled webhook source at this URL. Check the URL on the Integrations page.',
    );
  const receivedAt = clock();
  const seen: Unverified = { deliveryId: null, topic: null };
  const commit = committer(db, clock);
  let logged = false;
  try {
    const body = await readRawBody(c, source.maxBodyBytes);
    const prepare = verify(c, source, body, receivedAt, seen);
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim()))
      throw new ApiError(415, 'unsupported_media_type', `Send the body as application/json (got "${type || 'none'}").`);
    let limiter = limiters.get(db);
    if (!limiter) {
      limiter = new RateLimiter();
      limiters.set(db, limiter);
    }
    const wait = limiter.take(source.id, source.rateLimitPerMinute, receivedAt.getTime());
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new ApiError(
        429,
        'rate_limited',
        `This source is limited to ${source.rateLimitPerMinute} deliveries a minute; retry in ${wait} s.`,
        { retryAfterSeconds: wait },
      );
    }
    let payload: unknown;
    try {
      payload = parseJsonLossless(utf8.decode(body));
    } catch (err) {
      throw new ApiError(400, 'malformed_json', `The body is not valid JSON: ${(err as Error).message}.`);
    }
    const delivery = prepare(payload);
    seen.topic = delivery.topic;
    seen.deliveryId = delivery.deliveryId;
    const outcome = await commit.submit((d) => applyDelivery(d, source, delivery, receivedAt));
    if (outcome instanceof ApiError) {
      logged = true; // applyDelivery logged it in the same transaction
      throw outcome;
    }
    return c.json(outcome, 200);
  } catch (err) {
    if (err instanceof ApiError && !logged) {
      const reason = `${err.code}: ${err.message}`;
      // The refusal is logged in the next group (best effort: a failed log write must not
      // change the answer), and the answer waits for it so the log is never behind the sender.
      await commit
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
    }
    throw err;
  }
}

/** Checks the signature for the source's kind; returns how to turn the parsed body into a delivery. */
function verify(
  c: Context<AppEnv>,
  source: SourceRow,
  body: Uint8Array,
  now: Date,
  seen: Unverified,
): (payload: unknown) => PreparedDelivery {
  const secrets = activeSecrets(c.var.deps.db, source.id).map((s) => s.secret);
  const { config } = c.var.deps;
  const stale = (ts: string) => {
    const skew = timestampSkew(ts, now);
    if (skew === null || skew > TIMESTAMP_TOLERANCE_SECONDS)
      throw unauthorized(
        `The signed timestamp "${ts}" is more than ${TIMESTAMP_TOLERANCE_SECONDS / 60} minutes from our clock; a replay is refused.`,
      );
  };

  if (source.kind === 'shopify') {
    seen.deliveryId = clip(shopifyHeader(c, 'webhook-id'));
    seen.topic = clip(shopifyHeader(c, 'topic'));
    const sig = shopifyHeader(c, 'hmac-sha256');
    if (!sig) throw unauthorized('Missing the X-Shopify-Hmac-Sha256 header.');
    if (!verifyShopify(secrets, body, sig)) throw unauthorized('The X-Shopify-Hmac-Sha256 signature does not match.');
    const webhookId = shopifyHeader(c, 'webhook-id');
    const topic = shopifyHeader(c, 'topic');
    if (!webhookId || !topic)
      throw new ApiError(
        400,
        'missing_header',
        'A Shopify delivery needs the X-Shopify-Webhook-Id and X-Shopify-Topic headers.',
      );
    // An event id is shared by every topic one merchant action triggers, so it dedupes per topic only.
    const eventId = shopifyHeader(c, 'event-id');
    const keys = [`webhook:${webhookId}`, ...(eventId ? [`event:${topic}:${eventId}`] : [])];
    return (payload) =>
      prepareShopify({ source, currency: config.currency }, topic, payload, { deliveryId: webhookId, keys });
  }

  if (source.kind === 'helpdesk') {
    const sig = c.req.header('x-zendesk-webhook-signature');
    const ts = c.req.header('x-zendesk-webhook-signature-timestamp');
    if (!sig || !ts)
      throw unauthorized('Missing the X-Zendesk-Webhook-Signature or X-Zendesk-Webhook-Signature-Timestamp header.');
    if (!verifyZendesk(secrets, ts, body, sig)) throw unauthorized('The X-Zendesk-Webhook-Signature does not match.');
    stale(ts);
    const invocation = c.req.header('x-zendesk-webhook-invocation-id');
    return (payload) => prepareHelpdesk(source, config.timeZone, payload, invocation);
  }

  const id = c.req.header('webhook-id');
  const ts = c.req.header('webhook-timestamp');
  const sig = c.req.header('webhook-signature');
  seen.deliveryId = clip(id);
  if (!id || !ts || !sig) throw unauthorized('Missing the webhook-id, webhook-timestamp or webhook-signature header.');
  if (!verifyStandard(secrets, id, ts, body, sig)) throw unauthorized('The webhook-signature does not match.');
  stale(ts);
  return (payload) => prepareGeneric(id, payload);
}

/**
 * Runs inside the group's transaction: a duplicate changes nothing; otherwise the inbox key,
 * the measure changes (through the one ingestion core) and the log row commit together.
 * Returns a refusal instead of throwing so the refusal's log row survives the rollback.
 */
function applyDelivery(db: Db, source: SourceRow, d: PreparedDelivery, at: Date): WebhookAck | ApiError {
  try {
    return savepoint(db)(source, d, at);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    logDelivery(db, {
      sourceId: source.id,
      receivedAt: at.toISOString(),
      deliveryId: d.deliveryId,
      topic: d.topic,
      status: err.status,
      outcome: 'refused',
      reason: `${err.code}: ${err.message}`,
      changes: [],
    });
    return err;
  }
}

type ApplyTx = (source: SourceRow, d: PreparedDelivery, at: Date) => WebhookAck;
const savepoints = new WeakMap<Db, ApplyTx>();

/** The delivery's own savepoint; the wrapper is built once per connection (building it is not free). */
function savepoint(db: Db): ApplyTx {
  const cached = savepoints.get(db);
  if (cached) return cached;
  const tx = db.transaction((source: SourceRow, d: PreparedDelivery, at: Date): WebhookAck => {
    const receivedAt = at.toISOString();
    const log = { sourceId: source.id, receivedAt, deliveryId: d.deliveryId, topic: d.topic };
    if (inboxHasAny(db, source.id, d.keys)) {
      logDelivery(db, { ...log, status: 200, outcome: 'duplicate', reason: 'already received', changes: [] });
      return { ok: true, duplicate: true, ignored: false, changes: [] };
    }
    recordInbox(db, source.id, d.keys, receivedAt);
    const plan = d.apply(db);
    const changes: MeasureChange[] = plan.items.map((i) => ({
      measure: 'measure' in i ? i.measure : i.kpi,
      date: i.date,
      ...(i.segment ? { segment: i.segment } : {}),
      delta: i.value,
    }));
    if (plan.items.length)
      ingest(db, { mode: plan.mode, items: plan.items }, { kind: 'webhook', id: `${source.id}/${d.deliveryId}` }, at);
    const ignored = plan.ignored ?? null;
    logDelivery(db, { ...log, status: 200, outcome: ignored ? 'ignored' : 'accepted', reason: ignored, changes });
    return { ok: true, duplicate: false, ignored: ignored !== null, ...(ignored ? { reason: ignored } : {}), changes };
  });
  savepoints.set(db, tx);
  return tx;
}
