import { Hono } from 'hono';
import { z } from 'zod';
import {
  createKpiSchema,
  createMeasureSchema,
  createRoleSchema,
  createSegmentSchema,
  updateKpiSchema,
  updateRoleSchema,
} from '../../shared/schemas.js';
import { keySchema } from '../../shared/units.js';
import * as catalog from '../db/catalog.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';

const keyParam = validate('param', z.object({ key: keySchema }));

/** Roles, measures, KPIs and segments: read by everyone, edited by the catalog page. */
export const catalogRoutes = new Hono<AppEnv>()
  .get('/catalog', (c) => {
    const { db } = c.var.deps;
    return c.json({
      roles: catalog.listRoles(db),
      measures: catalog.listMeasures(db),
      kpis: catalog.listKpis(db),
      segments: catalog.listSegments(db),
    });
  })
  .get('/roles', (c) => c.json({ roles: catalog.listRoles(c.var.deps.db) }))
  .post('/roles', validate('json', createRoleSchema), (c) =>
    c.json(catalog.createRole(c.var.deps.db, c.req.valid('json')), 201),
  )
  .patch('/roles/:key', keyParam, validate('json', updateRoleSchema), (c) =>
    c.json(catalog.updateRole(c.var.deps.db, c.req.valid('param').key, c.req.valid('json'))),
  )
  .delete('/roles/:key', keyParam, (c) => {
    catalog.deleteRole(c.var.deps.db, c.req.valid('param').key);
    return c.body(null, 204);
  })
  .get('/measures', (c) => c.json({ measures: catalog.listMeasures(c.var.deps.db) }))
  .post('/measures', validate('json', createMeasureSchema), (c) =>
    c.json(catalog.createMeasure(c.var.deps.db, c.req.valid('json')), 201),
  )
  .delete('/measures/:key', keyParam, (c) => {
    catalog.deleteMeasure(c.var.deps.db, c.req.valid('param').key);
    return c.body(null, 204);
  })
  .get('/kpis', (c) => c.json({ kpis: catalog.listKpis(c.var.deps.db) }))
  .post('/kpis', validate('json', createKpiSchema), (c) =>
    c.json(catalog.createKpi(c.var.deps.db, c.req.valid('json')), 201),
  )
  .patch('/kpis/:key', keyParam, validate('json', updateKpiSchema), (c) =>
    c.json(catalog.updateKpi(c.var.deps.db, c.req.valid('param').key, c.req.valid('json'))),
  )
  .delete('/kpis/:key', keyParam, (c) => {
    catalog.deleteKpi(c.var.deps.db, c.req.valid('param').key);
    return c.body(null, 204);
  })
  .get('/segments', (c) => c.json({ segments: catalog.listSegments(c.var.deps.db) }))
  .post('/segments', validate('json', createSegmentSchema), (c) =>
    c.json(catalog.createSegment(c.var.deps.db, c.req.valid('json')), 201),
  )
  .delete('/segments/:key', keyParam, (c) => {
    catalog.deleteSegment(c.var.deps.db, c.req.valid('param').key);
    return c.body(null, 204);
  });
