import type { Source, SourceKind } from '../../shared/webhooks.js';
import { loopTurn } from '../ops/loopTurn.js';
import { type CatalogSnapshot, getCatalog } from './catalog.js';
import type { Db } from './open.js';
import { perConnection } from './prepared.js';
import { parseReasonParams } from './webhooksInbox.js';

/** Sources and their secrets. The secret value leaves this module only for verification. */

export interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  timeZone: string | null;
  segmentId: number | null;
  segment: string | null;
  currency: string | null;
  allowTest: boolean;
  enabled: boolean;
  maxBodyBytes: number;
  rateLimitPerMinute: number;
  createdAt: string;
}

interface RawSource {
  id: string;
  name: string;
  kind: SourceKind;
  time_zone: string | null;
  segment_id: number | null;
  segment: string | null;
  currency: string | null;
  allow_test: number;
  enabled: number;
  max_body_bytes: number;
  rate_limit_per_minute: number;
  created_at: string;
}

const SELECT_SOURCE = `SELECT s.*, g.key AS segment FROM webhook_sources s LEFT JOIN segments g ON g.id = s.segment_id`;

const toRow = (r: RawSource): SourceRow => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  timeZone: r.time_zone,
  segmentId: r.segment_id,
  segment: r.segment,
  currency: r.currency,
  allowTest: r.allow_test === 1,
  enabled: r.enabled === 1,
  maxBodyBytes: r.max_body_bytes,
  rateLimitPerMinute: r.rate_limit_per_minute,
  createdAt: r.created_at,
});

function prepare(db: Db) {
  return {
    source: db.prepare(`${SELECT_SOURCE} WHERE s.id = ?`),
    secrets: db.prepare(
      'SELECT id, secret, hint, created_at AS createdAt FROM webhook_secrets WHERE source_id = ? AND revoked_at IS NULL ORDER BY id DESC',
    ),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
  };
}

/** Prepared once per connection: every delivery looks its source and secrets up. */
const statements = perConnection(prepare);

export function getSourceRow(db: Db, id: string): SourceRow | undefined {
  const r = statements(db).source.get(id) as RawSource | undefined;
  return r && toRow(r);
}

/** What verifying a delivery needs: the source and its active secrets' values. */
export interface VerifiableSource {
  row: SourceRow;
  secrets: readonly string[];
}

interface SourceCache {
  /** PRAGMA data_version when filled: it changes when another connection commits. */
  dataVersion: number;
  /** The event-loop turn data_version was last read in (server/ops/loopTurn.ts). */
  turn: number;
  /** The catalog snapshot the rows' segment keys were read under (a new one after a catalog change). */
  catalog: CatalogSnapshot;
  sources: Map<string, VerifiableSource>;
}
const sourceCaches = new WeakMap<Db, SourceCache>();

/**
 * The source and secrets for a delivery, from memory: every delivery needs them, and they change
 * only when an admin acts. Every writer below (create, settings including disable, rotate,
 * revoke) clears this connection's cache in the same call, so the next delivery reads the new
 * state: a revoked secret or a disabled source is refused at once. A commit by any other
 * connection or process (PRAGMA data_version) or a catalog change also clears it. Unknown ids
 * are not cached (a caller trying random ids must not grow memory).
 */
export function getVerifiableSource(db: Db, id: string): VerifiableSource | undefined {
  const catalog = getCatalog(db);
  let cache = sourceCaches.get(db);
  const turn = loopTurn();
  if (!cache || cache.turn !== turn || cache.catalog !== catalog) {
    // Another connection's commit is looked for once per event-loop turn, not per delivery:
    // the deliveries read in one turn arrived together, none of them after the other's commit.
    const dataVersion = statements(db).dataVersion.get() as number;
    if (!cache || cache.dataVersion !== dataVersion || cache.catalog !== catalog)
      cache = { dataVersion, turn, catalog, sources: new Map() };
    cache.turn = turn;
    sourceCaches.set(db, cache);
  }
  const hit = cache.sources.get(id);
  if (hit) return hit;
  const row = getSourceRow(db, id);
  if (!row) return undefined;
  const found = { row, secrets: activeSecrets(db, id).map((x) => x.secret) };
  cache.sources.set(id, found);
  return found;
}

/** Called by every write to sources or secrets. */
const forgetSources = (db: Db) => sourceCaches.delete(db);

export function listSourceRows(db: Db): SourceRow[] {
  return (db.prepare(`${SELECT_SOURCE} ORDER BY s.created_at, s.rowid`).all() as RawSource[]).map(toRow);
}

