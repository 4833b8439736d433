import type { AlertFacts, AlertKind } from '../../shared/alerts.js';
import { kpiValue } from '../../shared/kpi.js';
import { addDays, dateInZone, shiftWeek, type Week, weekOf } from '../../shared/period.js';
import type { Config } from '../config.js';
import { lastDates, sumByMeasureRange, targetsAt } from '../db/aggregates.js';
import { enqueueDeliveries } from '../db/alertDeliveries.js';
import { insertAlert, type NewAlert } from '../db/alerts.js';
import { listRoleWebhooks } from '../db/alertWebhooks.js';
import { type CatalogSnapshot, getCatalog, type KpiRow } from '../db/catalog.js';
import type { Db } from '../db/open.js';
import {
  detectMissing,
  detectTurnedRed,
  EXPECTED_WINDOW_DAYS,
  isOutlier,
  OUTLIER_HISTORY_WEEKS,
  robustScore,
} from './detect.js';
import { alertLink, alertSentence } from './text.js';

/**
 * The evaluation: what the rules say about the last complete week and about today's data
 * feeds, recorded once per dedupe key. Safe to run any number of times (after every ingest,
 * on a timer, twice in a row): a second run finds the same keys and records nothing.
 */

/** An alert the rules call for; recorded unless its dedupe key is already on file. */
type Candidate = Omit<NewAlert, 'text' | 'facts'> & { facts: AlertFacts };

const inputsOf = (k: KpiRow) => (k.denominatorId === null ? [k.numeratorId] : [k.numeratorId, k.denominatorId]);
const kpiSubject = (k: KpiRow) => ({ key: k.key, name: k.name, unit: k.unit, direction: k.direction });

/** Turned-red and outlier candidates for one week, business-wide (all segments summed). */
export function kpiCandidates(db: Db, snap: CatalogSnapshot, week: Week, weekStart: Config['weekStart']): Candidate[] {
  // Index 0..11: the previous 12 weeks (history); 12: the week evaluated.
  const first = shiftWeek(week, -OUTLIER_HISTORY_WEEKS, weekStart);
  const windows = Array.from({ length: OUTLIER_HISTORY_WEEKS + 1 }, (_, i) => shiftWeek(first, i, weekStart));
  const ids = [...new Set(snap.kpis.flatMap(inputsOf))];
  const sums = sumByMeasureRange(db, ids, windows, null);
  const latest = lastDates(db, ids, null);
  const previousWeek = windows[OUTLIER_HISTORY_WEEKS - 1] as Week;
  const targetNow = targetsAt(db, snap.kpis, week.start, null);
  const targetBefore = targetsAt(db, snap.kpis, previousWeek.start, null);
  const out: Candidate[] = [];
  for (const k of snap.kpis) {
    // A week is judged once its data has caught up (every input has a day at or after the
    // week's end), so a Monday-morning evaluation never calls a week red for lack of Sunday.
    if (inputsOf(k).some((id) => (latest.get(id) ?? '') < week.end)) continue;
    const valueAt = (i: number) =>
      kpiValue(
        k,
        sums.get(k.numeratorId)?.[i]?.sum ?? null,
        k.denominatorId === null ? null : (sums.get(k.denominatorId)?.[i]?.sum ?? null),
      );
    const value = valueAt(OUTLIER_HISTORY_WEEKS);
    if (value === null) continue;
    const base = { kpiKey: k.key, measureKey: null, week: week.label, roles: [k.role] };
    const link = alertLink(k.role, k.key, { week: week.label });
    const target = targetNow.get(k.id) ?? null;
    const previous = valueAt(OUTLIER_HISTORY_WEEKS - 1);
    const red = detectTurnedRed(
      { value, target },
      { value: previous, target: targetBefore.get(k.id) ?? null },
      k.direction,
    );
    if (red && target)
      out.push({
        ...base,
        kind: 'turned_red',
        dedupeKey: `turned_red:${k.key}:${week.label}`,
        link,
        facts: {
          kind: 'turned_red',
          kpi: kpiSubject(k),
          value,
          target: { value: target.value, band: target.band },
          previous: { value: previous, status: red.previousStatus },
        },
      });
    const score = robustScore(
      value,
      Array.from({ length: OUTLIER_HISTORY_WEEKS }, (_, i) => valueAt(i)),
    );
    if (isOutlier(score))
      out.push({
        ...base,
        kind: 'outlier',
        dedupeKey: `outlier:${k.key}:${week.label}`,
        link,
        facts: {
          kind: 'outlier',
          kpi: kpiSubject(k),
          value,
          ...score,
          better: k.direction === 'higher' ? score.score > 0 : score.score < 0,
        },
      });
  }
  return out;
}

