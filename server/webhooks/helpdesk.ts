import { helpdeskEventSchema } from '../../shared/webhooks.js';
import type { SourceRow } from '../db/webhooks.js';
import { getTicketState, putTicketState, wantTicketState } from '../db/webhookTickets.js';
import { ApiError } from '../http/errors.js';
import { dayOf } from './day.js';
import { parsePayload } from './payload.js';
import { planTicketEvent, type TicketEvent } from './tickets.js';
import type { PreparedDelivery } from './types.js';

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
 * invocation id header; per-ticket state (`planTicketEvent`) then makes each ticket count once.
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
  const ticket = e.detail.id;
  let event: TicketEvent;

  switch (type) {
    case 'ticket.created':
      event = { kind: 'created', day };
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
      event = { kind: 'first_replied', day, seconds: secs };
      break;
    }
    case 'ticket.status_changed':
      event = { kind: 'status', day, at: new Date(e.time).toISOString(), status: e.event.current ?? 'unknown' };
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
      event = { kind: 'rated', day, at: new Date(e.time).toISOString(), good: score === 'good' };
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
    apply: (db) => {
      const plan = planTicketEvent(ticket, getTicketState(db, source.id, ticket), event, source.segment);
      return {
        mode: 'increment',
        items: plan.items,
        ...(plan.ignored ? { ignored: plan.ignored } : {}),
        save: (d) => putTicketState(d, source.id, ticket, plan.next),
      };
    },
    want: (db) => wantTicketState(db, source.id, ticket),
  };
}
