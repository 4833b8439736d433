import type { Annotation, AnnotationQuery } from '../../shared/annotations.js';
import type { User } from '../../shared/auth.js';
import {
  type AnnotationFields,
  deleteAnnotation,
  getAnnotation,
  insertAnnotation,
  listAnnotations,
  updateAnnotation,
} from '../db/annotations.js';
import { type CatalogSnapshot, getCatalog, requireKpi, requireRole, unknownRef } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';

/** Checks every role and KPI key (422 naming the item) and drops repeats. */
function checkTies(snap: CatalogSnapshot, a: AnnotationFields): AnnotationFields {
  a.roles.forEach((r, i) => {
    if (!snap.roleByKey.has(r)) throw unknownRef(`roles.${i}`, 'role', r, snap.roleByKey.keys());
  });
  a.kpis.forEach((k, i) => {
    if (!snap.kpiByKey.has(k)) throw unknownRef(`kpis.${i}`, 'kpi', k, snap.kpiByKey.keys());
  });
  return { ...a, roles: [...new Set(a.roles)], kpis: [...new Set(a.kpis)] };
}

export function createAnnotation(
  db: Db,
  input: Omit<AnnotationFields, 'end'> & { end?: string },
  by: User,
  now: Date,
): Annotation {
  const fields = checkTies(getCatalog(db), { ...input, end: input.end ?? input.start });
  return insertAnnotation(db, fields, by, now);
}

/**
 * The annotation a person wants to change. Admins and owners reach here already checked by
 * the permission table (owners: only annotations tied exclusively to their roles); analysts
 * may change only the annotations they created.
 */
export function annotationToChange(db: Db, id: number, by: User): Annotation {
  const a = getAnnotation(db, id);
  if (!a)
    throw new ApiError(404, 'not_found', `No annotation with id ${id}; it may have been deleted.`, {
      params: { what: 'annotation', key: String(id), suggestions: [] },
    });
  if (by.role === 'analyst' && a.createdBy.id !== by.id)
    throw new ApiError(
      403,
      'forbidden',
      `Analysts may change only the annotations they added; this one is by ${a.createdBy.name}.`,
      { params: { reason: 'analyst_annotation', author: a.createdBy.name } },
    );
  return a;
}

export function changeAnnotation(db: Db, current: Annotation, patch: Partial<AnnotationFields>, now: Date): Annotation {
  const next = { ...current, ...patch };
  if (next.end < next.start)
    throw new ApiError(
      422,
      'invalid_range',
      `end: ${next.end} is before the first day ${next.start}; send both days to move the event.`,
      { params: { from: next.start, to: next.end }, field: 'end' },
    );
  return updateAnnotation(db, current.id, checkTies(getCatalog(db), next), now);
}

export const removeAnnotation = (db: Db, a: Annotation) => deleteAnnotation(db, a.id);

/**
 * Annotations for a chart or a list: those overlapping the dates and tied to the KPI, to its
 * role (or the role asked for), or to nothing. With a role alone, also those tied to any KPI of
 * the role; with neither, every annotation in the range.
 */
export function findAnnotations(db: Db, q: AnnotationQuery): Annotation[] {
  const snap = getCatalog(db);
  const from = q.from ?? '0000-01-01';
  const to = q.to ?? '9999-12-31';
  if (!q.kpi && !q.role) return listAnnotations(db, from, to);
  const kpi = q.kpi ? requireKpi(snap, q.kpi) : undefined;
  const role = q.role ? requireRole(snap, q.role) : undefined;
  const roles = [...new Set([...(role ? [role.key] : []), ...(kpi ? [kpi.role] : [])])];
  const kpis = kpi ? [kpi.key] : snap.kpis.filter((k) => k.roleId === role?.id).map((k) => k.key);
  return listAnnotations(db, from, to, { roles, kpis });
}
