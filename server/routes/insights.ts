import { Hono } from 'hono';
import { pacingQuerySchema, revenueQuerySchema } from '../../shared/insights.js';
import { resolveWeek, today } from '../calendar.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { getPacing } from '../insights/pacing.js';
import { getRevenueInsight } from '../insights/revenue.js';

/** Insights for the weekly review: what moved revenue, and pacing to target. */
export const insightRoutes = new Hono<AppEnv>()
  .get('/insights/revenue', validate('query', revenueQuerySchema), (c) => {
    const { db, config, clock } = c.var.deps;
    const q = c.req.valid('query');
    const week = resolveWeek(q.week, config, clock);
    return c.json(getRevenueInsight(db, { week, segment: q.segment, weekStart: config.weekStart }));
  })
  .get('/insights/pacing', validate('query', pacingQuerySchema), (c) => {
    const { db, config, clock } = c.var.deps;
    const q = c.req.valid('query');
    return c.json(getPacing(db, { ...q, today: today(config, clock), weekStart: config.weekStart }));
  });
