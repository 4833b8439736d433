import type { Db } from './open.js';

export interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export function insertSession(db: Db, s: SessionRow): void {
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (@token_hash, @user_id, @created_at, @last_seen_at, @expires_at)',
  ).run(s);
}

export function findSession(db: Db, tokenHash: string): SessionRow | undefined {
  return db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as SessionRow | undefined;
}

export function touchSession(db: Db, tokenHash: string, at: string): void {
  db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash);
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

export function deleteUserSessions(db: Db, userId: number, except?: string): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash != ?').run(userId, except ?? '');
}

export function pruneSessions(db: Db, idleBefore: string, now: string): void {
  db.prepare('DELETE FROM sessions WHERE last_seen_at < ? OR expires_at < ?').run(idleBefore, now);
}
