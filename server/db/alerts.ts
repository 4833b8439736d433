import type { AlertKind } from '../../shared/alerts.js';
import type { Db } from './open.js';

/** Recorded alerts. An alert is never edited: it keeps the numbers it was raised with. */

export interface NewAlert {
  kind: AlertKind;
  dedupeKey: string;
  kpiKey: string | null;
  measureKey: string | null;
  week: string;
  roles: string[];
  facts: unknown;
  text: string;
  link: string;
}

export interface AlertRow {
  id: number;
  kind: AlertKind;
  kpiKey: string | null;
  measureKey: string | null;
  week: string;
  /** JSON array of role keys. */
  roles: string;
  /** JSON, parsed with alertFactsSchema. */
  facts: string;
  text: string;
  link: string;
  createdAt: string;
}

const COLUMNS = `id, kind, kpi_key AS kpiKey, measure_key AS measureKey, week, roles, facts, text, link,
  created_at AS createdAt`;

/** Records an alert unless one with its dedupe key exists; returns the new id, or null. */
export function insertAlert(db: Db, a: NewAlert, at: Date): number | null {
  const r = db
    .prepare(
      `INSERT OR IGNORE INTO alerts (kind, dedupe_key, kpi_key, measure_key, week, roles, facts, text, link, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.kind,
      a.dedupeKey,
      a.kpiKey,
      a.measureKey,
      a.week,
      JSON.stringify(a.roles),
      JSON.stringify(a.facts),
      a.text,
      a.link,
      at.toISOString(),
    );
  return r.changes === 1 ? Number(r.lastInsertRowid) : null;
}

export interface AlertFilter {
  since?: string;
  role?: string;
  kind?: AlertKind;
  week?: string;
  limit: number;
}

/** Newest first. Role: the alert was routed to it (its `roles` JSON array holds the key). */
export function listAlerts(db: Db, f: AlertFilter): AlertRow[] {
  const conditions = {
    since: 'created_at >= @since',
    kind: 'kind = @kind',
    week: 'week = @week',
    role: 'EXISTS (SELECT 1 FROM json_each(alerts.roles) WHERE value = @role)',
  } as const;
  const used = (Object.keys(conditions) as Array<keyof typeof conditions>).filter((k) => f[k] !== undefined);
  const params = Object.fromEntries([['limit', f.limit], ...used.map((k) => [k, f[k]])]);
  const where = used.length ? `WHERE ${used.map((k) => conditions[k]).join(' AND ')}` : '';
  return db
    .prepare(`SELECT ${COLUMNS} FROM alerts ${where} ORDER BY created_at DESC, id DESC LIMIT @limit`)
    .all(params) as AlertRow[];
}

export function getAlert(db: Db, id: number): AlertRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM alerts WHERE id = ?`).get(id) as AlertRow | undefined;
}
