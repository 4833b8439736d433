import type { ErrorParams } from '../../shared/errorCodes.js';
import type { Config } from '../config.js';
import type { SourceRow } from '../db/webhooks.js';
import { ApiError } from '../http/errors.js';
import { prepareGeneric } from './generic.js';
import { prepareHelpdesk } from './helpdesk.js';
import { prepareShopify } from './shopify.js';
import {
  type Secret,
  TIMESTAMP_TOLERANCE_SECONDS,
  timestampSkew,
  verifyShopify,
  verifyStandard,
  verifyZendesk,
} from './signatures.js';
import type { PreparedDelivery } from './types.js';

const unauthorized = (message: string, params: ErrorParams<'unauthorized'>) =>
  new ApiError(401, 'unauthorized', message, { params });
/** Header values from unverified requests are logged, but bounded. */
const clip = (s: string | undefined) => (s === undefined ? null : s.slice(0, 200));

/** A request header by its lower-case name (names are case-insensitive in HTTP). */
export type HeaderOf = (lowerCaseName: string) => string | undefined;

/** Shopify's headers may arrive with or without the `X-` prefix. */
function shopifyHeader(header: HeaderOf, name: string): string | undefined {
  return header(`x-shopify-${name}`) ?? header(`shopify-${name}`);
}

export interface Unverified {
  deliveryId: string | null;
  topic: string | null;
}

/** Checks the signature for the source's kind; returns how to turn the parsed body into a delivery. */
export function verify(
  header: HeaderOf,
  config: Pick<Config, 'currency' | 'timeZone'>,
  source: SourceRow,
  secrets: readonly Secret[],
  body: Uint8Array,
  now: Date,
  seen: Unverified,
): (payload: unknown) => PreparedDelivery {
  const stale = (ts: string) => {
    const skew = timestampSkew(ts, now);
    if (skew === null || skew > TIMESTAMP_TOLERANCE_SECONDS)
      throw unauthorized(
        `The signed timestamp "${ts}" is more than ${TIMESTAMP_TOLERANCE_SECONDS / 60} minutes from our clock; a replay is refused.`,
        { reason: 'stale_timestamp', timestamp: ts, toleranceMinutes: TIMESTAMP_TOLERANCE_SECONDS / 60 },
      );
  };

  if (source.kind === 'shopify') {
    const webhookId = shopifyHeader(header, 'webhook-id');
    const topic = shopifyHeader(header, 'topic');
    seen.deliveryId = clip(webhookId);
    seen.topic = clip(topic);
    const sig = shopifyHeader(header, 'hmac-sha256');
    if (!sig)
      throw unauthorized('Missing the X-Shopify-Hmac-Sha256 header.', {
        reason: 'missing_headers',
        headers: ['X-Shopify-Hmac-Sha256'],
      });
    if (!verifyShopify(secrets, body, sig))
      throw unauthorized('The X-Shopify-Hmac-Sha256 signature does not match.', {
        reason: 'bad_signature',
        header: 'X-Shopify-Hmac-Sha256',
      });
    if (!webhookId || !topic)
      throw new ApiError(
        400,
        'missing_header',
        'A Shopify delivery needs the X-Shopify-Webhook-Id and X-Shopify-Topic headers.',
        { params: { headers: ['X-Shopify-Webhook-Id', 'X-Shopify-Topic'] } },
      );
    // An event id is shared by every topic one merchant action triggers, so it dedupes per topic only.
    const eventId = shopifyHeader(header, 'event-id');
    const keys = [`webhook:${webhookId}`, ...(eventId ? [`event:${topic}:${eventId}`] : [])];
    return (payload) =>
      prepareShopify({ source, currency: config.currency }, topic, payload, { deliveryId: webhookId, keys });
  }

  if (source.kind === 'helpdesk') {
    const sig = header('x-zendesk-webhook-signature');
    const ts = header('x-zendesk-webhook-signature-timestamp');
    if (!sig || !ts)
      throw unauthorized('Missing the X-Zendesk-Webhook-Signature or X-Zendesk-Webhook-Signature-Timestamp header.', {
        reason: 'missing_headers',
        headers: ['X-Zendesk-Webhook-Signature', 'X-Zendesk-Webhook-Signature-Timestamp'],
      });
    if (!verifyZendesk(secrets, ts, body, sig))
      throw unauthorized('The X-Zendesk-Webhook-Signature does not match.', {
        reason: 'bad_signature',
        header: 'X-Zendesk-Webhook-Signature',
      });
    stale(ts);
    const invocation = header('x-zendesk-webhook-invocation-id');
    return (payload) => prepareHelpdesk(source, config.timeZone, payload, invocation);
  }

  const id = header('webhook-id');
  const ts = header('webhook-timestamp');
  const sig = header('webhook-signature');
  seen.deliveryId = clip(id);
  if (!id || !ts || !sig)
    throw unauthorized('Missing the webhook-id, webhook-timestamp or webhook-signature header.', {
      reason: 'missing_headers',
      headers: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
    });
  if (!verifyStandard(secrets, id, ts, body, sig))
    throw unauthorized('The webhook-signature does not match.', {
      reason: 'bad_signature',
      header: 'webhook-signature',
    });
  stale(ts);
  return (payload) => prepareGeneric(id, payload);
}
