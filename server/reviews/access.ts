import type { Context } from 'hono';
import { rolesTouched } from '../../shared/annotations.js';
import { getAnnotation } from '../db/annotations.js';
import { getCatalog } from '../db/catalog.js';
import { getNote } from '../db/reviews.js';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../http/errors.js';

/**
 * Which business roles a notes or annotations write touches, for the permission table's owner
 * rule (server/auth/permissions.ts): an owner may act only when every role touched is theirs.
 * These run before validation, so they read the raw body defensively; the route validates it.
 */

const body = async (c: Context<AppEnv>) => ((await c.req.json().catch(() => null)) ?? {}) as Record<string, unknown>;
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** The numeric id at the end of the path (the middleware runs before the route's params exist). */
const idInPath = (c: Context<AppEnv>) => Number(/\/(\d+)$/.exec(c.req.path)?.[1] ?? Number.NaN);

const roleOfKpi = (c: Context<AppEnv>) => {
  const snap = getCatalog(c.var.deps.db);
  return (k: string) => snap.kpiByKey.get(k)?.role;
};

/** A new note: the role named in the body. */
export async function roleOfNewNote(c: Context<AppEnv>): Promise<string[]> {
  const role = (await body(c)).role;
  return typeof role === 'string' ? [role] : [];
}

/** An existing note: its role. */
export async function roleOfNote(c: Context<AppEnv>): Promise<string[]> {
  const note = getNote(c.var.deps.db, idInPath(c));
  if (!note)
    throw new ApiError(404, 'not_found', `No note with id ${idInPath(c)}; it may have been deleted.`, {
      params: { what: 'note', key: String(idInPath(c)), suggestions: [] },
    });
  return [note.role];
}

/** A new annotation: its roles and its KPIs' roles (untied = the whole business). */
export async function rolesOfNewAnnotation(c: Context<AppEnv>): Promise<string[]> {
  const b = await body(c);
  return rolesTouched({ roles: strings(b.roles), kpis: strings(b.kpis) }, roleOfKpi(c));
}

/** An existing annotation (delete), and for an edit also the ties the body gives it. */
export async function rolesOfAnnotation(c: Context<AppEnv>): Promise<string[]> {
  const a = getAnnotation(c.var.deps.db, idInPath(c));
  if (!a)
    throw new ApiError(404, 'not_found', `No annotation with id ${idInPath(c)}; it may have been deleted.`, {
      params: { what: 'annotation', key: String(idInPath(c)), suggestions: [] },
    });
  const before = rolesTouched(a, roleOfKpi(c));
  if (c.req.method !== 'PATCH') return before;
  const b = await body(c);
  if (!('roles' in b) && !('kpis' in b)) return before;
  const after = rolesTouched(
    { roles: 'roles' in b ? strings(b.roles) : a.roles, kpis: 'kpis' in b ? strings(b.kpis) : a.kpis },
    roleOfKpi(c),
  );
  return [...new Set([...before, ...after])];
}

/** The signed-in person making a request (the permission table has already required one). */
export function signedInUser(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!actor) throw new ApiError(401, 'sign_in_required', 'Sign in to continue.');
  return actor.user;
}
