import type { Catalog, Formula, KpiDef, MeasureDef, RoleDef } from '../../shared/catalog.js';
import type { Kpi, Measure, Role, Segment } from '../../shared/schemas.js';
import { suggest } from '../../shared/suggest.js';
import { ApiError, type CatalogThing, notFound, quotedOr, thingName } from '../http/errors.js';
import type { Db } from './open.js';

export interface MeasureRow extends MeasureDef {
  id: number;
}
export interface KpiRow extends KpiDef {
  id: number;
  roleId: number;
  numeratorId: number;
  denominatorId: number | null;
  kind: 'sum' | 'ratio';
  scale: number;
}
export interface RoleRow extends RoleDef {
  id: number;
}
export interface SegmentRow extends Segment {
  id: number;
}

/** The catalog as lookup maps; cached per connection and rebuilt after every catalog write. */
export interface CatalogSnapshot {
  roles: RoleRow[];
  measures: MeasureRow[];
  kpis: KpiRow[];
  segments: SegmentRow[];
  measureByKey: Map<string, MeasureRow>;
  measureById: Map<number, MeasureRow>;
  kpiByKey: Map<string, KpiRow>;
  roleByKey: Map<string, RoleRow>;
  segmentByKey: Map<string, SegmentRow>;
  segmentById: Map<number, SegmentRow>;
}

export const BUSINESS_SEGMENT_ID = 1;

const cache = new WeakMap<Db, CatalogSnapshot>();

interface RawKpi {
  id: number;
  key: string;
  name: string;
  description: string;
  unit: KpiDef['unit'];
  direction: KpiDef['direction'];
  kind: 'sum' | 'ratio';
  numerator_id: number;
  denominator_id: number | null;
  scale: number;
  role_id: number;
  value_min: number | null;
  value_max: number | null;
}

export function getCatalog(db: Db): CatalogSnapshot {
  const hit = cache.get(db);
  if (hit) return hit;
  const roles = db.prepare('SELECT id, key, name, description FROM roles ORDER BY sort_order, id').all() as RoleRow[];
  const measures = (
    db.prepare('SELECT id, key, name, description, unit, non_negative FROM measures ORDER BY id').all() as Array<
      Omit<MeasureRow, 'nonNegative'> & { non_negative: number }
    >
  ).map(({ non_negative, ...m }) => ({ ...m, nonNegative: non_negative === 1 }));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const kpis = (db.prepare('SELECT * FROM kpis ORDER BY sort_order, id').all() as RawKpi[]).map((k): KpiRow => {
    const num = measureById.get(k.numerator_id)?.key ?? '';
    const formula: Formula =
      k.kind === 'sum'
        ? { kind: 'sum', measure: num }
        : {
            kind: 'ratio',
            numerator: num,
            denominator: measureById.get(k.denominator_id ?? -1)?.key ?? '',
            scale: k.scale,
          };
    return {
      id: k.id,
      key: k.key,
      name: k.name,
      description: k.description,
      unit: k.unit,
      direction: k.direction,
      formula,
      role: roleById.get(k.role_id)?.key ?? '',
      roleId: k.role_id,
      numeratorId: k.numerator_id,
      denominatorId: k.denominator_id,
      kind: k.kind,
      scale: k.scale,
      valueMin: k.value_min,
      valueMax: k.value_max,
    };
  });
  const segments = db.prepare('SELECT id, key, name, kind FROM segments ORDER BY id').all() as SegmentRow[];
  const snap: CatalogSnapshot = {
    roles,
    measures,
    kpis,
    segments,
    measureByKey: new Map(measures.map((m) => [m.key, m])),
    measureById,
    kpiByKey: new Map(kpis.map((k) => [k.key, k])),
    roleByKey: new Map(roles.map((r) => [r.key, r])),
    segmentByKey: new Map(segments.map((s) => [s.key, s])),
    segmentById: new Map(segments.map((s) => [s.id, s])),
  };
  cache.set(db, snap);
  return snap;
}

