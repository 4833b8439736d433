import type { Db } from './open.js';

export interface AuditEntry {
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, with before/after; written in the same transaction as the change. */
export function writeAudit(db: Db, e: AuditEntry, at: Date): void {
  db.prepare(
    'INSERT INTO audit_log (at, actor_id, actor, action, entity, entity_key, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    at.toISOString(),
    e.actorId,
    e.actor,
    e.action,
    e.entity,
    e.entityKey,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

export function listAudit(db: Db, limit: number, beforeId?: number) {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
    .all(beforeId ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityKey: r.entity_key,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
