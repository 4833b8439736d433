import { Hono } from 'hono';
import { z } from 'zod';
import {
  createSourceSchema,
  deliveryQuerySchema,
  rotateSecretSchema,
  updateSourceSchema,
} from '../../shared/webhooks.js';
import { audited } from '../auth/audit.js';
import { toSource } from '../db/webhooks.js';
import { listDeliveries } from '../db/webhooksInbox.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import {
  createSource,
  listSources,
  requireSource,
  revokeSourceSecret,
  rotateSecret,
  updateSource,
} from '../webhooks/sources.js';

const idParam = z.object({ id: z.string().min(1).max(64) });

/** Admin API for webhook sources: settings, secret rotation, delivery log. */
export const webhookSourceRoutes = new Hono<AppEnv>()
  .get('/webhook-sources', (c) => c.json({ sources: listSources(c.var.deps.db) }))
  .post('/webhook-sources', validate('json', createSourceSchema), (c) => {
    const { db, clock } = c.var.deps;
    const body = c.req.valid('json');
    // The secret is in the answer once; the audit log keeps the source without it.
    const created = audited(
      c,
      { action: 'source.create', entity: 'source', key: body.name },
      () => createSource(db, body, clock()),
      (r) => ({ ...r, secret: undefined }),
    );
    return c.json(created, 201);
  })
  .get('/webhook-sources/:id', validate('param', idParam), (c) => {
    const { db } = c.var.deps;
    return c.json(toSource(db, requireSource(db, c.req.valid('param').id)));
  })
  .patch('/webhook-sources/:id', validate('param', idParam), validate('json', updateSourceSchema), (c) => {
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const before = toSource(db, requireSource(db, id));
    return c.json(
      audited(c, { action: 'source.update', entity: 'source', key: id, before }, () =>
        updateSource(db, id, c.req.valid('json')),
      ),
    );
  })
  .post('/webhook-sources/:id/secrets', validate('param', idParam), validate('json', rotateSecretSchema), (c) => {
    const { db, clock } = c.var.deps;
    const { id } = c.req.valid('param');
    const rotated = audited(
      c,
      { action: 'source.rotate_secret', entity: 'source', key: id },
      () => rotateSecret(db, id, c.req.valid('json').secret, clock()),
      () => ({ rotated: true }),
    );
    return c.json(rotated, 201);
  })
  .delete(
    '/webhook-sources/:id/secrets/:secretId',
    validate('param', idParam.extend({ secretId: z.coerce.number().int().positive() })),
    (c) => {
      const { db, clock } = c.var.deps;
      const p = c.req.valid('param');
      return c.json(
        audited(c, { action: 'source.revoke_secret', entity: 'source', key: `${p.id}#${p.secretId}` }, () =>
          revokeSourceSecret(db, p.id, p.secretId, clock()),
        ),
      );
    },
  )
  .get('/webhook-sources/:id/deliveries', validate('param', idParam), validate('query', deliveryQuerySchema), (c) => {
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    requireSource(db, id);
    return c.json({ deliveries: listDeliveries(db, id, c.req.valid('query')) });
  });
