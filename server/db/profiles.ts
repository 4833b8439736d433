import { type ImportProfile, profileSchema } from '../../shared/imports.js';
import type { Db } from './open.js';

export function saveProfile(db: Db, p: ImportProfile, signature: string | null, at: string): void {
  db.prepare(
    `INSERT INTO import_profiles (name, kind, signature, definition, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, signature = excluded.signature, definition = excluded.definition`,
  ).run(p.name, p.kind, signature, JSON.stringify(p), at);
}

const parse = (row: { definition: string } | undefined) =>
  row ? profileSchema.parse(JSON.parse(row.definition)) : undefined;

export function getProfile(db: Db, name: string): ImportProfile | undefined {
  return parse(db.prepare('SELECT definition FROM import_profiles WHERE name = ?').get(name) as { definition: string });
}

/** The most recent saved column profile for exactly this (normalised) header. */
export function findProfileBySignature(db: Db, signature: string): ImportProfile | undefined {
  return parse(
    db
      .prepare('SELECT definition FROM import_profiles WHERE signature = ? ORDER BY created_at DESC LIMIT 1')
      .get(signature) as { definition: string } | undefined,
  );
}

export function listProfiles(db: Db): ImportProfile[] {
  return (db.prepare('SELECT definition FROM import_profiles ORDER BY name').all() as Array<{ definition: string }>)
    .map((r) => parse(r))
    .filter((p): p is ImportProfile => p !== undefined);
}

export function deleteProfile(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM import_profiles WHERE name = ?').run(name).changes > 0;
}
