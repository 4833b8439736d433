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
import { audited } from '../auth/audit.js';
import * as catalog from '../db/catalog.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';

const keyParam = validate('param', z.object({ key: keySchema }));
const find = <T extends { key: string }>(list: T[], key: string) => list.find((x) => x.key === key);

/** Roles, measures, KPIs and segments: read by everyone, edited by admins; every edit audited. */
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
  .post('/roles', validate('json', createRoleSchema), (c) => {
    const body = c.req.valid('json');
    return c.json(
      audited(c, { action: 'role.create', entity: 'role', key: body.key }, () =>
        catalog.createRole(c.var.deps.db, body),
      ),
      201,
    );
  })
  .patch('/roles/:key', keyParam, validate('json', updateRoleSchema), (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listRoles(db), key);
    return c.json(
      audited(c, { action: 'role.update', entity: 'role', key, before }, () =>
        catalog.updateRole(db, key, c.req.valid('json')),
      ),
    );
  })
  .delete('/roles/:key', keyParam, (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listRoles(db), key);
    audited(
      c,
      { action: 'role.delete', entity: 'role', key, before },
      () => catalog.deleteRole(db, key),
      () => null,
    );
    return c.body(null, 204);
  })
  .get('/measures', (c) => c.json({ measures: catalog.listMeasures(c.var.deps.db) }))
  .post('/measures', validate('json', createMeasureSchema), (c) => {
    const body = c.req.valid('json');
    return c.json(
      audited(c, { action: 'measure.create', entity: 'measure', key: body.key }, () =>
        catalog.createMeasure(c.var.deps.db, body),
      ),
      201,
    );
  })
  .delete('/measures/:key', keyParam, (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listMeasures(db), key);
    audited(
      c,
      { action: 'measure.delete', entity: 'measure', key, before },
      () => catalog.deleteMeasure(db, key),
      () => null,
    );
    return c.body(null, 204);
  })
  .get('/kpis', (c) => c.json({ kpis: catalog.listKpis(c.var.deps.db) }))
  .post('/kpis', validate('json', createKpiSchema), (c) => {
    const body = c.req.valid('json');
    return c.json(
      audited(c, { action: 'kpi.create', entity: 'kpi', key: body.key }, () => catalog.createKpi(c.var.deps.db, body)),
      201,
    );
  })
  .patch('/kpis/:key', keyParam, validate('json', updateKpiSchema), (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listKpis(db), key);
    return c.json(
      audited(c, { action: 'kpi.update', entity: 'kpi', key, before }, () =>
        catalog.updateKpi(db, key, c.req.valid('json')),
      ),
    );
  })
  .delete('/kpis/:key', keyParam, (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listKpis(db), key);
    audited(
      c,
      { action: 'kpi.delete', entity: 'kpi', key, before },
      () => catalog.deleteKpi(db, key),
      () => null,
    );
    return c.body(null, 204);
  })
  .get('/segments', (c) => c.json({ segments: catalog.listSegments(c.var.deps.db) }))
  .post('/segments', validate('json', createSegmentSchema), (c) => {
    const body = c.req.valid('json');
    return c.json(
      audited(c, { action: 'segment.create', entity: 'segment', key: body.key }, () =>
        catalog.createSegment(c.var.deps.db, body),
      ),
      201,
    );
  })
  .delete('/segments/:key', keyParam, (c) => {
    const { db } = c.var.deps;
    const { key } = c.req.valid('param');
    const before = find(catalog.listSegments(db), key);
    audited(
      c,
      { action: 'segment.delete', entity: 'segment', key, before },
      () => catalog.deleteSegment(db, key),
      () => null,
    );
    return c.body(null, 204);
  });
