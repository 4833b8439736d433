import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { Delivery, DeliveryQuery, MeasureChange } from '../../shared/webhooks.js';
import type { ApiError } from '../http/errors.js';
import { runMultiRow } from './bulkCells.js';
import type { GroupHeld } from './groupRows.js';
import type { Db } from './open.js';
import { readPragma } from './pragmas.js';
import { perConnection } from './prepared.js';

/** The inbox (exactly-once) and the delivery log; all run inside the caller's transaction. */

function prepare(db: Db) {
  return {
    after: db.prepare('SELECT id, source_id AS sourceId, key FROM webhook_inbox WHERE id > ? ORDER BY id'),
  };
}

/** Prepared once per connection: this is the webhook hot path. */
const statements = perConnection(prepare);

/**
 * The inbox's keys, held in memory per connection: whether a key was seen is a lookup here,
 * not in a B-tree of random keys (migration 021 says why). The table stays the durable record,
 * written in the same transaction as the delivery's changes; this copy follows it:
 *  - loaded whole on first use (`loadInboxKeys`; the table holds INBOX_RETENTION_DAYS of keys,
 *    measured at 95 bytes of heap a key: 18 MB and 0.4 s to load for 200,000);
 *  - at the start of every group, inside its write transaction, the rows other connections
 *    appended since are read (`PRAGMA data_version` tells whether there are any), so under
 *    SQLite's write lock the copy is complete before any key is checked;
 *  - a group's claimed keys are held here and written together, many rows a statement, when
 *    the group ends (`write`, before its COMMIT): a refused delivery gives its keys
 *    back before anything was written, and a rolled-back group's keys are taken out again;
 *  - keys are only ever deleted through this connection (pruning), which takes them out here too.
 */
class InboxKeys implements GroupHeld {
  private readonly bySource = new Map<string, Set<string>>();
  private lastId = 0;
  private version: number;
  /** The rows the open group claimed: written by `write`, taken out by `rollBack`. */
  private group: InboxRow[] = [];
  /** Between `start` and `write`: claims wait for the group's write. */
  private open = false;

  constructor(private readonly db: Db) {
    this.version = readPragma(db, 'data_version') as number;
    this.catchUp();
  }

  /** Reads the keys appended after the last one this copy holds. */
  private catchUp(): void {
    for (const r of statements(this.db).after.iterate(this.lastId) as IterableIterator<{
      id: number;
      sourceId: string;
      key: string;
    }>) {
      this.keysOf(r.sourceId).add(r.key);
      this.lastId = r.id;
    }
  }

  private keysOf(sourceId: string): Set<string> {
    let keys = this.bySource.get(sourceId);
    if (!keys) {
      keys = new Set();
      this.bySource.set(sourceId, keys);
    }
    return keys;
  }

  /** Inside a group's write transaction, before its deliveries: catch up with other connections. */
  start(): void {
    this.group = [];
    this.open = true;
    const version = readPragma(this.db, 'data_version') as number;
    if (version === this.version) return;
    this.version = version;
    this.catchUp();
  }

  /** Writes the group's claimed keys, in claim order (inside its transaction, before COMMIT). */
  write(): void {
    this.open = false;
    this.append(this.group);
  }

  /** Appends rows to the table; their ids follow the last one this copy knows. */
  private append(rows: readonly InboxRow[]): void {
    const last = runMultiRow(this.db, INBOX_INSERT, INBOX_ROW, rows, inboxParams);
    if (last !== undefined) this.lastId = Number(last.lastInsertRowid);
  }

  /** The group rolled back (or never committed): its keys were never stored. */
  rollBack(): void {
    for (const { sourceId, key } of this.group) this.bySource.get(sourceId)?.delete(key);
    this.group = [];
    this.open = false;
  }

  has(sourceId: string, key: string): boolean {
    return this.bySource.get(sourceId)?.has(key) ?? false;
  }

  /** Claims a new key: into the open group, or (no group open) written at once. */
  claim(row: InboxRow): void {
    this.keysOf(row.sourceId).add(row.key);
    if (this.open) this.group.push(row);
    else this.append([row]);
  }

