import type { ApiToken, TokenScope } from '../../shared/auth.js';
import { ApiError } from '../http/errors.js';
import type { Db } from './open.js';

interface TokenRow {
  id: number;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: JSON.parse(r.scopes) as TokenScope[],
  userId: r.user_id,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function insertToken(
  db: Db,
  t: { userId: number; name: string; hash: string; prefix: string; scopes: TokenScope[] },
  now: Date,
): ApiToken {
  const info = db
    .prepare('INSERT INTO api_tokens (user_id, name, token_hash, prefix, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(t.userId, t.name, t.hash, t.prefix, JSON.stringify(t.scopes), now.toISOString());
  return requireToken(db, Number(info.lastInsertRowid));
}

export function requireToken(db: Db, id: number): ApiToken {
  const r = db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(id) as TokenRow | undefined;
  if (!r)
    throw new ApiError(404, 'not_found', `No API token with id ${id}.`, {
      params: { what: 'token', key: String(id), suggestions: [] },
    });
  return toToken(r);
}

export function findActiveTokenByHash(db: Db, hash: string): ApiToken | undefined {
  const r = db.prepare('SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(hash) as
    | TokenRow
    | undefined;
  return r && toToken(r);
}

export function listTokens(db: Db, userId?: number): ApiToken[] {
  const rows =
    userId === undefined
      ? db.prepare('SELECT * FROM api_tokens ORDER BY id').all()
      : db.prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id').all(userId);
  return (rows as TokenRow[]).map(toToken);
}

export function markTokenUsed(db: Db, id: number, at: string): void {
  db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
}

export function revokeToken(db: Db, id: number, at: string): ApiToken {
  db.prepare('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, id);
  return requireToken(db, id);
}
