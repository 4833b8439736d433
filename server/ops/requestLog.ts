import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../deps.js';
import type { LogFn } from './logger.js';

/** Probes hit these every few seconds; logged at debug so they do not drown real traffic. */
const QUIET = new Set(['/healthz', '/readyz']);
/**
 * Shops and helpdesks send deliveries by the thousand; each one is in the delivery log (the
 * Integrations page and its API: time, id, topic, status, reason, changes), so an answered
 * one's line is `debug` too, and refusals stay `info`. At `info` the line cost ~10 % of the
 * delivery route's throughput (three alternating pairs, 3 Dec: docs/webhooks.md).
 */
export const DELIVERY_ROUTE = '/api/webhooks/:sourceId';
const quiet = (r: { route: string; path: string; status: number }) =>
  QUIET.has(r.path) || (r.route === DELIVERY_ROUTE && r.status < 300);

/** The request's log line, from what any front end knows of it (Hono's middleware, or the
 * Node listener that answers webhook deliveries: server/http/deliveryListener.ts). */
export function logRequest(
  log: LogFn,
  r: { requestId: string; method: string; route: string; path: string; status: number; startedAt: number },
): void {
  const level = r.status >= 500 ? 'error' : quiet(r) ? 'debug' : 'info';
  // An answered delivery's line is debug: at the usual info level it is not even built.
  if (log.enabled?.(level) === false) return;
  log({
    level,
    msg: 'request',
    requestId: r.requestId,
    method: r.method,
    route: r.route,
    path: r.path,
    status: r.status,
    durationMs: Math.round((performance.now() - r.startedAt) * 10) / 10,
  });
}

/**
 * One JSON line per request: id, method, route pattern, path, status, duration. Deliberately
 * no headers, query strings or bodies: they carry tokens, signatures and personal data.
 */
export function requestLog(log: LogFn): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const startedAt = performance.now();
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
      logRequest(log, {
        requestId: c.get('requestId'),
        method: c.req.method,
        route,
        path: c.req.path,
        status,
        startedAt,
      });
    }
  };
}
