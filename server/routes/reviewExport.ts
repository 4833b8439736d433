import { Hono } from 'hono';
import { parseWeek } from '../../shared/period.js';
import { reviewCsvFilename, reviewExportParamsSchema, reviewExportQuerySchema } from '../../shared/review.js';
import { today } from '../calendar.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { validate } from '../http/validate.js';
import { getScorecard } from '../kpi/scorecard.js';
import { reviewCsv } from '../reviews/exportCsv.js';

/**
 * The week's review as a CSV download. A GET without a rule in routeAccess: every signed-in
 * person reads every scorecard, and API tokens need the `read` scope (docs/insights-export.md).
 */
export const reviewExportRoutes = new Hono<AppEnv>().get(
  '/reviews/:week/export.csv',
  validate('param', reviewExportParamsSchema),
  validate('query', reviewExportQuerySchema),
  (c) => {
    const { db, config, clock } = c.var.deps;
    const { week: label } = c.req.valid('param');
    const { segment } = c.req.valid('query');
    const week = parseWeek(label, config.weekStart);
    // The schema already checked the label names a real week; this keeps the type honest.
    if (!week) {
      const message = `week: "${label}" is not an ISO week like 2026-W47.`;
      throw new ApiError(400, 'invalid_request', message, {
        params: { place: 'url', count: 1 },
        issues: [{ path: 'week', message, code: 'no_such_week', params: {} }],
      });
    }
    const sc = getScorecard(db, { week, segment, weekStart: config.weekStart, today: today(config, clock) });
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${reviewCsvFilename(week.label, segment)}"`);
    return c.body(reviewCsv(sc));
  },
);
