import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { noise, seededRandom } from '../fixtures/random.js';
import { seedCatalog } from '../server/db/catalog.js';
import { migrate } from '../server/db/migrate.js';
import { type Db, openDb } from '../server/db/open.js';
import { defaultCatalog } from '../shared/catalog.js';
import { addDays, toEpochDay, weekOf } from '../shared/period.js';

/**
 * Scale generator: a database with the full default catalog, daily values for N years and M
 * store segments, and targets. Deterministic: the same arguments give the same values on any
 * machine (seeded PRNG, fixed end date, fixed provenance timestamps).
 *
 * Layout: the nine business-wide measures (budget, uptime, content, stock) live on the
 * `business` segment, as in the demo data; every store gets the 34 store measures plus
 * `extraMeasures` organisation-defined measures that no KPI reads. The default catalog alone
 * gives 3 y × 20 stores ≈ 0.75 M values; the issue sizes that case at ≈ 1.9 M, which is what
 * 52 extra measures per store add up to (an organisation tracking per-channel breakdowns).
 * Extra measures only make the tables and indexes bigger, the harder case for reads.
 */

/** Bump when the generated content changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_END = '2026-11-22';
export const DEFAULT_EXTRA_MEASURES = 52;
const WRITTEN_AT = '2026-01-01T00:00:00.000Z';

export interface GenerateOptions {
  years: number;
  segments: number;
  extraMeasures?: number;
  /** Last day with data (a Sunday, so the last week is complete). */
  end?: string;
}

export interface GenerateResult {
  path: string;
  values: number;
  targets: number;
  from: string;
  to: string;
  ms: number;
  cached: boolean;
}

const WEEKDAY = [1.05, 1.0, 0.98, 0.97, 0.92, 0.85, 1.1]; // Monday..Sunday

function season(dayOfYear: number): number {
  return (
    1 +
    0.45 * Math.exp(-(((dayOfYear - 331) / 5) ** 2)) +
    0.2 * Math.exp(-(((dayOfYear - 345) / 9) ** 2)) -
    0.12 * Math.exp(-(((dayOfYear - 222) / 14) ** 2))
  );
}

const round = (v: number) => Math.max(0, Math.round(v));
const cents = (v: number) => Math.round(v * 100) / 100;

interface Store {
  sessions: number;
  conversion: number;
  aov: number;
  cac: number;
  frt: number;
}

/** One store-day of the 34 store measures, in a fixed key order. */
function storeDay(rand: () => number, s: Store, factor: number): Array<[string, number]> {
  const sessions = round(s.sessions * factor * noise(rand, 0.06));
  const orders = round(sessions * s.conversion * noise(rand, 0.08));
  const newCustomers = round(orders * 0.42 * noise(rand, 0.1));
  const marketingSpend = cents(newCustomers * s.cac * noise(rand, 0.08));
  const carts = round(orders / (0.3 * noise(rand, 0.05)));
  const customers = round(orders * 0.93);
  const adSpend = cents(marketingSpend * 0.7);
  const tickets = round(orders * 0.12 * noise(rand, 0.12));
  const responded = round(tickets * 0.97);
  const resolved = round(tickets * 0.92 * noise(rand, 0.04));
  const csatResponses = round(resolved * 0.3);
  const addToCarts = round(carts * 1.4);
  const landing = round(sessions * 0.35);
  const feedback = round(orders * 0.05 * noise(rand, 0.2));
  return [
    ['sessions', sessions],
    ['orders', orders],
    ['net_revenue', cents(orders * s.aov * noise(rand, 0.06))],
    ['new_customers', newCustomers],
    ['marketing_spend', marketingSpend],
    ['returned_orders', round(orders * 0.085 * noise(rand, 0.15))],
    ['carts_created', carts],
    ['abandoned_carts', Math.max(0, carts - orders)],
    ['ad_spend', adSpend],
    ['attributed_revenue', cents(adSpend * 4.2 * noise(rand, 0.1))],
    ['customers', customers],
    ['returning_customers', Math.max(0, customers - newCustomers)],
    ['bounced_sessions', round(sessions * 0.41 * noise(rand, 0.04))],
    ['engaged_seconds', round(sessions * 150 * noise(rand, 0.05))],
    ['landing_sessions', landing],
    ['landing_conversions', round(landing * 0.021 * noise(rand, 0.1))],
    ['feedback_responses', feedback],
    ['feedback_score_total', round(feedback * 4.2 * noise(rand, 0.03))],
    ['add_to_carts', addToCarts],
    ['product_page_views', round(addToCarts / (0.085 * noise(rand, 0.05)))],
    ['tickets_created', tickets],
    ['tickets_responded', responded],
    ['first_response_seconds', round(responded * s.frt * noise(rand, 0.1))],
    ['tickets_resolved', resolved],
    ['csat_responses', csatResponses],
    ['csat_satisfied', round(csatResponses * 0.88 * noise(rand, 0.04))],
    ['shipments', orders],
    ['deliveries', orders],
    ['deliveries_on_time', round(orders * 0.94 * noise(rand, 0.02))],
    ['shipments_correct', round(orders * 0.993)],
    ['fulfillment_hours', round(orders * 20 * noise(rand, 0.08))],
    ['shipments_damaged', round(orders * 0.006 * noise(rand, 0.5))],
    ['orders_picked', orders],
    ['orders_picked_correctly', round(orders * 0.995)],
  ];
}

