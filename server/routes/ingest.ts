import { Hono } from 'hono';
import { ingestBatchSchema } from '../../shared/schemas.js';
import { audited } from '../auth/audit.js';
import { writeWhenFree } from '../db/writeGate.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { ingest } from '../ingest/core.js';

export const ingestRoutes = new Hono<AppEnv>().post('/ingest', validate('json', ingestBatchSchema), async (c) => {
  const { db, clock, config } = c.var.deps;
  const batch = c.req.valid('json');
  // While an import holds the write lock this waits without freezing other requests, then 503.
  const result = await writeWhenFree(
    db,
    () =>
      audited(c, { action: `ingest.${batch.mode}`, entity: 'measures', key: c.var.requestId }, () =>
        ingest(db, batch, { kind: 'api', id: c.var.requestId }, clock()),
      ),
    config.writeWaitMs,
  );
  return c.json(result, result.inserted > 0 ? 201 : 200);
});