export function insertSource(db: Db, s: Omit<SourceRow, 'segment' | 'enabled'>): void {
  forgetSources(db);
  db.prepare(
    `INSERT INTO webhook_sources (id, name, kind, time_zone, segment_id, currency, allow_test, enabled, max_body_bytes, rate_limit_per_minute, created_at)
     VALUES (@id, @name, @kind, @timeZone, @segmentId, @currency, @allowTest, 1, @maxBodyBytes, @rateLimitPerMinute, @createdAt)`,
  ).run({ ...s, allowTest: s.allowTest ? 1 : 0 });
}

const columns: Record<string, string> = {
  name: 'name',
  timeZone: 'time_zone',
  segmentId: 'segment_id',
  currency: 'currency',
  allowTest: 'allow_test',
  enabled: 'enabled',
  maxBodyBytes: 'max_body_bytes',
  rateLimitPerMinute: 'rate_limit_per_minute',
};

export function updateSourceRow(db: Db, id: string, patch: Record<string, string | number | boolean | null>): void {
  const sets = Object.keys(patch).filter((k) => columns[k]);
  if (!sets.length) return;
  forgetSources(db);
  const values = Object.fromEntries(
    sets.map((k) => [k, typeof patch[k] === 'boolean' ? (patch[k] ? 1 : 0) : patch[k]]),
  );
  db.prepare(`UPDATE webhook_sources SET ${sets.map((k) => `${columns[k]} = @${k}`).join(', ')} WHERE id = @id`).run({
    ...values,
    id,
  });
}

export interface SecretRow {
  id: number;
  secret: string;
  hint: string;
  createdAt: string;
}

export function insertSecret(db: Db, sourceId: string, secret: string, at: string): SecretRow {
  const hint = secret.slice(-4);
  forgetSources(db);
  const r = db
    .prepare('INSERT INTO webhook_secrets (source_id, secret, hint, created_at) VALUES (?, ?, ?, ?)')
    .run(sourceId, secret, hint, at);
  return { id: Number(r.lastInsertRowid), secret, hint, createdAt: at };
}

/** Secrets that still verify, newest first. */
export function activeSecrets(db: Db, sourceId: string): SecretRow[] {
  return statements(db).secrets.all(sourceId) as SecretRow[];
}

/** Returns false when the secret does not exist, belongs to another source or was already revoked. */
export function revokeSecret(db: Db, sourceId: string, secretId: number, at: string): boolean {
  forgetSources(db);
  return (
    db
      .prepare('UPDATE webhook_secrets SET revoked_at = ? WHERE id = ? AND source_id = ? AND revoked_at IS NULL')
      .run(at, secretId, sourceId).changes === 1
  );
}

interface Stats {
  lastDeliveryAt: string | null;
  accepted: number;
  duplicate: number;
  refused: number;
}

/** The public view of a source: settings, secret hints, and a summary of its delivery log. */
export function toSource(db: Db, row: SourceRow): Source {
  const stats = db
    .prepare(
      `SELECT MAX(received_at) AS lastDeliveryAt,
              COALESCE(SUM(outcome = 'accepted'), 0) AS accepted,
              COALESCE(SUM(outcome = 'duplicate'), 0) AS duplicate,
              COALESCE(SUM(outcome = 'refused'), 0) AS refused
       FROM webhook_deliveries WHERE source_id = ?`,
    )
    .get(row.id) as Stats;
  const lastError = db
    .prepare(
      `SELECT received_at AS at, status, reason, reason_code AS reasonCode, reason_params AS reasonParams
       FROM webhook_deliveries WHERE source_id = ? AND outcome = 'refused' ORDER BY id DESC LIMIT 1`,
    )
    .get(row.id) as
    | { at: string; status: number; reason: string | null; reasonCode: string | null; reasonParams: string | null }
    | undefined;
  const { segmentId: _omit, ...settings } = row;
  return {
    ...settings,
    url: `/api/webhooks/${row.id}`,
    secrets: activeSecrets(db, row.id).map(({ id, hint, createdAt }) => ({ id, hint, createdAt })),
    lastDeliveryAt: stats.lastDeliveryAt,
    lastError: lastError ? { ...lastError, reasonParams: parseReasonParams(lastError.reasonParams) } : null,
    counts: { accepted: stats.accepted, duplicate: stats.duplicate, refused: stats.refused },
  };
}
