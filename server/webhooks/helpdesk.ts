import type { IngestItem } from '../../shared/schemas.js';
import { helpdeskEventSchema } from '../../shared/webhooks.js';
import type { SourceRow } from '../db/webhooks.js';
import { ApiError } from '../http/errors.js';
import { dayOf } from './day.js';
import { parsePayload } from './payload.js';
import { delta, type PreparedDelivery } from './types.js';

/** Event types we count, with or without Zendesk's `zen:event-type:` prefix. */
export const HELPDESK_TYPES = [
  'ticket.created',
  'ticket.first_replied',
  'ticket.status_changed',
  'ticket.satisfaction_rated',
] as const;

/**
 * Turns a Zendesk-style ticket event into measure changes on the event's day (in the
 * source's zone, else the installation's). Dedupe keys: the event id and, when sent, the
 * invocation id header.
 */
export function prepareHelpdesk(
  source: SourceRow,
  installationZone: string,
  payload: unknown,
  invocationId: string | undefined,
): PreparedDelivery {
  const e = parsePayload(helpdeskEventSchema, payload, 'helpdesk event');
  const type = e.type.replace(/^zen:event-type:/, '');
  const day = dayOf(e.time, 'time', source.timeZone ?? installationZone);
  const seg = source.segment;
  const items: IngestItem[] = [];
  let ignored: string | undefined;

  switch (type) {
    case 'ticket.created':
      delta(items, 'tickets_created', day, 1, seg);
      break;
    case 'ticket.first_replied': {
      const secs = e.event.first_response_seconds;
      if (secs === undefined)
        throw new ApiError(
          422,
          'invalid_payload',
          'event.first_response_seconds: a first reply needs its response time in seconds.',
          {
            params: { count: 1 },
            issues: [
              {
                path: 'event.first_response_seconds',
                message: 'required for ticket.first_replied',
                code: 'required',
                params: {},
              },
            ],
          },
        );
      delta(items, 'tickets_responded', day, 1, seg);
      delta(items, 'first_response_seconds', day, secs, seg);
      break;
    }
    case 'ticket.status_changed':
      // Only a change to solved counts; other transitions are logged and change nothing.
      if (e.event.current?.toUpperCase() === 'SOLVED') delta(items, 'tickets_resolved', day, 1, seg);
      else ignored = `status changed to ${e.event.current ?? 'unknown'}; only SOLVED is counted`;
      break;
    case 'ticket.satisfaction_rated': {
      const score = e.event.score?.toLowerCase();
      if (score !== 'good' && score !== 'bad')
        throw new ApiError(422, 'invalid_payload', 'event.score: a satisfaction rating is "good" or "bad".', {
          params: { count: 1 },
          issues: [
            {
              path: 'event.score',
              message: 'expected "good" or "bad"',
              code: 'invalid_value',
              params: { values: ['good', 'bad'] },
            },
          ],
        });
      delta(items, 'csat_responses', day, 1, seg);
      if (score === 'good') delta(items, 'csat_satisfied', day, 1, seg);
      break;
    }
    default:
      throw new ApiError(
        422,
        'unknown_topic',
        `Event type "${e.type}" is not handled. Send ${HELPDESK_TYPES.join(', ')} (optionally prefixed zen:event-type:).`,
        {
          params: { sender: 'helpdesk', topic: e.type, supported: HELPDESK_TYPES },
          topic: e.type,
          supported: HELPDESK_TYPES,
        },
      );
  }
  const keys = [`event:${e.id}`];
  if (invocationId) keys.push(`invocation:${invocationId}`);
  return {
    deliveryId: e.id,
    topic: type,
    keys,
    apply: () => (ignored ? { mode: 'increment', items: [], ignored } : { mode: 'increment', items }),
  };
}
