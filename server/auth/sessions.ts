import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { deleteSession, findSession, insertSession, pruneSessions, touchSession } from '../db/sessions.js';
import { findUserById, type UserRecord } from '../db/users.js';
import { tryWrite } from '../db/writeGate.js';
import { newSecret, sha256 } from './tokens.js';

export const SESSION_COOKIE = 'rolecard_session';
const HOUR = 3_600_000;

/** Starts a session: a fresh random id every sign-in (never reused: rotation by construction). */
export function startSession(db: Db, userId: number, config: Config, now: Date): string {
  const token = newSecret();
  const at = now.toISOString();
  pruneSessions(db, new Date(now.getTime() - config.sessionIdleHours * HOUR).toISOString(), at);
  insertSession(db, {
    token_hash: sha256(token),
    user_id: userId,
    created_at: at,
    last_seen_at: at,
    expires_at: new Date(now.getTime() + config.sessionMaxDays * 24 * HOUR).toISOString(),
  });
  return token;
}

/**
 * The user behind a session cookie, or null when it is unknown, idle too long, past its
 * absolute expiry, or its user is disabled. An expired session is deleted on sight.
 */
export function userForSession(db: Db, token: string, config: Config, now: Date): UserRecord | null {
  const hash = sha256(token);
  const s = findSession(db, hash);
  if (!s) return null;
  const idleLimit = new Date(s.last_seen_at).getTime() + config.sessionIdleHours * HOUR;
  if (now.getTime() > idleLimit || now.toISOString() > s.expires_at) {
    deleteSession(db, hash);
    return null;
  }
  const user = findUserById(db, s.user_id);
  if (!user || user.disabled) return null;
  // Only write when a minute has passed, so reads stay reads. Never waits for the write lock:
  // while an import holds it the touch is skipped (the next request does it), so a read is
  // neither frozen nor refused by the import.
  if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000)
    tryWrite(db, () => touchSession(db, hash, now.toISOString()));
  return user;
}

export function endSession(db: Db, token: string): void {
  deleteSession(db, sha256(token));
}
