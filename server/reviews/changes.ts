import type { MissingNote, ReviewChange, ReviewNote } from '../../shared/reviews.js';
import type { Scorecard } from '../../shared/schemas.js';

/**
 * Two values are the same when both are missing, or when they agree to 12 significant digits:
 * the same stored data always sums to the same double (daily totals are recomputed from their
 * rows, never adjusted by deltas), so this only absorbs noise, never a real correction.
 */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * KPIs whose value now differs from the one frozen when the week was reviewed. KPIs are
 * matched by key (a KPI moved to another role since is still compared and reported under the
 * role it had at review); a KPI added or deleted since is a catalog change, not a correction,
 * and is not reported.
 */
export function changesSince(snapshot: Scorecard, current: Scorecard): ReviewChange[] {
  const now = new Map(current.roles.flatMap((r) => r.kpis.map((k) => [k.kpi.key, k] as const)));
  const out: ReviewChange[] = [];
  for (const role of snapshot.roles)
    for (const was of role.kpis) {
      const is = now.get(was.kpi.key);
      if (!is || sameValue(was.value, is.value)) continue;
      out.push({
        role: role.role.key,
        kpi: was.kpi.key,
        kpiName: was.kpi.name,
        unit: was.kpi.unit,
        reviewedValue: was.value,
        currentValue: is.value,
        reviewedStatus: was.status,
        currentStatus: is.status,
      });
    }
  return out;
}

/** Red KPIs of a scorecard with no note about them among `notes` (the same week's). */
export function redWithoutNote(scorecard: Scorecard, notes: readonly ReviewNote[]): MissingNote[] {
  const noted = new Set(notes.flatMap((n) => (n.kpi ? [n.kpi] : [])));
  return scorecard.roles.flatMap((r) =>
    r.kpis
      .filter((k) => k.status === 'red' && !noted.has(k.kpi.key))
      .map((k) => ({ role: r.role.key, roleName: r.role.name, kpi: k.kpi.key, kpiName: k.kpi.name })),
  );
}