function invalidate(db: Db) {
  cache.delete(db);
}

// ---------- lookups that fail with helpful errors ----------

/** Looks a key up in one of the snapshot's maps; a miss is a 404 with near-match suggestions. */
function lookup<T>(map: Map<string, T>, what: CatalogThing, key: string): T {
  const hit = map.get(key);
  if (!hit) throw notFound(what, key, suggest(key, map.keys()));
  return hit;
}

export const requireRole = (snap: CatalogSnapshot, key: string) => lookup(snap.roleByKey, 'role', key);
export const requireKpi = (snap: CatalogSnapshot, key: string) => lookup(snap.kpiByKey, 'kpi', key);
export const requireMeasure = (snap: CatalogSnapshot, key: string) => lookup(snap.measureByKey, 'measure', key);
export const requireSegment = (snap: CatalogSnapshot, key: string) => lookup(snap.segmentByKey, 'segment', key);

/** A reference inside a request body that names nothing: 422, not 404 (the URL was fine). */
export function unknownRef(
  field: string,
  what: CatalogThing,
  key: string,
  candidates: Iterable<string>,
  /** For a KPI that must belong to this role (by name). */
  ofRole?: string,
): ApiError {
  const suggestions = suggest(key, candidates);
  const thing = ofRole === undefined ? thingName[what] : `${thingName[what]} of ${ofRole}`;
  const params =
    ofRole === undefined
      ? { field, what, key, suggestions }
      : { field, what: 'role_kpi' as const, key, suggestions, role: ofRole };
  return new ApiError(
    422,
    'unknown_reference',
    `${field}: no ${thing} "${key}".${suggestions.length ? ` Did you mean ${quotedOr(suggestions)}?` : ''}`,
    { params, field, suggestions },
  );
}

// ---------- views for the API ----------

export function listRoles(db: Db): Role[] {
  const snap = getCatalog(db);
  return snap.roles.map(({ key, name, description, id }) => ({
    key,
    name,
    description,
    kpiCount: snap.kpis.filter((k) => k.roleId === id).length,
  }));
}

export function listMeasures(db: Db): Measure[] {
  const withData = new Set(db.prepare('SELECT DISTINCT measure_id FROM measure_values').pluck().all() as number[]);
  return getCatalog(db).measures.map(({ id, ...m }) => ({ ...m, hasData: withData.has(id) }));
}

export function toKpi(k: KpiRow): Kpi {
  const { key, name, description, unit, direction, formula, role, valueMin, valueMax } = k;
  return { key, name, description, unit, direction, formula, role, valueMin, valueMax };
}

export function listKpis(db: Db): Kpi[] {
  return getCatalog(db).kpis.map(toKpi);
}

export function listSegments(db: Db): Segment[] {
  return getCatalog(db).segments.map(({ key, name, kind }) => ({ key, name, kind }));
}

// ---------- writes ----------

function conflictIfExists(exists: boolean, what: CatalogThing, key: string) {
  if (exists)
    throw new ApiError(
      409,
      'already_exists',
      `A ${thingName[what]} with key "${key}" already exists; choose another key.`,
      {
        params: { what, key },
      },
    );
}

export function createRole(db: Db, role: RoleDef): Role {
  const snap = getCatalog(db);
  conflictIfExists(snap.roleByKey.has(role.key), 'role', role.key);
  db.prepare(
    'INSERT INTO roles (key, name, description, sort_order) VALUES (?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM roles))',
  ).run(role.key, role.name, role.description);
  invalidate(db);
  return { ...role, kpiCount: 0 };
}

