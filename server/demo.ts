import { demoPlan, demoStores, generateDemoValues } from '../fixtures/demo.js';
import { addDays, type WeekStart, weekOf } from '../shared/period.js';
import { createSegment, getCatalog } from './db/catalog.js';
import { isEmpty } from './db/emptiness.js';
import type { Db } from './db/open.js';
import { setTarget } from './db/targets.js';
import { ingest } from './ingest/core.js';
import { getSeries } from './kpi/series.js';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Rounds a target to something a person would type (3 significant digits). */
const tidy = (v: number) => Number(v.toPrecision(3));

/**
 * Loads the demo dataset into an empty database: stores, 60 weeks of values and a target for
 * every KPI (set from the early weeks, with a revision ten weeks ago for history). Refuses
 * a database that already holds data.
 */
export function loadDemo(db: Db, today: string, weekStart: WeekStart, now: Date): { values: number; targets: number } {
  if (!isEmpty(db)) throw new Error('refusing to load demo data into a database that already holds data');
  const plan = demoPlan(today);
  return db.transaction(() => {
    for (const s of demoStores) if (!getCatalog(db).segmentByKey.has(s.segment.key)) createSegment(db, s.segment);
    const items = generateDemoValues(today).map((v) => ({
      measure: v.measure,
      date: v.date,
      value: v.value,
      ...(v.segment === 'business' ? {} : { segment: v.segment }),
    }));
    const result = ingest(db, { mode: 'set', items }, { kind: 'demo', id: 'demo' }, now);

    const firstWeek = weekOf(plan.from, weekStart);
    const revision = weekOf(addDays(plan.incidentWeek.start, -7 * 10), weekStart);
    let targets = 0;
    for (const k of getCatalog(db).kpis) {
      const series = getSeries(db, k.key, {
        grain: 'week',
        from: firstWeek.start,
        to: addDays(firstWeek.start, 7 * 20 - 1),
        weekStart,
      });
      const values = series.points.flatMap((p) => (p.value === null ? [] : [p.value]));
      if (!values.length) continue;
      // Targets a little easier than the early median: most weeks green, the incident red.
      const good = k.direction === 'higher' ? 0.98 : 1.02;
      const base = median(values) * good;
      const cap = (v: number) => (k.valueMax !== null ? Math.min(v, k.valueMax) : v);
      const value = tidy(cap(base));
      setTarget(
        db,
        { kpi: k.key, value, band: tidy(Math.abs(value) * 0.08), effectiveFrom: firstWeek.label, segment: null },
        weekStart,
        now,
      );
      targets++;
      if (k.kind === 'sum') {
        // Volume goals are revised as the business grows.
        const recent = getSeries(db, k.key, {
          grain: 'week',
          from: addDays(revision.start, -7 * 8),
          to: addDays(revision.start, -1),
          weekStart,
        });
        const rv = recent.points.flatMap((p) => (p.value === null ? [] : [p.value]));
        if (rv.length) {
          const v = tidy(median(rv) * good);
          setTarget(
            db,
            { kpi: k.key, value: v, band: tidy(Math.abs(v) * 0.08), effectiveFrom: revision.label, segment: null },
            weekStart,
            now,
          );
          targets++;
        }
      }
    }
    return { values: result.inserted, targets };
  })();
}
