import { Hono } from 'hono';
import { ingestBatchSchema } from '../../shared/schemas.js';
import { audited } from '../auth/audit.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { ingest } from '../ingest/core.js';

export const ingestRoutes = new Hono<AppEnv>().post('/ingest', validate('json', ingestBatchSchema), (c) => {
  const { db, clock } = c.var.deps;
  const batch = c.req.valid('json');
  const result = audited(c, { action: `ingest.${batch.mode}`, entity: 'measures', key: c.var.requestId }, () =>
    ingest(db, batch, { kind: 'api', id: c.var.requestId }, clock()),
  );
  return c.json(result, result.inserted > 0 ? 201 : 200);
});
