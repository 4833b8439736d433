import {
  type Alert,
  type AlertDelivery,
  type AlertWebhook,
  alertFactsSchema,
  type DeliveryStatus,
} from '../../shared/alerts.js';
import {
  type DeliveryRow,
  deliveriesOfAlerts,
  getDelivery,
  listDeliveries,
  makeDueNow,
} from '../db/alertDeliveries.js';
import { type AlertFilter, listAlerts } from '../db/alerts.js';
import { deleteRoleWebhook, listRoleWebhooks, type RoleWebhookRow, upsertRoleWebhook } from '../db/alertWebhooks.js';
import { getCatalog, requireRole } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';
import { generateSecret } from '../webhooks/signatures.js';
import { attemptDelivery, type DispatchDeps, MAX_ATTEMPTS } from './dispatch.js';

/** What the alerts API reads and changes; routes stay thin (server/routes/alerts.ts). */

/** Alerts newest first, with their deliveries; `showErrors` only for admins. */
export function getAlerts(db: Db, filter: AlertFilter, showErrors: boolean): Alert[] {
  const rows = listAlerts(db, filter);
  const roleName = new Map(getCatalog(db).roles.map((r) => [r.key, r.name]));
  const deliveries = new Map<number, DeliveryRow[]>();
  for (const d of deliveriesOfAlerts(
    db,
    rows.map((r) => r.id),
  ))
    deliveries.set(d.alertId, [...(deliveries.get(d.alertId) ?? []), d]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    week: r.week,
    createdAt: r.createdAt,
    roles: (JSON.parse(r.roles) as string[]).map((key) => ({ key, name: roleName.get(key) ?? key })),
    facts: alertFactsSchema.parse(JSON.parse(r.facts)),
    text: r.text,
    link: r.link,
    deliveries: (deliveries.get(r.id) ?? []).map((d) => ({
      id: d.id,
      role: d.roleKey,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
      deliveredAt: d.deliveredAt,
      lastError: showErrors ? d.lastError : null,
    })),
  }));
}

const toDelivery = (d: DeliveryRow): AlertDelivery => ({
  id: d.id,
  alertId: d.alertId,
  alertText: d.alertText,
  kind: d.kind as AlertDelivery['kind'],
  role: { key: d.roleKey, name: d.roleName },
  messageId: d.messageId,
  status: d.status,
  attempts: d.attempts,
  maxAttempts: MAX_ATTEMPTS,
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
  lastAttemptAt: d.lastAttemptAt,
  lastStatus: d.lastStatus,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
});

export function getDeliveries(db: Db, f: { status?: DeliveryStatus; limit: number }): AlertDelivery[] {
  return listDeliveries(db, f).map(toDelivery);
}

function requireDelivery(db: Db, id: number): DeliveryRow {
  const d = getDelivery(db, id);
  if (!d)
    throw new ApiError(404, 'not_found', `No alert delivery ${id}. See GET /api/alerts/deliveries.`, {
      params: { what: 'alert_delivery', key: String(id), suggestions: [] },
    });
  return d;
}

/**
 * "Retry now": one more attempt of a pending or failed delivery, made during the request so
 * the admin sees its outcome. A failed delivery that fails again stays failed.
 */
export async function retryDelivery(d: DispatchDeps, id: number): Promise<AlertDelivery> {
  const before = requireDelivery(d.db, id);
  if (!makeDueNow(d.db, id, d.clock())) {
    if (before.status === 'delivered')
      throw new ApiError(
        409,
        'already_delivered',
        `Delivery ${id} was already delivered at ${before.deliveredAt}; nothing to retry.`,
        {
          params: { deliveryId: id, deliveredAt: before.deliveredAt ?? '' },
        },
      );
    throw new ApiError(409, 'in_flight', `Delivery ${id} is being sent right now; look again in a few seconds.`, {
      params: { deliveryId: id },
    });
  }
  await attemptDelivery(d, id);
  return toDelivery(requireDelivery(d.db, id));
}

const toWebhook = (w: RoleWebhookRow): AlertWebhook => ({
  role: { key: w.roleKey, name: w.roleName },
  url: w.url,
  secretHint: w.secret.slice(-4),
  createdAt: w.createdAt,
});

export const getAlertWebhooks = (db: Db): AlertWebhook[] => listRoleWebhooks(db).map(toWebhook);

/** Sets a role's webhook URL with a new signing secret, returned here and never again. */
export function setAlertWebhook(db: Db, roleKey: string, url: string, now: Date) {
  const role = requireRole(getCatalog(db), roleKey);
  const secret = generateSecret('generic');
  upsertRoleWebhook(db, role.id, url, secret, now);
  const webhook = getAlertWebhooks(db).find((w) => w.role.key === role.key);
  if (!webhook) throw new Error('webhook vanished after saving');
  return { webhook, secret };
}

export function removeAlertWebhook(db: Db, roleKey: string): void {
  const role = requireRole(getCatalog(db), roleKey);
  if (!deleteRoleWebhook(db, role.id))
    throw new ApiError(404, 'not_found', `Role "${role.key}" has no alert webhook; nothing to remove.`, {
      params: { what: 'alert_webhook', key: role.key, suggestions: [] },
    });
}
