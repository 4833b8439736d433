import type { Context } from 'hono';
import type { TokenScope, UserRole } from '../../shared/auth.js';
import { getCatalog } from '../db/catalog.js';
import type { AppEnv } from '../deps.js';
import { roleOfNewNote, roleOfNote, rolesOfAnnotation, rolesOfNewAnnotation } from '../reviews/access.js';

/**
 * Who may call each route, in one table. A mutating route missing here is refused (fail
 * closed), and the permission-matrix test fails for it. GET routes not listed are open to
 * every signed-in user (transparency is the point of the weekly review) and to tokens with
 * the `read` scope.
 */
export type Access =
  | { public: true }
  | {
      allow: UserRole[];
      /** An `owner` may also act when every business role the request touches is theirs. */
      owner?: (c: Context<AppEnv>) => Promise<string[]>;
      /** The API-token scope that grants this route; without one, tokens cannot use it. */
      scope?: TokenScope;
    };

const admin: Access = { allow: ['admin'] };

/** The business role owning the KPI named in the JSON body (targets). */
async function roleOfBodyKpi(c: Context<AppEnv>): Promise<string[]> {
  const body = (await c.req.json().catch(() => null)) as { kpi?: unknown } | null;
  const kpi = typeof body?.kpi === 'string' ? getCatalog(c.var.deps.db).kpiByKey.get(body.kpi) : undefined;
  return kpi ? [kpi.role] : [];
}

export const routeAccess: Record<string, Access> = {
  'POST /api/auth/sign-in': { public: true },
  'POST /api/auth/sign-out': { public: true },
  'POST /api/auth/password': { allow: ['admin', 'owner', 'analyst', 'viewer'] },
  'GET /api/auth/session': { public: true },
  'GET /api/config': { public: true },

  'POST /api/roles': admin,
  'PATCH /api/roles/:key': admin,
  'DELETE /api/roles/:key': admin,
  'POST /api/measures': admin,
  'DELETE /api/measures/:key': admin,
  'POST /api/kpis': admin,
  'PATCH /api/kpis/:key': admin,
  'DELETE /api/kpis/:key': admin,
  'POST /api/segments': admin,
  'DELETE /api/segments/:key': admin,

  'POST /api/targets': { allow: ['admin'], owner: roleOfBodyKpi },
  'POST /api/ingest': { allow: ['admin', 'analyst'], scope: 'ingest' },

  // CSV imports: analysts and admins, or a token with the `import` scope.
  'POST /api/imports': { allow: ['admin', 'analyst'], scope: 'import' },
  'POST /api/imports/uploads/:uploadId/preview': { allow: ['admin', 'analyst'], scope: 'import' },
  'POST /api/imports/uploads/:uploadId/commit': { allow: ['admin', 'analyst'], scope: 'import' },
  'GET /api/imports/uploads/:uploadId/progress': { allow: ['admin', 'analyst'], scope: 'import' },
  'POST /api/imports/:id/undo': { allow: ['admin', 'analyst'], scope: 'import' },
  'POST /api/import-profiles': { allow: ['admin', 'analyst'], scope: 'import' },
  'DELETE /api/import-profiles/:name': { allow: ['admin', 'analyst'], scope: 'import' },

  'GET /api/users': admin,
  'POST /api/users': admin,
  'PATCH /api/users/:id': admin,
  'POST /api/users/:id/password': admin,
  'GET /api/audit': admin,
  // Deliveries prove themselves with their source's HMAC signature, not an account.
  'POST /api/webhooks/:sourceId': { public: true },
  'GET /api/webhook-sources': admin,
  'POST /api/webhook-sources': admin,
  'GET /api/webhook-sources/:id': admin,
  'PATCH /api/webhook-sources/:id': admin,
  'POST /api/webhook-sources/:id/secrets': admin,
  'DELETE /api/webhook-sources/:id/secrets/:secretId': admin,
  'GET /api/webhook-sources/:id/deliveries': admin,
  'GET /api/export': admin,
  // Review notes: the Head of Digital writes, owners reply on their roles; authorship and the
  // reviewed-week lock are checked in the route (docs/insights-reviews.md).
  'POST /api/reviews/:week/notes': { allow: ['admin'], owner: roleOfNewNote },
  'PATCH /api/review-notes/:id': { allow: ['admin'], owner: roleOfNote },
  'DELETE /api/review-notes/:id': { allow: ['admin'], owner: roleOfNote },
  'POST /api/reviews/:week/review': admin,
  'DELETE /api/reviews/:week/review': admin,
  'PATCH /api/review-settings': admin,
  // Annotations: admins any; analysts add any and change their own (checked in the route);
  // owners only those tied exclusively to their roles and those roles' KPIs.
  'POST /api/annotations': { allow: ['admin', 'analyst'], owner: rolesOfNewAnnotation },
  'PATCH /api/annotations/:id': { allow: ['admin', 'analyst'], owner: rolesOfAnnotation },
  'DELETE /api/annotations/:id': { allow: ['admin', 'analyst'], owner: rolesOfAnnotation },
  'GET /api/openapi.json': { public: true },
  'GET /api/tokens': { allow: ['admin', 'analyst'] },
  'POST /api/tokens': { allow: ['admin', 'analyst'] },
  'DELETE /api/tokens/:id': { allow: ['admin', 'analyst'] },

  // Alerts: everyone reads them (GET /api/alerts); webhooks and the delivery queue are admin-only.
  'GET /api/alerts/deliveries': admin,
  'POST /api/alerts/deliveries/:id/retry': admin,
  'GET /api/alert-webhooks': admin,
  'PUT /api/roles/:key/alert-webhook': admin,
  'DELETE /api/roles/:key/alert-webhook': admin,
};

/** Scopes a person of each role may put on their own tokens. */
export const grantableScopes: Record<UserRole, TokenScope[]> = {
  admin: ['read', 'ingest', 'import'],
  analyst: ['read', 'ingest', 'import'],
  owner: ['read'],
  viewer: ['read'],
};
