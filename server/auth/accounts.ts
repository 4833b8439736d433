import type { TokenScope, User, UserRole } from '../../shared/auth.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { deleteUserSessions } from '../db/sessions.js';
import { insertToken } from '../db/tokens.js';
import { countActiveAdmins, findUserByEmail, requireUser, setPasswordHash, toUser } from '../db/users.js';
import { ApiError } from '../http/errors.js';
import type { Actor } from './actor.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';
import { grantableScopes } from './permissions.js';
import { FailureLimiter } from './rateLimit.js';
import { startSession } from './sessions.js';
import { newSecret, sha256 } from './tokens.js';

/** 5 failures per account and 20 per address in 15 minutes, then a wait. */
const WINDOW_MS = 15 * 60_000;
const perAccount = new WeakMap<Db, FailureLimiter>();
const perAddress = new WeakMap<Db, FailureLimiter>();
const limiter = (map: WeakMap<Db, FailureLimiter>, db: Db, max: number) => {
  let l = map.get(db);
  if (!l) {
    l = new FailureLimiter(max, WINDOW_MS);
    map.set(db, l);
  }
  return l;
};

function tooMany(ms: number, scope: 'account' | 'address'): ApiError {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const retryAfterSeconds = Math.ceil(ms / 1000);
  const what = scope === 'account' ? 'for this account' : 'from your network address';
  return new ApiError(
    429,
    'too_many_attempts',
    `Too many failed sign-ins ${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { params: { scope, minutes, retryAfterSeconds }, retryAfterSeconds },
  );
}

/** Checks email and password; answers the same way for an unknown email and a wrong password. */
export async function signIn(
  db: Db,
  input: { email: string; password: string },
  address: string,
  config: Config,
  now: Date,
): Promise<{ user: User; token: string }> {
  const account = input.email.trim().toLowerCase();
  const byAccount = limiter(perAccount, db, 5);
  const byAddress = limiter(perAddress, db, 20);
  const t = now.getTime();
  const waitAccount = byAccount.retryAfter(account, t);
  if (waitAccount) throw tooMany(waitAccount, 'account');
  const waitAddress = byAddress.retryAfter(address, t);
  if (waitAddress) throw tooMany(waitAddress, 'address');
  const user = findUserByEmail(db, account);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) {
    byAccount.fail(account, t);
    byAddress.fail(address, t);
    throw new ApiError(401, 'invalid_credentials', 'That email and password do not match an active account.', {
      params: {},
      field: 'password',
    });
  }
  byAccount.clear(account);
  return { user: toUser(user), token: startSession(db, user.id, config, now) };
}

export async function changeOwnPassword(db: Db, actor: Actor, current: string, next: string): Promise<void> {
  if (!(await verifyPassword(current, actor.user.passwordHash)))
    throw new ApiError(422, 'wrong_password', 'Your current password is not right.', {
      params: {},
      field: 'current',
    });
  setPasswordHash(db, actor.user.id, await hashPassword(next));
  // Other devices signed in as this person are signed out; this one stays.
  deleteUserSessions(db, actor.user.id, actor.via === 'session' ? sha256(actor.session) : undefined);
}

export async function resetPassword(db: Db, userId: number, password: string): Promise<void> {
  requireUser(db, userId);
  setPasswordHash(db, userId, await hashPassword(password));
  deleteUserSessions(db, userId);
}

/** Refuses a change that would leave nobody able to administer the installation. */
export function guardLastAdmin(db: Db, userId: number, patch: { role?: UserRole; disabled?: boolean }): void {
  const u = requireUser(db, userId);
  const losesAdmin = u.role === 'admin' && !u.disabled && ((patch.role && patch.role !== 'admin') || patch.disabled);
  if (losesAdmin && countActiveAdmins(db) <= 1)
    throw new ApiError(409, 'last_admin', 'This is the last active admin; make someone else admin first.', {
      params: {},
      field: 'role',
    });
}

export function createToken(db: Db, actor: Actor, name: string, scopes: TokenScope[], now: Date) {
  const allowed = grantableScopes[actor.user.role];
  const extra = scopes.filter((s) => !allowed.includes(s));
  if (extra.length)
    throw new ApiError(
      403,
      'forbidden',
      `A ${actor.user.role} account cannot grant ${extra.join(', ')}; allowed: ${allowed.join(', ')}.`,
      { params: { reason: 'grant_scopes', role: actor.user.role, scopes: extra, allowed }, field: 'scopes' },
    );
  const secret = newSecret('rc_');
  const token = insertToken(
    db,
    { userId: actor.user.id, name, hash: sha256(secret), prefix: secret.slice(0, 7), scopes: [...new Set(scopes)] },
    now,
  );
  return { ...token, token: secret };
}
