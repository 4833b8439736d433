import { z } from 'zod';
import {
  alertDeliveryListSchema,
  alertDeliverySchema,
  alertListSchema,
  alertQuerySchema,
  alertWebhookListSchema,
  alertWebhookRevealSchema,
  deliveryQuerySchema,
  setAlertWebhookSchema,
} from '../../shared/alerts.js';
import { keySchema } from '../../shared/units.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const error = errorDoc;
const adminOnly = { 401: error('Not signed in.'), 403: error('Admins only.') };
const roleParams = z.object({ key: keySchema });

/** Alert routes (docs/insights-alerts.md has the rules, the payload and the retry schedule). */
export const alertRouteDocs: ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/alerts',
    tag: 'Alerts',
    summary: 'Alerts, newest first, with the delivery status of each',
    description:
      'Kinds: `turned_red` (red this week, not the week before), `outlier` (more than 3 robust standard deviations from the median of the previous 12 weeks), `missing_data` (an input measure that normally arrives has had no data for `ROLECARD_ALERT_MISSING_DAYS` days). Delivery errors are shown to admins only.',
    query: alertQuerySchema,
    example: { url: '/api/alerts?kind=turned_red&limit=20' },
    responses: { 200: { description: 'Alerts.', schema: alertListSchema }, 401: error('Not signed in.') },
  },
  {
    method: 'get',
    path: '/api/alerts/deliveries',
    tag: 'Alerts',
    summary: 'The outbound delivery queue: attempts, next attempt, last status and error',
    query: deliveryQuerySchema,
    example: { url: '/api/alerts/deliveries?status=failed' },
    responses: { 200: { description: 'Deliveries, newest first.', schema: alertDeliveryListSchema }, ...adminOnly },
  },
  {
    method: 'post',
    path: '/api/alerts/deliveries/{id}/retry',
    tag: 'Alerts',
    summary: 'Try a pending or failed delivery once more, now; answers with its outcome',
    params: z.object({ id: z.coerce.number().int().positive() }),
    noExample: 'A fresh install has no delivery to retry.',
    responses: {
      200: { description: 'The delivery after the attempt.', schema: alertDeliverySchema },
      404: error('No such delivery.'),
      409: error('Already delivered, or an attempt is running right now.'),
      ...adminOnly,
    },
  },
  {
    method: 'get',
    path: '/api/alert-webhooks',
    tag: 'Alerts',
    summary: 'Each role’s outbound alert webhook (URL and secret hint)',
    example: { url: '/api/alert-webhooks' },
    responses: { 200: { description: 'Webhooks.', schema: alertWebhookListSchema }, ...adminOnly },
  },
  {
    method: 'put',
    path: '/api/roles/{key}/alert-webhook',
    tag: 'Alerts',
    summary: 'Send a role’s alerts to a URL (Standard Webhooks, Slack-compatible `text`); a new secret each time',
    description:
      'The answer holds the signing secret (`whsec_…`); it is never shown again. Saving again replaces the URL and the secret.',
    params: roleParams,
    body: setAlertWebhookSchema,
    example: {
      url: '/api/roles/marketing_manager/alert-webhook',
      body: { url: 'https://hooks.example.com/rolecard/marketing' },
    },
    responses: {
      200: { description: 'Saved, with the secret.', schema: alertWebhookRevealSchema },
      404: error('No such role.'),
      ...adminOnly,
    },
  },
  {
    method: 'delete',
    path: '/api/roles/{key}/alert-webhook',
    tag: 'Alerts',
    summary: 'Stop sending a role’s alerts anywhere',
    params: roleParams,
    example: { url: '/api/roles/marketing_manager/alert-webhook' },
    responses: {
      200: { description: 'Removed.', schema: z.object({ deleted: z.literal(true) }) },
      404: error('No such role, or it has no webhook.'),
      ...adminOnly,
    },
  },
];
