import { Hono } from 'hono';
import { z } from 'zod';
import { setTargetSchema } from '../../shared/schemas.js';
import { keySchema } from '../../shared/units.js';
import { listTargets, setTarget } from '../db/targets.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';

export const targetRoutes = new Hono<AppEnv>()
  .get('/targets', validate('query', z.object({ kpi: keySchema.optional() })), (c) => {
    const { db, config } = c.var.deps;
    return c.json({ targets: listTargets(db, config.weekStart, c.req.valid('query').kpi) });
  })
  .post('/targets', validate('json', setTargetSchema), (c) => {
    const { db, config, clock } = c.var.deps;
    return c.json(setTarget(db, c.req.valid('json'), config.weekStart, clock()), 201);
  });
