import { Hono } from 'hono';
import { exportQuerySchema } from '../../shared/ops.js';
import { suggest } from '../../shared/suggest.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { validate } from '../http/validate.js';
import { buildExport, tableCsv } from '../ops/export.js';
import { listTables } from '../ops/tables.js';

/**
 * Everything out, no lock-in. Admin-only once accounts exist; until then anyone who can reach
 * the API can export (see docs/operations.md).
 */
export const exportRoutes = new Hono<AppEnv>().get('/export', validate('query', exportQuerySchema), (c) => {
  const { db, clock } = c.var.deps;
  const q = c.req.valid('query');
  const now = clock();
  const stamp = now.toISOString().slice(0, 10);
  if (q.format === 'json') {
    if (q.table) {
      const message = 'The JSON export always holds every table; drop `table` or ask for format=csv.';
      throw new ApiError(400, 'invalid_request', message, {
        params: { place: 'query', count: 1 },
        issues: [{ path: 'table', message, code: 'table_needs_csv', params: {} }],
      });
    }
    c.header('content-disposition', `attachment; filename="rolecard-export-${stamp}.json"`);
    return c.json(buildExport(db, now));
  }
  const table = q.table ?? 'measure_values';
  const tables = listTables(db);
  if (!tables.includes(table)) {
    throw new ApiError(404, 'not_found', `No table "${table}" to export. Tables: ${tables.join(', ')}.`, {
      params: { what: 'table', key: table, suggestions: suggest(table, tables), options: tables },
      tables,
    });
  }
  c.header('content-type', 'text/csv; charset=utf-8');
  c.header('content-disposition', `attachment; filename="rolecard-${table}-${stamp}.csv"`);
  return c.body(tableCsv(db, table));
});