/** Missing-data candidates: every measure some KPI uses, business-wide. */
export function missingCandidates(
  db: Db,
  snap: CatalogSnapshot,
  today: string,
  missingDays: number,
  weekStart: Config['weekStart'],
): Candidate[] {
  const users = new Map<number, KpiRow[]>();
  for (const k of snap.kpis) for (const id of inputsOf(k)) users.set(id, [...(users.get(id) ?? []), k]);
  const latest = lastDates(db, [...users.keys()], null);
  const out: Candidate[] = [];
  for (const [id, kpis] of users) {
    const lastDay = latest.get(id) ?? null;
    if (lastDay === null) continue;
    const window = { start: addDays(lastDay, -(EXPECTED_WINDOW_DAYS - 1)), end: lastDay };
    const daysWithData = sumByMeasureRange(db, [id], [window], null).get(id)?.[0]?.days ?? 0;
    const gap = detectMissing(today, lastDay, daysWithData, missingDays);
    const measure = snap.measureById.get(id);
    const firstKpi = kpis[0];
    if (!gap || !measure || !firstKpi) continue;
    out.push({
      kind: 'missing_data',
      dedupeKey: `missing_data:${measure.key}:${gap.since}`,
      kpiKey: null,
      measureKey: measure.key,
      week: weekOf(gap.since, weekStart).label,
      roles: [...new Set(kpis.map((k) => k.role))],
      link: alertLink(firstKpi.role, firstKpi.key, { grain: 'day' }),
      facts: {
        kind: 'missing_data',
        measure: { key: measure.key, name: measure.name },
        lastDay,
        since: gap.since,
        days: gap.days,
        daysWithData,
        kpis: kpis.map((k) => k.name),
      },
    });
  }
  return out;
}

export interface Recorded {
  id: number;
  kind: AlertKind;
  text: string;
}

/**
 * Runs every rule for the last complete week (as of `now`) and today's feeds, records the
 * alerts not seen before and queues their webhook deliveries, all in one transaction.
 */
export function evaluateAlerts(db: Db, config: Config, now: Date): Recorded[] {
  const snap = getCatalog(db);
  const today = dateInZone(now, config.timeZone);
  const week = shiftWeek(weekOf(today, config.weekStart), -1, config.weekStart);
  const candidates = [
    ...kpiCandidates(db, snap, week, config.weekStart),
    ...missingCandidates(db, snap, today, config.alertMissingDays, config.weekStart),
  ];
  if (!candidates.length) return [];
  return db.transaction(() => {
    const hooks = new Map(listRoleWebhooks(db).map((h) => [h.roleKey, h.roleId]));
    const recorded: Recorded[] = [];
    for (const c of candidates) {
      const text = alertSentence(c.facts, c.week, config.currency);
      const id = insertAlert(db, { ...c, text }, now);
      if (id === null) continue;
      const roleIds = c.roles.flatMap((r) => {
        const roleId = hooks.get(r);
        return roleId === undefined ? [] : [roleId];
      });
      enqueueDeliveries(db, id, roleIds, now);
      recorded.push({ id, kind: c.kind, text });
    }
    return recorded;
  })();
}
