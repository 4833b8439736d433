import type { IngestItem } from '../../shared/schemas.js';
import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { TicketState } from '../db/webhookTickets.js';
import { deliveryReason } from './reasons.js';
import { delta } from './types.js';

/** Sums deltas on the same (measure, day, segment) and drops those that net to zero. */
function netted(items: IngestItem[]): IngestItem[] {
  const byKey = new Map<string, IngestItem>();
  for (const i of items) {
    const key = `${'measure' in i ? i.measure : i.kpi}|${i.date}|${i.segment ?? ''}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, value: seen.value + i.value } : i);
  }
  return [...byKey.values()].filter((i) => i.value !== 0);
}

/** A validated helpdesk event, reduced to what counting needs. */
export type TicketEvent =
  | { kind: 'created'; day: string }
  | { kind: 'first_replied'; day: string; seconds: number }
  /** `at` is the event's instant as an ISO UTC string (comparable as text). */
  | { kind: 'status'; day: string; at: string; status: string }
  | { kind: 'rated'; day: string; at: string; good: boolean };

export interface TicketPlan {
  items: IngestItem[];
  next: TicketState;
  ignored?: DeliveryReason;
}

/**
 * How one event changes the measures, given what the ticket already contributed. A ticket
 * counts once per measure: created and first reply once; its resolution on the day of its
 * latest solve (a reopen takes the earlier solve back out on that solve's day, the way a
 * Shopify cancellation reverses an order); its rating as its latest rating. An event older
 * than the latest status change (or rating) already applied arrives too late to change
 * anything, so the result does not depend on delivery order.
 */
export function planTicketEvent(ticket: string, st: TicketState, e: TicketEvent, seg: string | null): TicketPlan {
  const items: IngestItem[] = [];
  const skip = (why: DeliveryReason, next = st): TicketPlan => ({ items: [], next, ignored: why });
  switch (e.kind) {
    case 'created':
      if (st.createdDay) return skip(deliveryReason('ticket_already_created', { ticket, day: st.createdDay }));
      delta(items, 'tickets_created', e.day, 1, seg);
      return { items, next: { ...st, createdDay: e.day } };
    case 'first_replied':
      if (st.respondedDay) return skip(deliveryReason('ticket_already_replied', { ticket, day: st.respondedDay }));
      delta(items, 'tickets_responded', e.day, 1, seg);
      delta(items, 'first_response_seconds', e.day, e.seconds, seg);
      return { items, next: { ...st, respondedDay: e.day } };
    case 'status': {
      if (st.statusAt && e.at < st.statusAt)
        return skip(deliveryReason('ticket_status_superseded', { ticket, at: st.statusAt }));
      const next = { ...st, statusAt: e.at };
      const status = e.status.toUpperCase();
      if (status === 'SOLVED') {
        if (st.solvedDay === e.day) return skip(deliveryReason('ticket_already_solved', { ticket, day: e.day }), next);
        // The latest solve counts: an earlier one still counted (no reopen arrived) moves here.
        if (st.solvedDay) delta(items, 'tickets_resolved', st.solvedDay, -1, seg);
        delta(items, 'tickets_resolved', e.day, 1, seg);
        return { items, next: { ...next, solvedDay: e.day } };
      }
      // Closed is the end state of a solved ticket: still resolved, nothing to change.
      if (status === 'CLOSED' || !st.solvedDay)
        return skip(deliveryReason('ticket_status_not_counted', { status: e.status }), next);
      delta(items, 'tickets_resolved', st.solvedDay, -1, seg);
      return { items, next: { ...next, solvedDay: null } };
    }
    case 'rated': {
      if (st.ratedAt && e.at < st.ratedAt)
        return skip(deliveryReason('ticket_rating_superseded', { ticket, at: st.ratedAt }));
      const next = { ...st, ratedAt: e.at, ratedDay: e.day, ratedGood: e.good };
      if (st.ratedDay === e.day && st.ratedGood === e.good)
        return skip(deliveryReason('ticket_rating_already_counted', { ticket, day: e.day }), next);
      // The latest rating counts: take the earlier one back out on its own day.
      if (st.ratedDay) {
        delta(items, 'csat_responses', st.ratedDay, -1, seg);
        if (st.ratedGood) delta(items, 'csat_satisfied', st.ratedDay, -1, seg);
      }
      delta(items, 'csat_responses', e.day, 1, seg);
      if (e.good) delta(items, 'csat_satisfied', e.day, 1, seg);
      // A change of mind on the same day nets out per measure (good → bad: responses ±0, satisfied −1).
      return { items: netted(items), next };
    }
  }
}
