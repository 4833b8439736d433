import { Hono } from 'hono';
import { z } from 'zod';
import { parseWeek } from '../../shared/period.js';
import { setTargetSchema } from '../../shared/schemas.js';
import { keySchema } from '../../shared/units.js';
import { audited } from '../auth/audit.js';
import { getCatalog, requireKpi } from '../db/catalog.js';
import { listTargets, setTarget, TargetResolver } from '../db/targets.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';

export const targetRoutes = new Hono<AppEnv>()
  .get('/targets', validate('query', z.object({ kpi: keySchema.optional() })), (c) => {
    const { db, config } = c.var.deps;
    return c.json({ targets: listTargets(db, config.weekStart, c.req.valid('query').kpi) });
  })
  .post('/targets', validate('json', setTargetSchema), (c) => {
    const { db, config, clock } = c.var.deps;
    const input = c.req.valid('json');
    // Before = the target in force for that week and segment until now.
    const kpi = requireKpi(getCatalog(db), input.kpi);
    const segmentId = input.segment === null ? null : (getCatalog(db).segmentByKey.get(input.segment)?.id ?? null);
    const weekStart = parseWeek(input.effectiveFrom, config.weekStart)?.start;
    const before = weekStart ? new TargetResolver(db).resolve(kpi, weekStart, segmentId) : null;
    const target = audited(c, { action: 'target.set', entity: 'target', key: input.kpi, before }, () =>
      setTarget(db, input, config.weekStart, clock()),
    );
    return c.json(target, 201);
  });
