import { Hono } from 'hono';
import { z } from 'zod';
import { createTokenSchema, createUserSchema, resetPasswordSchema, updateUserSchema } from '../../shared/auth.js';
import { createToken, guardLastAdmin, resetPassword } from '../auth/accounts.js';
import { audited } from '../auth/audit.js';
import { hashPassword } from '../auth/password.js';
import { listAudit } from '../db/audit.js';
import { listTokens, requireToken, revokeToken } from '../db/tokens.js';
import { insertUser, listUsers, requireUser, toUser, updateUser } from '../db/users.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { validate } from '../http/validate.js';

const idParam = validate('param', z.object({ id: z.coerce.number().int().positive() }));

/** Users (admins), API tokens (their owners and admins), and the audit log (admins). */
export const userRoutes = new Hono<AppEnv>()
  .get('/users', (c) => c.json({ users: listUsers(c.var.deps.db) }))
  .post('/users', validate('json', createUserSchema), async (c) => {
    const { db, clock } = c.var.deps;
    const { password, ...u } = c.req.valid('json');
    const passwordHash = await hashPassword(password);
    const user = audited(c, { action: 'user.create', entity: 'user', key: u.email }, () =>
      insertUser(db, { ...u, passwordHash }, clock()),
    );
    return c.json(user, 201);
  })
  .patch('/users/:id', idParam, validate('json', updateUserSchema), (c) => {
    const { db, clock } = c.var.deps;
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    guardLastAdmin(db, id, patch);
    const before = toUser(requireUser(db, id));
    return c.json(
      audited(c, { action: 'user.update', entity: 'user', key: before.email, before }, () =>
        updateUser(db, id, patch, clock()),
      ),
    );
  })
  .post('/users/:id/password', idParam, validate('json', resetPasswordSchema), async (c) => {
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    await resetPassword(db, id, c.req.valid('json').password);
    audited(c, { action: 'user.password_reset', entity: 'user', key: requireUser(db, id).email }, () => null);
    return c.body(null, 204);
  })
  .get('/tokens', (c) => {
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
    return c.json({ tokens: listTokens(c.var.deps.db, actor.user.role === 'admin' ? undefined : actor.user.id) });
  })
  .post('/tokens', validate('json', createTokenSchema), (c) => {
    const { db, clock } = c.var.deps;
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
    const { name, scopes } = c.req.valid('json');
    const created = audited(
      c,
      { action: 'token.create', entity: 'token', key: name },
      () => createToken(db, actor, name, scopes, clock()),
      ({ token: _secret, ...t }) => t,
    );
    return c.json(created, 201);
  })
  .delete('/tokens/:id', idParam, (c) => {
    const { db, clock } = c.var.deps;
    const actor = c.var.actor;
    const token = requireToken(db, c.req.valid('param').id);
    if (!actor || (actor.user.role !== 'admin' && token.userId !== actor.user.id))
      throw new ApiError(403, 'forbidden', 'Only an admin or the token’s owner may revoke it.', {
        params: { reason: 'token_revoke' },
      });
    return c.json(
      audited(c, { action: 'token.revoke', entity: 'token', key: token.name, before: token }, () =>
        revokeToken(db, token.id, clock().toISOString()),
      ),
    );
  })
  .get(
    '/audit',
    validate(
      'query',
      z.object({
        before: z.coerce.number().int().optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
    ),
    (c) => {
      const q = c.req.valid('query');
      return c.json({ entries: listAudit(c.var.deps.db, q.limit, q.before) });
    },
  );