export function updateRole(db: Db, key: string, patch: { name?: string; description?: string }): Role {
  const r = requireRole(getCatalog(db), key);
  db.prepare('UPDATE roles SET name = ?, description = ? WHERE id = ?').run(
    patch.name ?? r.name,
    patch.description ?? r.description,
    r.id,
  );
  invalidate(db);
  const out = listRoles(db).find((x) => x.key === key);
  if (!out) throw new ApiError(500, 'internal', 'role vanished after update');
  return out;
}

export function deleteRole(db: Db, key: string): void {
  const snap = getCatalog(db);
  const r = requireRole(snap, key);
  const owned = snap.kpis.filter((k) => k.roleId === r.id).map((k) => k.key);
  if (owned.length)
    throw new ApiError(
      409,
      'in_use',
      `Role "${key}" still owns ${owned.length} KPI(s): ${owned.join(', ')}. Move them to another role first.`,
      { params: { what: 'role', key, kpis: owned, count: owned.length }, kpis: owned },
    );
  db.prepare('DELETE FROM roles WHERE id = ?').run(r.id);
  invalidate(db);
}

export function createMeasure(db: Db, m: MeasureDef): Measure {
  conflictIfExists(getCatalog(db).measureByKey.has(m.key), 'measure', m.key);
  db.prepare('INSERT INTO measures (key, name, description, unit, non_negative) VALUES (?, ?, ?, ?, ?)').run(
    m.key,
    m.name,
    m.description,
    m.unit,
    m.nonNegative ? 1 : 0,
  );
  invalidate(db);
  return { ...m, hasData: false };
}

export function deleteMeasure(db: Db, key: string): void {
  const snap = getCatalog(db);
  const m = requireMeasure(snap, key);
  const count = db.prepare('SELECT COUNT(*) FROM measure_values WHERE measure_id = ?').pluck().get(m.id) as number;
  if (count > 0)
    throw new ApiError(409, 'has_data', `Measure "${key}" has ${count} stored value(s); it cannot be deleted.`, {
      params: { what: 'measure', key, count },
      values: count,
    });
  const users = snap.kpis.filter((k) => k.numeratorId === m.id || k.denominatorId === m.id).map((k) => k.key);
  if (users.length)
    throw new ApiError(
      409,
      'in_use',
      `Measure "${key}" is used by KPI(s) ${users.join(', ')}; change or delete them first.`,
      { params: { what: 'measure', key, kpis: users, count: users.length }, kpis: users },
    );
  db.prepare('DELETE FROM measures WHERE id = ?').run(m.id);
  invalidate(db);
}

function resolveFormula(snap: CatalogSnapshot, f: Formula) {
  const measures = snap.measureByKey.keys();
  const num = snap.measureByKey.get(f.kind === 'sum' ? f.measure : f.numerator);
  const numField = f.kind === 'sum' ? 'formula.measure' : 'formula.numerator';
  const numKey = f.kind === 'sum' ? f.measure : f.numerator;
  if (!num) throw unknownRef(numField, 'measure', numKey, measures);
  if (f.kind === 'sum') return { kind: 'sum' as const, numeratorId: num.id, denominatorId: null, scale: 1 };
  const den = snap.measureByKey.get(f.denominator);
  if (!den) throw unknownRef('formula.denominator', 'measure', f.denominator, snap.measureByKey.keys());
  return { kind: 'ratio' as const, numeratorId: num.id, denominatorId: den.id, scale: f.scale };
}

export function createKpi(db: Db, k: KpiDef): Kpi {
  const snap = getCatalog(db);
  conflictIfExists(snap.kpiByKey.has(k.key), 'kpi', k.key);
  const role = snap.roleByKey.get(k.role);
  if (!role) throw unknownRef('role', 'role', k.role, snap.roleByKey.keys());
  const f = resolveFormula(snap, k.formula);
  db.prepare(
    `INSERT INTO kpis (key, name, description, unit, direction, kind, numerator_id, denominator_id, scale, role_id, value_min, value_max, sort_order)
     VALUES (@key, @name, @description, @unit, @direction, @kind, @numeratorId, @denominatorId, @scale, @roleId, @valueMin, @valueMax,
             (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM kpis))`,
  ).run({ ...k, ...f, roleId: role.id });
  invalidate(db);
  return toKpi(requireKpi(getCatalog(db), k.key));
}

