import type { User, UserRole } from '../../shared/auth.js';
import type { Locale } from '../../shared/locales.js';
import { ApiError } from '../http/errors.js';
import { getCatalog, requireRole } from './catalog.js';
import type { Db } from './open.js';

interface UserRow {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
  locale: Locale | null;
}

export interface UserRecord extends User {
  passwordHash: string;
}

function ownedRoles(db: Db, userId: number): string[] {
  return db
    .prepare(
      'SELECT r.key FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.sort_order, r.id',
    )
    .pluck()
    .all(userId) as string[];
}

function toRecord(db: Db, r: UserRow): UserRecord {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    owns: ownedRoles(db, r.id),
    disabled: r.disabled_at !== null,
    createdAt: r.created_at,
    locale: r.locale,
    passwordHash: r.password_hash,
  };
}

export function toUser({ passwordHash: _omit, ...u }: UserRecord): User {
  return u;
}

export function findUserByEmail(db: Db, email: string): UserRecord | undefined {
  const r = db.prepare('SELECT * FROM users WHERE email = ?').get(email.trim()) as UserRow | undefined;
  return r && toRecord(db, r);
}

export function findUserById(db: Db, id: number): UserRecord | undefined {
  const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return r && toRecord(db, r);
}

export function requireUser(db: Db, id: number): UserRecord {
  const u = findUserById(db, id);
  if (!u)
    throw new ApiError(404, 'not_found', `No user with id ${id}.`, {
      params: { what: 'user', key: String(id), suggestions: [] },
    });
  return u;
}

export function listUsers(db: Db): User[] {
  return (db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map((r) => toUser(toRecord(db, r)));
}

export function countUsers(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
}

function setOwnedRoles(db: Db, userId: number, owns: readonly string[]) {
  const snap = getCatalog(db);
  const ids = owns.map((k) => requireRole(snap, k).id);
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(userId);
  const ins = db.prepare('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)');
  for (const id of ids) ins.run(userId, id);
}

export function insertUser(
  db: Db,
  u: { email: string; name: string; role: UserRole; owns: readonly string[]; passwordHash: string },
  now: Date,
): User {
  if (findUserByEmail(db, u.email))
    throw new ApiError(409, 'already_exists', `A user with email ${u.email} already exists.`, {
      params: { what: 'user', key: u.email },
      field: 'email',
    });
  return db.transaction(() => {
    const info = db
      .prepare('INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(u.email.trim(), u.name, u.role, u.passwordHash, now.toISOString());
    const id = Number(info.lastInsertRowid);
    setOwnedRoles(db, id, u.owns);
    return toUser(requireUser(db, id));
  })();
}

export function updateUser(
  db: Db,
  id: number,
  patch: { name?: string; role?: UserRole; owns?: readonly string[]; disabled?: boolean },
  now: Date,
): User {
  const current = requireUser(db, id);
  return db.transaction(() => {
    db.prepare('UPDATE users SET name = ?, role = ? WHERE id = ?').run(
      patch.name ?? current.name,
      patch.role ?? current.role,
      id,
    );
    if (patch.disabled !== undefined) {
      db.prepare(
        'UPDATE users SET disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) ELSE NULL END WHERE id = ?',
      ).run(patch.disabled ? 1 : 0, now.toISOString(), id);
      // A disabled account loses its sessions at once, not at their expiry.
      if (patch.disabled) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
    }
    if (patch.owns) setOwnedRoles(db, id, patch.owns);
    return toUser(requireUser(db, id));
  })();
}

export function setPasswordHash(db: Db, id: number, hash: string): void {
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, id);
}

export function countActiveAdmins(db: Db): number {
  return db.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL").pluck().get() as number;
}

/** A person's UI language (null: follow the browser). */
export function setUserLocale(db: Db, id: number, locale: Locale | null): void {
  db.prepare('UPDATE users SET locale = ? WHERE id = ?').run(locale, id);
}
