import { Hono } from 'hono';
import { ingestBatchSchema } from '../../shared/schemas.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { ingest } from '../ingest/core.js';

export const ingestRoutes = new Hono<AppEnv>().post('/ingest', validate('json', ingestBatchSchema), (c) => {
  const { db, clock } = c.var.deps;
  const result = ingest(db, c.req.valid('json'), { kind: 'api', id: c.var.requestId }, clock());
  return c.json(result, result.inserted > 0 ? 201 : 200);
});
