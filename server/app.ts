import { Hono } from 'hono';
import { authenticate, authorize, rejectCrossSite } from './auth/guard.js';
import type { AppDeps, AppEnv } from './deps.js';
import { baseApp } from './http/baseApp.js';
import { serverWithDeliveries } from './http/deliveryListener.js';
import { ApiError } from './http/errors.js';
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
import { isDeliveryPath, receiveDelivery, WEBHOOK_DELIVERY_PATH, webhookRoutes } from './routes/webhooks.js';
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

  const app = baseApp(deps, log);
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

  // Webhook deliveries are the one route senders hammer, and they are authenticated by their
  // signature, not a session: they go to an app holding only that route, behind the same
  // request id, log line and error handler, with the security headers of an answer only
  // programs read, and skip matching the whole API's routes and the session/CSRF/permission
  // middleware (which lets them through anyway). `app.request` goes through `app.fetch`, so
  // tests take this path too.
  const deliveries = baseApp(deps, log, 'machine');
  deliveries.post(`/api${WEBHOOK_DELIVERY_PATH}`, (c) => {
    c.set('actor', null);
    return receiveDelivery(c);
  });
  const dispatch = app.fetch;
  app.fetch = (req, env, ctx) =>
    req.method === 'POST' && isDeliveryPath(req.url) ? deliveries.fetch(req, env, ctx) : dispatch(req, env, ctx);
  // Node's server answers deliveries itself, without the Fetch objects (server/http/deliveryListener.ts).
  return { app, api, createServer: serverWithDeliveries(deps, log) };
}

export type AppType = ReturnType<typeof createApp>['api'];
