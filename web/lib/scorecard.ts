import type { Scorecard, ScorecardRow } from '../../shared/schemas';
import type { Translate } from '../i18n/translate';
import { formatShortDate } from './format';

export interface AttentionItem {
  role: { key: string; name: string };
  row: ScorecardRow;
}

/** KPIs that need attention this week: every red one first, then amber, in catalog order. */
export function needsAttention(sc: Scorecard): AttentionItem[] {
  const all = sc.roles.flatMap((r) => r.kpis.map((row) => ({ role: r.role, row })));
  return [...all.filter((i) => i.row.status === 'red'), ...all.filter((i) => i.row.status === 'amber')];
}

/**
 * Data-quality flags for one KPI in one week: a stale input ("CSAT: no data since 14 Mar")
 * or a partly missing one ("Landing page sessions: 5 of 7 days"). Inputs with the same gap
 * are reported once so a ratio whose two measures come from one export is one line.
 */
export function dataFlags(row: ScorecardRow, week: { start: string }, t: Translate): string[] {
  const flags: string[] = [];
  const stale = row.inputs.filter((i) => i.daysWithData === 0 && i.daysInWeek > 0);
  if (stale.length > 0) {
    const latest = stale.map((i) => i.lastDate).sort()[0] ?? null;
    // Never had data: the card's empty state already says what to do.
    if (latest === null) return flags;
    if (latest < week.start)
      flags.push(t('overview.flag.staleSince', { kpi: row.kpi.name, date: formatShortDate(latest) }));
    else flags.push(t('overview.flag.staleWeek', { kpi: row.kpi.name }));
    return flags;
  }
  const seen = new Set<string>();
  // The denominator (the weight, e.g. sessions) last: report it first when both have the same gap.
  for (const i of [...row.inputs].reverse()) {
    if (i.daysWithData >= i.daysInWeek) continue;
    const gap = `${i.daysWithData}/${i.daysInWeek}`;
    if (seen.has(gap)) continue;
    seen.add(gap);
    flags.push(t('overview.flag.partial', { measure: i.name, days: i.daysWithData, total: i.daysInWeek }));
  }
  return flags;
}

/**
 * The empty-state hint for a KPI with no data: "No CSAT data this week — upload a helpdesk
 * export…"; the message says, per role key, where that role's data usually comes from.
 */
export function emptyHint(kpiName: string, roleKey: string, t: Translate, scope: 'week' | 'range' = 'week'): string {
  return t('overview.emptyHint', { kpi: kpiName, source: roleKey, scope });
}
