import { Hono } from 'hono';
import { z } from 'zod';
import { addDays, shiftMonth, shiftWeek, weekOf } from '../../shared/period.js';
import { scorecardQuerySchema, seriesQuerySchema } from '../../shared/schemas.js';
import { keySchema } from '../../shared/units.js';
import { lastCompleteWeek, resolveWeek, today } from '../calendar.js';
import type { AppEnv } from '../deps.js';
import { validate } from '../http/validate.js';
import { getScorecard } from '../kpi/scorecard.js';
import { getSeries } from '../kpi/series.js';

/** Default look-back per grain when a series request names no range. */
const DEFAULT_SPAN = { day: 27, week: 11, month: 11 } as const;

export const scorecardRoutes = new Hono<AppEnv>()
  .get('/config', (c) => {
    const { config, clock } = c.var.deps;
    return c.json({
      currency: config.currency,
      timeZone: config.timeZone,
      weekStart: config.weekStart,
      today: today(config, clock),
      lastCompleteWeek: lastCompleteWeek(config, clock).label,
    });
  })
  .get('/scorecard', validate('query', scorecardQuerySchema), (c) => {
    const { db, config, clock } = c.var.deps;
    const q = c.req.valid('query');
    const week = resolveWeek(q.week, config, clock);
    return c.json(getScorecard(db, { ...q, week, weekStart: config.weekStart, today: today(config, clock) }));
  })
  .get(
    '/kpis/:key/series',
    validate('param', z.object({ key: keySchema })),
    validate('query', seriesQuerySchema),
    (c) => {
      const { db, config, clock } = c.var.deps;
      const q = c.req.valid('query');
      const end = lastCompleteWeek(config, clock).end;
      const to = q.to ?? end;
      const from =
        q.from ??
        (q.grain === 'day'
          ? addDays(to, -DEFAULT_SPAN.day)
          : q.grain === 'week'
            ? shiftWeek(weekOf(to, config.weekStart), -DEFAULT_SPAN.week, config.weekStart).start
            : shiftMonth(to, -DEFAULT_SPAN.month));
      return c.json(getSeries(db, c.req.valid('param').key, { ...q, from, to, weekStart: config.weekStart }));
    },
  );
