import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate, authorize, rejectCrossSite } from './auth/guard.js';
import type { AppDeps, AppEnv } from './deps.js';
import { ApiError } from './http/errors.js';
import { requestLog } from './ops/requestLog.js';
import { storageError } from './ops/sqliteErrors.js';
import { alertRoutes } from './routes/alerts.js';
import { annotationRoutes } from './routes/annotations.js';
import { authRoutes } from './routes/auth.js';
import { catalogRoutes } from './routes/catalog.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/imports.js';
import { ingestRoutes } from './routes/ingest.js';
import { insightRoutes } from './routes/insights.js';
import { openApiRoutes } from './routes/openapi.js';
import { reviewExportRoutes } from './routes/reviewExport.js';
import { reviewRoutes } from './routes/reviews.js';
import { scorecardRoutes } from './routes/scorecard.js';
import { targetRoutes } from './routes/targets.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';
import { mountStatic } from './static.js';

/** Builds the whole app from its dependencies; `main.ts` is the only place that listens. */
export function createApp(deps: AppDeps) {
  // main.ts passes the pino logger; the fallback keeps a bare createApp() quiet but not mute.
  const log = deps.log ?? ((e: Record<string, unknown>) => e.level === 'error' && console.error(JSON.stringify(e)));
  const api = new Hono<AppEnv>()
    .route('/', catalogRoutes)
    .route('/', targetRoutes)
    .route('/', ingestRoutes)
    .route('/', scorecardRoutes)
    .route('/', insightRoutes)
    .route('/', exportRoutes)
    .route('/', reviewExportRoutes)
    .route('/', openApiRoutes)
    .route('/', authRoutes)
    .route('/', userRoutes)
    .route('/', webhookRoutes)
    .route('/', importRoutes)
    .route('/', alertRoutes)
    .route('/', reviewRoutes)
    .route('/', annotationRoutes);

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
  app.route('/', healthRoutes);
  app.use('/api/*', rejectCrossSite, authenticate, authorize);
  app.route('/api', api);
  app.all('/api/*', (c) => {
    throw new ApiError(
      404,
      'not_found',
      `No API route ${c.req.method} ${c.req.path}. See the API overview in README.md.`,
      { params: { what: 'route', key: `${c.req.method} ${c.req.path}`, suggestions: [] } },
    );
  });
  if (deps.staticDir) mountStatic(app, deps.staticDir);

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
  return { app, api };
}

export type AppType = ReturnType<typeof createApp>['api'];
