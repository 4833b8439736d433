import { z } from 'zod';
import {
  createSourceSchema,
  deliveryListSchema,
  rotateSecretSchema,
  secretRevealSchema,
  sourceListSchema,
  sourceSchema,
  updateSourceSchema,
  webhookAckSchema,
} from '../../shared/webhooks.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const error = errorDoc;
const idParams = z.object({ id: z.string() });
const randomId = 'The source id is random, so the document cannot hold a runnable example.';
const denied = { 401: error('Not signed in.'), 403: error('Admins only.') };

/** Webhook deliveries and the admin API for their sources (docs/webhooks.md has the details). */
export const webhookRouteDocs: ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/webhooks/{sourceId}',
    tag: 'Webhooks',
    summary: 'Receive a delivery (signed: Shopify, Zendesk-style helpdesk, or Standard Webhooks)',
    description:
      'Verified on the raw bytes before parsing; counted exactly once per delivery id. See docs/webhooks.md for the headers of each kind.',
    params: z.object({ sourceId: z.string() }),
    noExample: 'A delivery needs an HMAC signature made with the source’s secret.',
    responses: {
      200: { description: 'Accepted (or `duplicate: true`, changing nothing).', schema: webhookAckSchema },
      400: error('Malformed JSON.'),
      401: error('Missing or bad signature, or a timestamp outside 5 minutes.'),
      404: error('Unknown or disabled source.'),
      413: error('Body over the source’s limit.'),
      415: error('Not JSON.'),
      422: error('Unknown topic, measure or invalid values.'),
      429: error('Over the source’s rate limit; see Retry-After.'),
      503: error(
        '`busy`: the database is held by a long write (nothing was written; see Retry-After), or `read_only`; or `not_durable`: the disk did not confirm the write, so it was not acknowledged (its retry is answered as a duplicate if it was kept).',
      ),
    },
  },
  {
    method: 'post',
    path: '/api/webhook-sources',
    tag: 'Webhooks',
    summary: 'Register a source; its secret is in this answer only',
    body: createSourceSchema,
    example: { url: '/api/webhook-sources', body: { name: 'Main shop', kind: 'shopify' } },
    responses: { 201: { description: 'Created, with the secret.', schema: secretRevealSchema }, ...denied },
  },
  {
    method: 'get',
    path: '/api/webhook-sources',
    tag: 'Webhooks',
    summary: 'Every source with its last error and counts',
    example: { url: '/api/webhook-sources' },
    responses: { 200: { description: 'Sources, without secrets.', schema: sourceListSchema }, ...denied },
  },
  {
    method: 'get',
    path: '/api/webhook-sources/{id}',
    tag: 'Webhooks',
    summary: 'One source',
    params: idParams,
    noExample: randomId,
    responses: { 200: { description: 'The source.', schema: sourceSchema }, 404: error('No such source.'), ...denied },
  },
  {
    method: 'patch',
    path: '/api/webhook-sources/{id}',
    tag: 'Webhooks',
    summary: 'Change a source’s settings, or enable / disable it',
    params: idParams,
    body: updateSourceSchema,
    noExample: randomId,
    responses: { 200: { description: 'Updated.', schema: sourceSchema }, 404: error('No such source.'), ...denied },
  },
  {
    method: 'post',
    path: '/api/webhook-sources/{id}/secrets',
    tag: 'Webhooks',
    summary: 'Add a new secret (rotation); older ones stay valid until revoked',
    params: idParams,
    body: rotateSecretSchema,
    noExample: randomId,
    responses: { 201: { description: 'The new secret, shown once.', schema: secretRevealSchema }, ...denied },
  },
  {
    method: 'delete',
    path: '/api/webhook-sources/{id}/secrets/{secretId}',
    tag: 'Webhooks',
    summary: 'Revoke a secret (the last active one cannot be revoked)',
    params: z.object({ id: z.string(), secretId: z.coerce.number().int() }),
    noExample: randomId,
    responses: {
      200: { description: 'Revoked; the source with its secrets.', schema: sourceSchema },
      409: error('It is the last active secret.'),
      ...denied,
    },
  },
  {
    method: 'get',
    path: '/api/webhook-sources/{id}/deliveries',
    tag: 'Webhooks',
    summary: 'The delivery log of a source, newest first',
    params: idParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }),
    noExample: randomId,
    responses: { 200: { description: 'Deliveries.', schema: deliveryListSchema }, ...denied },
  },
];
