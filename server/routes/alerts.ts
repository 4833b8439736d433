import { Hono } from 'hono';
import { z } from 'zod';
import { alertQuerySchema, deliveryQuerySchema, setAlertWebhookSchema } from '../../shared/alerts.js';
import { keySchema } from '../../shared/units.js';
import {
  getAlerts,
  getAlertWebhooks,
  getDeliveries,
  removeAlertWebhook,
  retryDelivery,
  setAlertWebhook,
} from '../alerts/service.js';
import { audited } from '../auth/audit.js';
import { resolveWeek } from '../calendar.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const roleParam = z.object({ key: keySchema });

/** Alerts (everyone reads them), their deliveries and each role's webhook (admins). */
export const alertRoutes = new Hono<AppEnv>()
  .get('/alerts', validate('query', alertQuerySchema), (c) => {
    const { db, config, clock } = c.var.deps;
    const q = c.req.valid('query');
    const week = q.week === undefined ? undefined : resolveWeek(q.week, config, clock).label;
    const alerts = getAlerts(db, { ...q, week }, c.var.actor?.user.role === 'admin');
    return c.json({ alerts });
  })
  .get('/alerts/deliveries', validate('query', deliveryQuerySchema), (c) =>
    c.json({ deliveries: getDeliveries(c.var.deps.db, c.req.valid('query')) }),
  )
  .post('/alerts/deliveries/:id/retry', validate('param', idParam), async (c) => {
    const { db, clock, config } = c.var.deps;
    const delivery = await retryDelivery({ db, clock, fetch, publicUrl: config.publicUrl }, c.req.valid('param').id);
    return c.json(delivery);
  })
  .get('/alert-webhooks', (c) => c.json({ webhooks: getAlertWebhooks(c.var.deps.db) }))
  .put('/roles/:key/alert-webhook', validate('param', roleParam), validate('json', setAlertWebhookSchema), (c) => {
    const { db, clock } = c.var.deps;
    const { key } = c.req.valid('param');
    // The secret is in the answer once; the audit log keeps the URL without it.
    const saved = audited(
      c,
      { action: 'alert_webhook.set', entity: 'role', key },
      () => setAlertWebhook(db, key, c.req.valid('json').url, clock()),
      // A Slack-style URL carries its own credential in the path: the log keeps the origin only.
      (r) => ({ ...r.webhook, url: `${new URL(r.webhook.url).origin}/…` }),
    );
    return c.json(saved);
  })
  .delete('/roles/:key/alert-webhook', validate('param', roleParam), (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    audited(c, { action: 'alert_webhook.delete', entity: 'role', key }, () => removeAlertWebhook(db, key));
    return c.json({ deleted: true });
  });
