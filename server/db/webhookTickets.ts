import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/** Per-ticket state of helpdesk sources (migration 013); runs inside the delivery's transaction. */

export interface TicketState {
  createdDay: string | null;
  respondedDay: string | null;
  /** The day `tickets_resolved` counts this ticket on now; null while it is not resolved. */
  solvedDay: string | null;
  /** ISO instant (UTC) of the latest status change applied. */
  statusAt: string | null;
  ratedDay: string | null;
  ratedGood: boolean;
  ratedAt: string | null;
}

interface RawTicket {
  created_day: string | null;
  responded_day: string | null;
  solved_day: string | null;
  status_at: string | null;
  rated_day: string | null;
  rated_good: number;
  rated_at: string | null;
}

function prepare(db: Db) {
  return {
    get: db.prepare('SELECT * FROM webhook_tickets WHERE source_id = ? AND ticket_id = ?'),
    put: db.prepare(
      `INSERT INTO webhook_tickets (source_id, ticket_id, created_day, responded_day, solved_day, status_at,
         rated_day, rated_good, rated_at)
       VALUES (@sourceId, @ticketId, @createdDay, @respondedDay, @solvedDay, @statusAt, @ratedDay, @ratedGood, @ratedAt)
       ON CONFLICT (source_id, ticket_id) DO UPDATE SET created_day = excluded.created_day,
         responded_day = excluded.responded_day, solved_day = excluded.solved_day, status_at = excluded.status_at,
         rated_day = excluded.rated_day, rated_good = excluded.rated_good, rated_at = excluded.rated_at`,
    ),
  };
}

/** Prepared once per connection: this is on the webhook hot path. */
const statements = perConnection(prepare);

/** A ticket this source has never told us about has an empty state. */
export function getTicketState(db: Db, sourceId: string, ticketId: string): TicketState {
  const r = statements(db).get.get(sourceId, ticketId) as RawTicket | undefined;
  return {
    createdDay: r?.created_day ?? null,
    respondedDay: r?.responded_day ?? null,
    solvedDay: r?.solved_day ?? null,
    statusAt: r?.status_at ?? null,
    ratedDay: r?.rated_day ?? null,
    ratedGood: r?.rated_good === 1,
    ratedAt: r?.rated_at ?? null,
  };
}

export function putTicketState(db: Db, sourceId: string, ticketId: string, t: TicketState): void {
  statements(db).put.run({ sourceId, ticketId, ...t, ratedGood: t.ratedGood ? 1 : 0 });
}