  /** Gives back keys just claimed in the open group (a refused delivery): they were never written. */
  release(rows: readonly InboxRow[]): void {
    if (!this.open) throw new Error('inbox keys released outside the group that claimed them');
    for (const row of rows) {
      const at = this.group.lastIndexOf(row);
      if (at !== -1) this.group.splice(at, 1);
      this.bySource.get(row.sourceId)?.delete(row.key);
    }
  }

  removed(sourceId: string, key: string): void {
    this.bySource.get(sourceId)?.delete(key);
  }
}

interface InboxRow {
  sourceId: string;
  key: string;
  receivedAt: string;
}
const INBOX_INSERT = 'INSERT INTO webhook_inbox (source_id, key, received_at)';
const INBOX_ROW = '(?, ?, ?)';
const inboxParams = (r: InboxRow, out: unknown[]) => out.push(r.sourceId, r.key, r.receivedAt);

const inboxKeys = perConnection((db: Db) => new InboxKeys(db));

/**
 * Loads the connection's inbox keys now (the server does so before it listens) rather than in
 * the first delivery's group, which would hold the write lock meanwhile: ~0.4 s for 200,000 keys.
 */
export const loadInboxKeys = (db: Db): void => void inboxKeys(db);
/** The connection's inbox keys as its webhook group holds them (claims are written when it ends). */
export const inboxGroup = (db: Db): GroupHeld => inboxKeys(db);

/** The keys one delivery claimed, for `releaseInbox`. */
export interface InboxClaim {
  rows: readonly InboxRow[];
}

/**
 * Claims the delivery's keys: null when any was seen before (a duplicate; nothing is claimed),
 * else the claim, for `releaseInbox` if the delivery is then refused. Inside an open group the
 * rows are written with the group's (`inboxGroup`); otherwise at once.
 */
export function claimInbox(db: Db, sourceId: string, keys: readonly string[], at: string): InboxClaim | null {
  const seen = inboxKeys(db);
  for (const k of keys) if (seen.has(sourceId, k)) return null;
  const rows = keys.map((key) => ({ sourceId, key, receivedAt: at }));
  for (const row of rows) seen.claim(row);
  return { rows };
}

/** Takes back keys `claimInbox` claimed in the open group: a refused delivery is never in the inbox (its retry may succeed). */
export function releaseInbox(db: Db, claim: InboxClaim): void {
  inboxKeys(db).release(claim.rows);
}

export interface DeliveryLogEntry {
  sourceId: string;
  receivedAt: string;
  deliveryId: string | null;
  topic: string | null;
  status: number;
  outcome: Delivery['outcome'];
  reason: DeliveryReason | null;
  changes: MeasureChange[];
}

/** A refusal's reason: its error code and parameters, and the sentence the log has always shown. */
export const refusalReason = (err: ApiError): DeliveryReason => ({
  text: `${err.code}: ${err.message}`,
  code: err.code,
  params: err.details.params,
});

const LOG_INSERT =
  'INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, reason, reason_code, reason_params, changes)';
const LOG_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const logParams = (e: DeliveryLogEntry, out: unknown[]) =>
  out.push(
    e.sourceId,
    e.receivedAt,
    e.deliveryId,
    e.topic,
    e.status,
    e.outcome,
    e.reason?.text ?? null,
    e.reason?.code ?? null,
    e.reason ? JSON.stringify(e.reason.params) : null,
    JSON.stringify(e.changes),
  );

/**
 * The log rows of the group commit open on a connection: written together, many rows a
 * statement, before the group's COMMIT (a statement per delivery cost ~10 µs of binding and
 * dispatch each). Rows stay in the order they were logged, so ids follow arrival as before.
 */
class GroupLog implements GroupHeld {
  /** The open group's rows; null: no group is open, so a row is written at once. */
  private rows: DeliveryLogEntry[] | null = null;

  constructor(private readonly db: Db) {}

  start(): void {
    this.rows = [];
  }

  write(): void {
    const rows = this.rows;
    this.rows = null;
    if (rows?.length) runMultiRow(this.db, LOG_INSERT, LOG_ROW, rows, logParams);
  }

