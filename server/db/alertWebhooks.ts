import type { Db } from './open.js';

/** Each business role's outbound alert webhook. The secret leaves this module only for signing. */

export interface RoleWebhookRow {
  roleId: number;
  roleKey: string;
  roleName: string;
  url: string;
  secret: string;
  createdAt: string;
}

const SELECT = `SELECT w.role_id AS roleId, r.key AS roleKey, r.name AS roleName, w.url, w.secret,
  w.created_at AS createdAt FROM role_alert_webhooks w JOIN roles r ON r.id = w.role_id`;

export function listRoleWebhooks(db: Db): RoleWebhookRow[] {
  return db.prepare(`${SELECT} ORDER BY r.sort_order, r.id`).all() as RoleWebhookRow[];
}

export function getRoleWebhook(db: Db, roleId: number): RoleWebhookRow | undefined {
  return db.prepare(`${SELECT} WHERE w.role_id = ?`).get(roleId) as RoleWebhookRow | undefined;
}

/** Creates or replaces a role's webhook; a new secret every time (it is shown once). */
export function upsertRoleWebhook(db: Db, roleId: number, url: string, secret: string, at: Date): void {
  db.prepare(
    `INSERT INTO role_alert_webhooks (role_id, url, secret, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (role_id) DO UPDATE SET url = excluded.url, secret = excluded.secret, created_at = excluded.created_at`,
  ).run(roleId, url, secret, at.toISOString());
}

export function deleteRoleWebhook(db: Db, roleId: number): boolean {
  return db.prepare('DELETE FROM role_alert_webhooks WHERE role_id = ?').run(roleId).changes === 1;
}