function businessDay(rand: () => number, date: string, stores: number): Array<[string, number]> {
  const monthDays = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  const budget = cents((15000 * stores) / monthDays);
  return [
    ['digital_budget', budget],
    ['digital_spend', cents(budget * 0.93 * noise(rand, 0.1))],
    ['monitored_minutes', 1440],
    ['uptime_minutes', rand() < 0.04 ? 1440 - round(rand() * 90) : 1440],
    ['pages_total', 1800],
    ['pages_fresh', round(1800 * 0.82 * noise(rand, 0.03))],
    ['broken_content_items', round(rand() * 6)],
    ['skus_active', 2400],
    ['skus_out_of_stock', round(2400 * 0.035 * noise(rand, 0.15))],
  ];
}

export function benchDbPath(o: GenerateOptions): string {
  const x = o.extraMeasures ?? DEFAULT_EXTRA_MEASURES;
  const end = o.end ?? DEFAULT_END;
  return join(
    fileURLToPath(new URL('.', import.meta.url)),
    'data',
    `y${o.years}-s${o.segments}-x${x}-${end}-v${GENERATOR_VERSION}.db`,
  );
}

/**
 * Inserts every value with one prepared statement, one transaction per day. The totals
 * triggers are dropped for the bulk load and the totals rebuilt with one INSERT … SELECT
 * (then the triggers are recreated from their own stored SQL): a trigger recomputing a
 * day's sum on each of 1.9 M inserts is quadratic in stores per day.
 */
function insertValues(db: Db, o: Required<GenerateOptions>, from: string): number {
  const snap = db.prepare('SELECT id, key FROM measures').all() as Array<{ id: number; key: string }>;
  const idOf = new Map(snap.map((m) => [m.key, m.id]));
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'measure_values'")
    .all() as Array<{ name: string; sql: string }>;
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);

  const rand = seededRandom(7_000_000 + o.years * 1000 + o.segments);
  const stores: Store[] = Array.from({ length: o.segments }, () => ({
    sessions: 1500 + rand() * 9000,
    conversion: 0.015 + rand() * 0.02,
    aov: 40 + rand() * 60,
    cac: 15 + rand() * 25,
    frt: 3600 + rand() * 7200,
  }));
  const extraIds = Array.from({ length: o.extraMeasures }, (_, i) => idOf.get(`org_measure_${i + 1}`) ?? 0);
  const insert = db.prepare(
    "INSERT INTO measure_values (measure_id, segment_id, day, value, source_kind, source_id, written_at) VALUES (?, ?, ?, ?, 'bench', 'generate-data', ?)",
  );
  const days = toEpochDay(o.end) - toEpochDay(from) + 1;
  let count = 0;
  const day = db.transaction((date: string, i: number) => {
    const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const doy = toEpochDay(date) - toEpochDay(`${date.slice(0, 4)}-01-01`);
    const factor = (WEEKDAY[dow] ?? 1) * season(doy) * (1 + 0.12 * (i / 365));
    for (const [key, v] of businessDay(rand, date, o.segments)) {
      insert.run(idOf.get(key), 1, date, v, WRITTEN_AT);
      count++;
    }
    stores.forEach((s, si) => {
      const segmentId = si + 2;
      for (const [key, v] of storeDay(rand, s, factor)) insert.run(idOf.get(key), segmentId, date, v, WRITTEN_AT);
      for (const id of extraIds) insert.run(id, segmentId, date, round(100 * factor * noise(rand, 0.2)), WRITTEN_AT);
      count += 34 + extraIds.length;
    });
  });
  for (let i = 0; i < days; i++) day(addDays(from, i), i);

  db.transaction(() => {
    db.exec('DELETE FROM measure_day_totals');
    db.exec(`INSERT INTO measure_day_totals (measure_id, day, value, segments)
             SELECT measure_id, day, SUM(value), COUNT(*) FROM measure_values GROUP BY measure_id, day`);
    for (const t of triggers) db.exec(t.sql);
  })();
  return count;
}

/**
 * Targets as an organisation keeps them: a business-wide target per KPI from the first week,
 * revised every quarter (history the resolver must skip), and per-store targets for ratio
 * KPIs in every other store. Values sit near the data's own level so statuses vary.
 */
