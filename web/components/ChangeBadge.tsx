import type { ScorecardRow } from '../../shared/schemas';
import { formatChange } from '../lib/format';

/**
 * Week-over-week change. The arrow shows the direction of the number; the colour shows
 * whether that is good for this KPI (CAC down is good), spelled out for screen readers.
 */
export function ChangeBadge({ row, currency }: { row: ScorecardRow; currency: string }) {
  const c = row.change;
  if (!c) return <span className="change change-none">no previous week</span>;
  const arrow = c.absolute > 0 ? '▲' : c.absolute < 0 ? '▼' : '▬';
  const tone = c.better === null ? 'flat' : c.better ? 'better' : 'worse';
  const verdict = c.better === null ? 'unchanged' : c.better ? 'better' : 'worse';
  return (
    <span className={`change change-${tone}`} data-better={String(c.better)}>
      <span aria-hidden="true">{arrow}</span> {formatChange(c, row.kpi.unit, currency)}
      <span className="visually-hidden"> vs previous week, {verdict}</span>
    </span>
  );
}
