import type { Annotation } from '../../shared/annotations.js';
import type { Db } from './open.js';

/** SQL of annotations and what they are tied to (roles and KPIs by key; none = business-wide). */

interface AnnotationRow {
  id: number;
  title: string;
  note: string;
  start_day: string;
  end_day: string;
  created_by_id: number | null;
  created_by: string;
  created_at: string;
  updated_at: string | null;
}

export interface AnnotationFields {
  title: string;
  note: string;
  start: string;
  end: string;
  roles: string[];
  kpis: string[];
}

const SELECT = `SELECT a.id, a.title, a.note, a.start_day, a.end_day, a.created_by_id,
    COALESCE(u.name, a.created_by) AS created_by, a.created_at, a.updated_at
  FROM annotations a LEFT JOIN users u ON u.id = a.created_by_id`;

/** Rows with their ties, in the rows' order. */
function withLinks(db: Db, rows: AnnotationRow[]): Annotation[] {
  if (rows.length === 0) return [];
  const links = db
    .prepare(
      `SELECT annotation_id AS id, kind, key FROM annotation_links
       WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY key`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as Array<{ id: number; kind: 'role' | 'kpi'; key: string }>;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    note: r.note,
    start: r.start_day,
    end: r.end_day,
    roles: links.filter((l) => l.id === r.id && l.kind === 'role').map((l) => l.key),
    kpis: links.filter((l) => l.id === r.id && l.kind === 'kpi').map((l) => l.key),
    createdBy: { id: r.created_by_id, name: r.created_by },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

function writeLinks(db: Db, id: number, roles: readonly string[], kpis: readonly string[]) {
  db.prepare('DELETE FROM annotation_links WHERE annotation_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO annotation_links (annotation_id, kind, key) VALUES (?, ?, ?)');
  for (const r of roles) ins.run(id, 'role', r);
  for (const k of kpis) ins.run(id, 'kpi', k);
}

export function getAnnotation(db: Db, id: number): Annotation | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  return row && withLinks(db, [row])[0];
}

export function insertAnnotation(
  db: Db,
  a: AnnotationFields,
  by: { id: number | null; name: string },
  now: Date,
): Annotation {
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO annotations (title, note, start_day, end_day, created_by_id, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.title, a.note, a.start, a.end, by.id, by.name, now.toISOString());
    const id = Number(info.lastInsertRowid);
    writeLinks(db, id, a.roles, a.kpis);
    return getAnnotation(db, id) as Annotation;
  })();
}

export function updateAnnotation(db: Db, id: number, a: AnnotationFields, now: Date): Annotation {
  return db.transaction(() => {
    db.prepare(
      'UPDATE annotations SET title = ?, note = ?, start_day = ?, end_day = ?, updated_at = ? WHERE id = ?',
    ).run(a.title, a.note, a.start, a.end, now.toISOString(), id);
    writeLinks(db, id, a.roles, a.kpis);
    return getAnnotation(db, id) as Annotation;
  })();
}

export function deleteAnnotation(db: Db, id: number): void {
  db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
}

/**
 * Annotations overlapping `from..to`, oldest first. With `relevant`, only those tied to one of
 * its roles or KPIs, or tied to nothing (business-wide); without it, all of them.
 */
export function listAnnotations(
  db: Db,
  from: string,
  to: string,
  relevant?: { roles: readonly string[]; kpis: readonly string[] },
): Annotation[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE a.start_day <= @to AND a.end_day >= @from AND (@all = 1
         OR NOT EXISTS (SELECT 1 FROM annotation_links l WHERE l.annotation_id = a.id)
         OR EXISTS (SELECT 1 FROM annotation_links l WHERE l.annotation_id = a.id AND (
              (l.kind = 'role' AND l.key IN (SELECT value FROM json_each(@roles)))
           OR (l.kind = 'kpi' AND l.key IN (SELECT value FROM json_each(@kpis))))))
       ORDER BY a.start_day, a.end_day, a.id`,
    )
    .all({
      from,
      to,
      all: relevant ? 0 : 1,
      roles: JSON.stringify(relevant?.roles ?? []),
      kpis: JSON.stringify(relevant?.kpis ?? []),
    }) as AnnotationRow[];
  return withLinks(db, rows);
}
