import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../deps.js';
import type { LogFn } from './logger.js';

/** Probes hit these every few seconds; logged at debug so they do not drown real traffic. */
const QUIET = new Set(['/healthz', '/readyz']);

/**
 * One JSON line per request: id, method, route pattern, path, status, duration. Deliberately
 * no headers, query strings or bodies: they carry tokens, signatures and personal data.
 */
export function requestLog(log: LogFn): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const t0 = performance.now();
    let failed = false;
    try {
      await next();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      // Hono's onError has already produced c.res when next() returns; a throw here means
      // the error escaped it, so the client saw a 500.
      const status = failed ? 500 : c.res.status;
      // routeIndex ends on the handler that answered (or threw): its pattern is the route.
      const route = matchedRoutes(c)[c.req.routeIndex]?.path ?? c.req.path;
      log({
        level: status >= 500 ? 'error' : QUIET.has(c.req.path) ? 'debug' : 'info',
        msg: 'request',
        requestId: c.get('requestId'),
        method: c.req.method,
        route,
        path: c.req.path,
        status,
        durationMs: Math.round((performance.now() - t0) * 10) / 10,
      });
    }
  };
}
