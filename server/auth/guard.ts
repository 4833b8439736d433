import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import { findActiveTokenByHash, markTokenUsed } from '../db/tokens.js';
import { findUserById } from '../db/users.js';
import { tryWrite } from '../db/writeGate.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { type Access, routeAccess } from './permissions.js';
import { SESSION_COOKIE, userForSession } from './sessions.js';
import { sha256 } from './tokens.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * Bodies a write may carry: JSON, and files (CSV uploads). A cross-site HTML form can send only
 * urlencoded, multipart or text/plain; any other type needs a CORS preflight we never answer.
 * multipart is accepted for uploads, so the Origin check below is what guards it.
 */
const WRITE_TYPES = new Set(['application/json', 'multipart/form-data', 'text/csv', 'application/octet-stream']);

/** Webhook deliveries carry an HMAC signature instead of a session or token; their own checks apply. */
const isWebhookDelivery = (c: Context<AppEnv>) => c.req.path.startsWith('/api/webhooks/');

/** `METHOD /path/:param` of the route that will handle this request, if any. */
export function routeKey(c: Context<AppEnv>): string | null {
  const route = matchedRoutes(c).find((r) => r.method === c.req.method && r.path.startsWith('/api/'));
  return route ? `${route.method} ${route.path}` : null;
}

/** Resolves the session cookie or bearer token into an actor (or null) for every request. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, config, clock } = c.var.deps;
  c.set('actor', null);
  if (isWebhookDelivery(c)) return next();
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const token = findActiveTokenByHash(db, sha256(bearer));
    const user = token && findUserById(db, token.userId);
    if (!token || !user || user.disabled)
      throw new ApiError(
        401,
        'invalid_token',
        'This API token is unknown or revoked; create a new one on the Users & tokens page.',
      );
    // Informational only: skipped rather than waited for while an import holds the write lock.
    tryWrite(db, () => markTokenUsed(db, token.id, clock().toISOString()));
    c.set('actor', { via: 'token', user, tokenId: token.id, scopes: token.scopes });
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    const user = cookie ? userForSession(db, cookie, config, clock()) : null;
    if (cookie && user) c.set('actor', { via: 'session', user, session: cookie });
  }
  await next();
};

/**
 * Whether a request has a body. Over HTTP that is what its headers say (RFC 9112 §6.1:
 * Content-Length or Transfer-Encoding): @hono/node-server gives every request but GET and
 * HEAD a body stream, so a browser's body-less DELETE would otherwise look like an untyped
 * body and be refused. An in-process Fetch request (tests' `app.request`) has no such headers
 * and a null body when it has none.
 */
function carriesBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return length.trim() !== '0';
  if (c.req.header('transfer-encoding') !== undefined) return true;
  const overHttp = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  return !overHttp && c.req.raw.body !== null;
}

/**
 * Cross-site write protection for cookie sessions: a write must be JSON (or multipart for
 * uploads) — which a plain HTML form cannot send without a CORS preflight we never grant —
 * and must not come from another site (Sec-Fetch-Site, else Origin). Token requests carry no
 * ambient credentials and skip the origin check.
 */
export const rejectCrossSite: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!MUTATING.has(c.req.method) || isWebhookDelivery(c)) return next();
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (carriesBody(c) && !WRITE_TYPES.has(type))
    throw new ApiError(
      415,
      'unsupported_media_type',
      `Send the body as JSON ("Content-Type: application/json"), or a CSV upload as text/csv (got "${type || 'none'}").`,
      { params: { accepts: 'json_or_csv', received: type || 'none' } },
    );
  if (c.req.header('authorization')) return next();
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    throw new ApiError(
      403,
      'cross_site',
      `Writes are accepted only from Rolecard’s own pages (Sec-Fetch-Site was ${site}).`,
      { params: { header: 'sec-fetch-site', value: site } },
    );
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin)
    throw new ApiError(
      403,
      'cross_site',
      `Writes are accepted only from Rolecard’s own pages (Origin ${origin} is another site).`,
      { params: { header: 'origin', value: origin } },
    );
  return next();
};

/** Applies the permission table to the route this request matched. */
export const authorize: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = routeKey(c);
  if (!key) return next(); // no such route: the 404 handler answers
  const access: Access | undefined =
    routeAccess[key] ??
    (c.req.method === 'GET' ? { allow: ['admin', 'owner', 'analyst', 'viewer'], scope: 'read' } : undefined);
  if (!access)
    throw new ApiError(403, 'forbidden', `${key} has no permission rule, so nobody may call it.`, {
      params: { reason: 'no_rule', route: key },
    });
  if ('public' in access) return next();
  const actor = c.var.actor;
  if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
  if (actor.via === 'token') {
    if (!access.scope)
      throw new ApiError(403, 'forbidden', `API tokens cannot call ${key}; sign in instead.`, {
        params: { reason: 'token_route', route: key },
      });
    if (!actor.scopes.includes(access.scope))
      throw new ApiError(403, 'missing_scope', `This token lacks the "${access.scope}" scope needed for ${key}.`, {
        params: { scope: access.scope, route: key },
      });
  }
  const { user } = actor;
  if (access.allow.includes(user.role)) return next();
  if (user.role === 'owner' && access.owner) {
    const touched = await access.owner(c);
    if (touched.length > 0 && touched.every((r) => user.owns.includes(r))) return next();
    throw new ApiError(
      403,
      'forbidden',
      `You own ${user.owns.join(', ') || 'no roles'}; this change belongs to ${touched.join(', ') || 'another role'}.`,
      {
        params: {
          reason: 'not_owner',
          owns: user.owns,
          ownsCount: user.owns.length,
          touched,
          touchedCount: touched.length,
        },
      },
    );
  }
  throw new ApiError(403, 'forbidden', `A ${user.role} account may not call ${key}; ask an admin.`, {
    params: { reason: 'role', role: user.role, route: key },
  });
};