function insertTargets(db: Db, o: Required<GenerateOptions>, from: string): number {
  const kpis = db.prepare('SELECT id, kind, direction, numerator_id, denominator_id, scale FROM kpis').all() as Array<{
    id: number;
    kind: string;
    direction: string;
    numerator_id: number;
    denominator_id: number | null;
    scale: number;
  }>;
  const sum = db
    .prepare('SELECT SUM(value) FROM measure_day_totals WHERE measure_id = ? AND day BETWEEN ? AND ?')
    .pluck();
  const insert = db.prepare(
    'INSERT INTO targets (kpi_id, segment_id, value, band, effective_from, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const first = weekOf(from).start < from ? addDays(weekOf(from).start, 7) : weekOf(from).start;
  let n = 0;
  db.transaction(() => {
    for (const k of kpis) {
      const good = k.direction === 'higher' ? 0.98 : 1.02;
      for (let start = first; start <= o.end; start = addDays(start, 91)) {
        const to = addDays(start, 27);
        const num = (sum.get(k.numerator_id, start, to) as number | null) ?? 0;
        const den = k.denominator_id === null ? null : ((sum.get(k.denominator_id, start, to) as number | null) ?? 0);
        // Sum KPIs are weekly totals: four weeks summed, so a quarter of that.
        const level = den === null ? num / 4 : den === 0 ? 0 : (num / den) * k.scale;
        const value = Number((level * good).toPrecision(3));
        insert.run(k.id, null, value, Number((Math.abs(value) * 0.08).toPrecision(3)), start, WRITTEN_AT);
        n++;
        if (k.kind === 'ratio' && start === first)
          for (let s = 2; s < o.segments + 2; s += 2) {
            insert.run(k.id, s, value, Number((Math.abs(value) * 0.1).toPrecision(3)), start, WRITTEN_AT);
            n++;
          }
      }
    }
  })();
  return n;
}

/** Writes the database (or reuses a cached one with the same parameters and version). */
export function generateBenchDb(opts: GenerateOptions, force = false): GenerateResult {
  const o: Required<GenerateOptions> = {
    years: opts.years,
    segments: opts.segments,
    extraMeasures: opts.extraMeasures ?? DEFAULT_EXTRA_MEASURES,
    end: opts.end ?? DEFAULT_END,
  };
  const path = benchDbPath(o);
  // Whole years back from the end: 3 years ending 2026-11-22 start on 2023-11-23.
  const from = addDays(`${Number(o.end.slice(0, 4)) - o.years}${o.end.slice(4)}`, 1);
  const t0 = performance.now();
  if (existsSync(path) && !force) {
    const db = openDb(path);
    const values = db.prepare('SELECT COUNT(*) FROM measure_values').pluck().get() as number;
    const targets = db.prepare('SELECT COUNT(*) FROM targets').pluck().get() as number;
    db.close();
    return { path, values, targets, from, to: o.end, ms: 0, cached: true };
  }
  const tmp = `${path}.tmp`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const db = openDb(tmp);
  db.pragma('synchronous = OFF'); // a crash mid-generation just means regenerating
  db.pragma('cache_size = -262144'); // 256 MB of page cache: the B-trees stay in memory while loading
  migrate(db);
  seedCatalog(db, defaultCatalog);
  db.transaction(() => {
    const seg = db.prepare("INSERT INTO segments (key, name, kind) VALUES (?, ?, 'store')");
    for (let i = 1; i <= o.segments; i++) seg.run(`store_${String(i).padStart(2, '0')}`, `Store ${i}`);
    const m = db.prepare("INSERT INTO measures (key, name, description, unit) VALUES (?, ?, '', 'count')");
    for (let i = 1; i <= o.extraMeasures; i++) m.run(`org_measure_${i}`, `Organisation measure ${i}`);
  })();
  const values = insertValues(db, o, from);
  const targets = insertTargets(db, o, from);
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(tmp, path);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  return { path, values, targets, from, to: o.end, ms: Math.round(performance.now() - t0), cached: false };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const usage =
    'usage: npm run bench:data -- [--years 3] [--segments 20] [--extra-measures 52] [--end 2026-11-22] [--force]';
  const options = {
    years: { type: 'string', default: '3' },
    segments: { type: 'string', default: '20' },
    'extra-measures': { type: 'string', default: String(DEFAULT_EXTRA_MEASURES) },
    end: { type: 'string', default: DEFAULT_END },
    force: { type: 'boolean', default: false },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options }>>;
  try {
    parsed = parseArgs({ options });
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  const { values } = parsed;
  const int = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${name}: "${v}" is not a whole number ≥ ${min}; e.g. --${name} 3`);
      process.exit(2);
    }
    return n;
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.end)) {
    console.error(`--end: "${values.end}" is not a date; use YYYY-MM-DD, e.g. --end ${DEFAULT_END}`);
    process.exit(2);
  }
  const r = generateBenchDb(
    {
      years: int('years', values.years, 1),
      segments: int('segments', values.segments, 1),
      extraMeasures: int('extra-measures', values['extra-measures'], 0),
      end: values.end,
    },
    values.force,
  );
  console.log(
    `${r.cached ? 'Reused' : 'Wrote'} ${r.path}: ${r.values.toLocaleString('en')} values (${r.from} – ${r.to}), ${r.targets} targets${r.cached ? '' : ` in ${(r.ms / 1000).toFixed(1)} s`}.`,
  );
}
