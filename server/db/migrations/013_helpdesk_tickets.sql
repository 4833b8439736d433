-- What each helpdesk ticket contributed, so a ticket counts once however often it is solved,
-- reopened or re-rated: a later solve (or rating) moves the count instead of adding to it.
-- Days are business days; *_at are the event instants (ISO, UTC) that decided the state, so
-- an older event arriving late cannot overrule a newer one.
CREATE TABLE webhook_tickets (
  source_id     TEXT NOT NULL,
  ticket_id     TEXT NOT NULL,
  created_day   TEXT,                         -- the day tickets_created counted it
  responded_day TEXT,                         -- the day tickets_responded counted its first reply
  solved_day    TEXT,                         -- the day tickets_resolved counts it now; NULL = not counted
  status_at     TEXT,                         -- instant of the latest status change applied
  rated_day     TEXT,                         -- the day csat_responses counts its rating now
  rated_good    INTEGER NOT NULL DEFAULT 0 CHECK (rated_good IN (0, 1)),
  rated_at      TEXT,                         -- instant of the latest rating applied
  PRIMARY KEY (source_id, ticket_id)
) WITHOUT ROWID;
