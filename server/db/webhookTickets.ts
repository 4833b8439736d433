import { runMultiRow } from './bulkCells.js';
import { GroupRows, type KeyedRow, readManyWith } from './groupRows.js';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';

/** Per-ticket state of helpdesk sources (migration 013), read and written through the open webhook group. */

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

const TICKET_INSERT =
  'INSERT INTO webhook_tickets (source_id, ticket_id, created_day, responded_day, solved_day, status_at, rated_day, rated_good, rated_at)';
const TICKET_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?)';
const TICKET_UPSERT = ` ON CONFLICT (source_id, ticket_id) DO UPDATE SET created_day = excluded.created_day,
  responded_day = excluded.responded_day, solved_day = excluded.solved_day, status_at = excluded.status_at,
  rated_day = excluded.rated_day, rated_good = excluded.rated_good, rated_at = excluded.rated_at`;
const ticketParams = ({ sourceId, id, value: t }: KeyedRow<TicketState>, out: unknown[]) =>
  out.push(
    sourceId,
    id,
    t.createdDay,
    t.respondedDay,
    t.solvedDay,
    t.statusAt,
    t.ratedDay,
    t.ratedGood ? 1 : 0,
    t.ratedAt,
  );

/** A ticket's state from its row; a ticket this source has never told us about has an empty state. */
const toState = (r: RawTicket | undefined): TicketState => ({
  createdDay: r?.created_day ?? null,
  respondedDay: r?.responded_day ?? null,
  solvedDay: r?.solved_day ?? null,
  statusAt: r?.status_at ?? null,
  ratedDay: r?.rated_day ?? null,
  ratedGood: r?.rated_good === 1,
  ratedAt: r?.rated_at ?? null,
});

/** The connection's ticket states: held by the open webhook group, written when it ends. */
export const groupTickets = perConnection((db: Db) => {
  const get = db.prepare('SELECT * FROM webhook_tickets WHERE source_id = ? AND ticket_id = ?');
  const many = db.prepare(
    'SELECT * FROM webhook_tickets WHERE source_id = ? AND ticket_id IN (SELECT value FROM json_each(?))',
  );
  return new GroupRows<TicketState>({
    read: (sourceId, ticketId) => toState(get.get(sourceId, ticketId) as RawTicket | undefined),
    readMany: readManyWith(
      many,
      (r: RawTicket & { ticket_id: string }) => r.ticket_id,
      (_s, _id, r) => toState(r),
    ),
    write: (rows) => void runMultiRow(db, TICKET_INSERT, TICKET_ROW, rows, ticketParams, TICKET_UPSERT),
  });
});

export const getTicketState = (db: Db, sourceId: string, ticketId: string): TicketState =>
  groupTickets(db).get(sourceId, ticketId);

export const putTicketState = (db: Db, sourceId: string, ticketId: string, t: TicketState): void =>
  groupTickets(db).put(sourceId, ticketId, t);

/** Announces that a delivery will read this ticket's state in its group (`GroupRows.want`). */
export const wantTicketState = (db: Db, sourceId: string, ticketId: string): void =>
  groupTickets(db).want(sourceId, ticketId);
