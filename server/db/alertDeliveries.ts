import { randomBytes } from 'node:crypto';
import type { DeliveryStatus } from '../../shared/alerts.js';
import type { Db } from './open.js';

/**
 * The persistent delivery queue. Every state change is one UPDATE guarded by the state it
 * expects, so two dispatchers (the timer and an admin's "retry now") never send one delivery
 * twice at the same time: only the one whose claim changed a row sends.
 */

export interface DeliveryRow {
  id: number;
  alertId: number;
  roleId: number;
  roleKey: string;
  roleName: string;
  messageId: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  alertText: string;
  kind: string;
}

const SELECT = `SELECT d.id, d.alert_id AS alertId, d.role_id AS roleId, r.key AS roleKey, r.name AS roleName,
  d.message_id AS messageId, d.status, d.attempts, d.next_attempt_at AS nextAttemptAt,
  d.last_attempt_at AS lastAttemptAt, d.last_status AS lastStatus, d.last_error AS lastError,
  d.delivered_at AS deliveredAt, d.created_at AS createdAt, a.text AS alertText, a.kind
  FROM alert_deliveries d JOIN roles r ON r.id = d.role_id JOIN alerts a ON a.id = d.alert_id`;

/** Queues one delivery per role, due now. */
export function enqueueDeliveries(db: Db, alertId: number, roleIds: readonly number[], at: Date): void {
  const stmt = db.prepare(
    `INSERT OR IGNORE INTO alert_deliveries (alert_id, role_id, message_id, status, next_attempt_at, created_at)
     VALUES (?, ?, ?, 'pending', ?, ?)`,
  );
  for (const roleId of roleIds)
    stmt.run(alertId, roleId, `msg_${randomBytes(16).toString('base64url')}`, at.toISOString(), at.toISOString());
}

export function getDelivery(db: Db, id: number): DeliveryRow | undefined {
  return db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DeliveryRow | undefined;
}

/** Newest first, optionally one status. */
export function listDeliveries(db: Db, f: { status?: DeliveryStatus; limit: number }): DeliveryRow[] {
  return db
    .prepare(`${SELECT} ${f.status ? 'WHERE d.status = @status' : ''} ORDER BY d.id DESC LIMIT @limit`)
    .all(f.status ? { status: f.status, limit: f.limit } : { limit: f.limit }) as DeliveryRow[];
}

export function deliveriesOfAlerts(db: Db, alertIds: readonly number[]): DeliveryRow[] {
  if (!alertIds.length) return [];
  const ids = alertIds.map((id) => Math.trunc(id)).join(',');
  return db.prepare(`${SELECT} WHERE d.alert_id IN (${ids}) ORDER BY d.id`).all() as DeliveryRow[];
}

/** Ids of deliveries due at `now` (pending, or a sending whose lease ran out), oldest due first. */
export function dueDeliveries(db: Db, now: Date, limit: number): number[] {
  return db
    .prepare(
      `SELECT id FROM alert_deliveries WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id LIMIT ?`,
    )
    .pluck()
    .all(now.toISOString(), limit) as number[];
}

/**
 * Takes a due delivery for one attempt: `sending`, with the lease as its due time. False when
 * it is not due (another dispatcher took it, it was delivered, or it is waiting for a retry).
 */
export function claimDelivery(db: Db, id: number, now: Date, leaseUntil: Date): boolean {
  return (
    db
      .prepare(
        `UPDATE alert_deliveries SET status = 'sending', next_attempt_at = @lease
         WHERE id = @id AND status IN ('pending', 'sending') AND next_attempt_at <= @now`,
      )
      .run({ id, now: now.toISOString(), lease: leaseUntil.toISOString() }).changes === 1
  );
}

/** Makes a pending or failed delivery due now (an admin's "retry now"); false otherwise. */
export function makeDueNow(db: Db, id: number, now: Date): boolean {
  return (
    db
      .prepare(
        `UPDATE alert_deliveries SET status = 'pending', next_attempt_at = ?
         WHERE id = ? AND status IN ('pending', 'failed')`,
      )
      .run(now.toISOString(), id).changes === 1
  );
}

/** Gives a claimed delivery back untouched (the server is stopping mid-attempt). */
export function releaseClaim(db: Db, id: number, now: Date): void {
  db.prepare(
    `UPDATE alert_deliveries SET status = 'pending', next_attempt_at = ? WHERE id = ? AND status = 'sending'`,
  ).run(now.toISOString(), id);
}

export interface AttemptRecord {
  at: Date;
  httpStatus: number | null;
  error: string | null;
  /** delivered / pending (with the next due time) / failed. */
  status: 'delivered' | 'pending' | 'failed';
  nextAttemptAt: Date | null;
}

export function recordAttempt(db: Db, id: number, r: AttemptRecord): void {
  db.prepare(
    `UPDATE alert_deliveries SET attempts = attempts + 1, last_attempt_at = @at, last_status = @httpStatus,
       last_error = @error, status = @status, next_attempt_at = @next,
       delivered_at = CASE WHEN @status = 'delivered' THEN @at ELSE delivered_at END
     WHERE id = @id`,
  ).run({
    id,
    at: r.at.toISOString(),
    httpStatus: r.httpStatus,
    error: r.error,
    status: r.status,
    next: r.nextAttemptAt?.toISOString() ?? null,
  });
}
