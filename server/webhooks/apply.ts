import type { MeasureChange, WebhookAck } from '../../shared/webhooks.js';
import { getCatalog } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import type { SourceRow } from '../db/webhooks.js';
import { inboxHasAny, logDelivery, recordInbox, refusalReason } from '../db/webhooksInbox.js';
import { ApiError } from '../http/errors.js';
import { applyWritesTo, checkBatch } from '../ingest/core.js';
import { groupCells } from './cells.js';
import { deliveryReason } from './reasons.js';
import type { PreparedDelivery } from './types.js';

/**
 * Runs inside the group's transaction: a duplicate changes nothing; otherwise the inbox key,
 * the measure changes (through the one ingestion core, into the group's cells) and the log
 * row commit together. Returns a refusal instead of throwing so the refusal's log row
 * survives the rollback.
 */
export function applyDelivery(db: Db, source: SourceRow, d: PreparedDelivery, at: Date): WebhookAck | ApiError {
  const cells = groupCells(db);
  const mark = cells.mark();
  try {
    return savepoint(db)(source, d, at);
  } catch (err) {
    // The savepoint rolled back this delivery's rows; its cell changes go the same way.
    cells.rollbackTo(mark);
    if (!(err instanceof ApiError)) throw err;
    logDelivery(db, {
      sourceId: source.id,
      receivedAt: at.toISOString(),
      deliveryId: d.deliveryId,
      topic: d.topic,
      status: err.status,
      outcome: 'refused',
      reason: refusalReason(err),
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
      const reason = deliveryReason('already_received', {});
      logDelivery(db, { ...log, status: 200, outcome: 'duplicate', reason, changes: [] });
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
    if (plan.items.length) {
      // The core's checks and classification, against the group's cells (written at the
      // group's end, see cells.ts): no nested savepoint, this delivery's own one covers it.
      const snap = getCatalog(db);
      const writes = checkBatch(snap, plan);
      const provenance = { kind: 'webhook' as const, id: `${source.id}/${d.deliveryId}` };
      applyWritesTo(groupCells(db), snap, writes, plan.mode, provenance, at);
    }
    const ignored = plan.ignored ?? null;
    logDelivery(db, { ...log, status: 200, outcome: ignored ? 'ignored' : 'accepted', reason: ignored, changes });
    return {
      ok: true,
      duplicate: false,
      ignored: ignored !== null,
      ...(ignored ? { reason: ignored.text } : {}),
      changes,
    };
  });
  savepoints.set(db, tx);
  return tx;
}