export function updateKpi(db: Db, key: string, patch: Partial<Omit<KpiDef, 'key'>>): Kpi {
  const snap = getCatalog(db);
  const current = requireKpi(snap, key);
  const next = { ...toKpi(current), ...patch };
  const role = snap.roleByKey.get(next.role);
  if (!role) throw unknownRef('role', 'role', next.role, snap.roleByKey.keys());
  const f = resolveFormula(snap, next.formula);
  db.prepare(
    `UPDATE kpis SET name = @name, description = @description, unit = @unit, direction = @direction, kind = @kind,
       numerator_id = @numeratorId, denominator_id = @denominatorId, scale = @scale, role_id = @roleId,
       value_min = @valueMin, value_max = @valueMax WHERE id = @id`,
  ).run({ ...next, ...f, roleId: role.id, id: current.id });
  invalidate(db);
  return toKpi(requireKpi(getCatalog(db), key));
}

export function deleteKpi(db: Db, key: string): void {
  const k = requireKpi(getCatalog(db), key);
  const targets = db.prepare('SELECT COUNT(*) FROM targets WHERE kpi_id = ?').pluck().get(k.id) as number;
  if (targets > 0)
    throw new ApiError(409, 'has_data', `KPI "${key}" has ${targets} target(s) on record; it cannot be deleted.`, {
      params: { what: 'kpi', key, count: targets },
      targets,
    });
  db.prepare('DELETE FROM kpis WHERE id = ?').run(k.id);
  invalidate(db);
}

export function createSegment(db: Db, s: Segment): Segment {
  conflictIfExists(getCatalog(db).segmentByKey.has(s.key), 'segment', s.key);
  db.prepare('INSERT INTO segments (key, name, kind) VALUES (?, ?, ?)').run(s.key, s.name, s.kind);
  invalidate(db);
  return s;
}

export function deleteSegment(db: Db, key: string): void {
  const s = requireSegment(getCatalog(db), key);
  if (s.id === BUSINESS_SEGMENT_ID)
    throw new ApiError(409, 'in_use', 'The "business" segment holds business-wide values and cannot be deleted.', {
      params: { what: 'segment', key, kpis: [], count: 0 },
    });
  const count = db.prepare('SELECT COUNT(*) FROM measure_values WHERE segment_id = ?').pluck().get(s.id) as number;
  if (count > 0)
    throw new ApiError(409, 'has_data', `Segment "${key}" has ${count} stored value(s); it cannot be deleted.`, {
      params: { what: 'segment', key, count },
      values: count,
    });
  db.prepare('DELETE FROM targets WHERE segment_id = ?').run(s.id);
  db.prepare('DELETE FROM segments WHERE id = ?').run(s.id);
  invalidate(db);
}

/** Writes the default catalog once, on first start; later edits are never overwritten. */
export function seedCatalog(db: Db, catalog: Catalog): boolean {
  const seeded = db.prepare("SELECT value FROM settings WHERE key = 'catalog_seeded'").pluck().get();
  if (seeded) return false;
  db.transaction(() => {
    catalog.roles.forEach((r, i) => {
      db.prepare('INSERT INTO roles (key, name, description, sort_order) VALUES (?, ?, ?, ?)').run(
        r.key,
        r.name,
        r.description,
        i,
      );
    });
    invalidate(db);
    for (const m of catalog.measures) createMeasure(db, m);
    for (const k of catalog.kpis) createKpi(db, k);
    db.prepare("INSERT INTO settings (key, value) VALUES ('catalog_seeded', ?)").run(new Date().toISOString());
  })();
  invalidate(db);
  return true;
}