  rollBack(): void {
    this.rows = null;
  }

  add(e: DeliveryLogEntry): void {
    if (this.rows) this.rows.push(e);
    else runMultiRow(this.db, LOG_INSERT, LOG_ROW, [e], logParams);
  }
}

/** The connection's delivery log as its webhook group holds it. */
const groupLogs = perConnection((db: Db) => new GroupLog(db));
export const groupLog = (db: Db): GroupHeld => groupLogs(db);

/** Logs a delivery: into the open group's log, else at once. */
export function logDelivery(db: Db, e: DeliveryLogEntry): void {
  groupLogs(db).add(e);
}

/** The stored parameters as the API shows them; rows from before migration 015 have none. */
export const parseReasonParams = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

/** The statement `listDeliveries` runs for a query (tests read its plan). */
export function deliveriesSql(q: Pick<DeliveryQuery, 'outcome' | 'before'>): string {
  const where = ['source_id = @sourceId'];
  if (q.outcome && q.outcome !== 'accepted') where.push("outcome <> 'accepted'");
  if (q.outcome) where.push('outcome = @outcome');
  if (q.before !== undefined) where.push('id < @before');
  return `SELECT id, received_at AS receivedAt, delivery_id AS deliveryId, topic, status, outcome, reason,
              reason_code AS reasonCode, reason_params AS reasonParams, changes
       FROM webhook_deliveries WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT @limit`;
}

/**
 * A source's log, newest first: `limit` rows older than `before` (an id), of one outcome if
 * given. Any outcome but `accepted` is read through the partial index of migration 020, whose
 * condition the query repeats word for word (SQLite uses a partial index only then).
 */
export function listDeliveries(db: Db, sourceId: string, q: DeliveryQuery): Delivery[] {
  const rows = db
    .prepare(deliveriesSql(q))
    .all({ sourceId, limit: q.limit, outcome: q.outcome, before: q.before }) as Array<
    Omit<Delivery, 'changes' | 'reasonParams'> & { changes: string; reasonParams: string | null }
  >;
  return rows.map((r) => ({
    ...r,
    reasonParams: parseReasonParams(r.reasonParams),
    changes: JSON.parse(r.changes) as MeasureChange[],
  }));
}

/**
 * Drops log rows older than `logBefore` and inbox keys older than `inboxBefore` (ISO instants).
 * Neither has an index on its age (migrations 019 and 021): rows are appended as they are
 * received, so each drops every row before the first one received at or after its cutoff,
 * reading only the rows it drops and that one. A row logged after a clock step backwards is
 * kept until a later prune passes it; no row newer than the cutoff is ever dropped. Pruned
 * keys leave the connection's memory at once; should the group's transaction then roll back,
 * their rows stay a while longer, past retention, and are dropped again by the next prune.
 */
export function pruneWebhookTables(db: Db, logBefore: string, inboxBefore: string): { log: number; inbox: number } {
  const log = db
    .prepare(
      `DELETE FROM webhook_deliveries WHERE id < COALESCE(
         (SELECT id FROM webhook_deliveries WHERE received_at >= ? ORDER BY id LIMIT 1),
         (SELECT MAX(id) + 1 FROM webhook_deliveries))`,
    )
    .run(logBefore).changes;
  // The inbox the same way; its keys leave the connection's memory with their rows.
  const inboxEnd = db
    .prepare(
      `SELECT COALESCE((SELECT id FROM webhook_inbox WHERE received_at >= ? ORDER BY id LIMIT 1),
                       (SELECT MAX(id) + 1 FROM webhook_inbox), 0)`,
    )
    .pluck()
    .get(inboxBefore) as number;
  const seen = inboxKeys(db);
  const dropped = db
    .prepare('DELETE FROM webhook_inbox WHERE id < ? RETURNING source_id AS sourceId, key')
    .all(inboxEnd) as Array<{ sourceId: string; key: string }>;
  for (const r of dropped) seen.removed(r.sourceId, r.key);
  return { log, inbox: dropped.length };
}
