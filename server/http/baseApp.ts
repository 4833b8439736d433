import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from '../deps.js';
import type { LogFn } from '../ops/logger.js';
import { requestLog } from '../ops/requestLog.js';
import { storageError } from '../ops/sqliteErrors.js';
import { ApiError } from './errors.js';

/**
 * A Hono app with what every request gets, in this order: a request id, the request log line,
 * the security headers, the dependencies — and the one error handler. `createApp` builds the
 * whole API on one, and the webhook delivery route on another (see app.ts), so both answer
 * with the same headers, log lines and error shape.
 */
export function baseApp(deps: AppDeps, log: LogFn): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLog(log));
  app.use(
    secureHeaders({
      // No inline script anywhere; inline style attributes are what chart SVGs use.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
    }),
  );
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.onError((err, c) => {
    const id = c.var.requestId;
    const storage = storageError(err);
    if (storage) log({ level: 'warn', msg: 'storage refused a write', requestId: id, code: storage.code });
    err = storage ?? err;
    if (err instanceof ApiError) {
      // A refusal that says when to come back says it to HTTP clients too (busy, rate limits).
      const wait = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if ((err.status === 429 || err.status === 503) && typeof wait === 'number') c.header('Retry-After', String(wait));
      return c.json(
        { error: { code: err.code, message: err.message, details: err.details, requestId: id } },
        err.status,
      );
    }
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's own rejections: malformed JSON, a body over a limit.
      const e =
        err.status === 413
          ? { code: 'payload_too_large', details: { params: { kind: 'request' } } }
          : { code: 'bad_request', details: { params: {} } };
      return c.json({ error: { ...e, message: err.message || 'Bad request', requestId: id } }, err.status);
    }
    log({
      level: 'error',
      msg: 'unhandled error',
      requestId: id,
      route: c.req.path,
      err: String(err),
      stack: (err as Error).stack,
    });
    return c.json(
      {
        error: {
          code: 'internal',
          message: `Something went wrong on our side; quote request id ${id} when reporting it.`,
          details: { params: {} },
          requestId: id,
        },
      },
      500,
    );
  });
  return app;
}
