import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { checkReadiness } from '../ops/health.js';
import { appVersion } from '../ops/version.js';

const startedAt = Date.now();

/** Probes for load balancers and orchestrators: mounted at the root, no auth, nothing sensitive. */
export const healthRoutes = new Hono<AppEnv>()
  .get('/healthz', (c) =>
    c.json({ status: 'ok' as const, version: appVersion, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }),
  )
  .get('/readyz', (c) => {
    const r = checkReadiness(c.var.deps.db);
    return c.json(
      { status: r.ready ? ('ready' as const) : ('not_ready' as const), version: appVersion, ...r },
      r.ready ? 200 : 503,
    );
  });
