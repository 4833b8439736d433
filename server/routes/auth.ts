import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { changePasswordSchema, preferencesSchema, signInSchema } from '../../shared/auth.js';
import { changeOwnPassword, signIn } from '../auth/accounts.js';
import { audited } from '../auth/audit.js';
import { endSession, SESSION_COOKIE } from '../auth/sessions.js';
import { requireUser, setUserLocale, toUser } from '../db/users.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { validate } from '../http/validate.js';

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

const isHttps = (c: Context<AppEnv>) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/sign-in', validate('json', signInSchema), async (c) => {
    const { db, config, clock } = c.var.deps;
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) endSession(db, previous);
    const { user, token } = await signIn(db, c.req.valid('json'), clientAddress(c), config, clock());
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      maxAge: Math.round(config.sessionMaxDays * 86_400),
    });
    return c.json({ user });
  })
  .post('/auth/sign-out', (c) => {
    const actor = c.var.actor;
    if (actor?.via === 'session') endSession(c.var.deps.db, actor.session);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .get('/auth/session', (c) => {
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'sign_in_required', 'Not signed in.');
    return c.json({ user: toUser(actor.user) });
  })
  .post('/auth/password', validate('json', changePasswordSchema), async (c) => {
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
    const { current, password } = c.req.valid('json');
    await changeOwnPassword(c.var.deps.db, actor, current, password);
    audited(c, { action: 'user.password_change', entity: 'user', key: actor.user.email }, () => null);
    return c.body(null, 204);
  })
  .patch('/auth/preferences', validate('json', preferencesSchema), (c) => {
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
    const { db } = c.var.deps;
    setUserLocale(db, actor.user.id, c.req.valid('json').locale);
    return c.json({ user: toUser(requireUser(db, actor.user.id)) });
  });
