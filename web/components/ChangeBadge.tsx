import type { ScorecardRow } from '../../shared/schemas';
import { useT } from '../i18n/useT';
import { formatChange } from '../lib/format';

/**
 * Week-over-week change. The arrow shows the direction of the number; the colour shows
 * whether that is good for this KPI (CAC down is good), spelled out for screen readers.
 */
export function ChangeBadge({ row, currency }: { row: ScorecardRow; currency: string }) {
  const c = row.change;
  const t = useT();
  if (!c) return <span className="change change-none">{t('change.none')}</span>;
  const text = formatChange(c, row.kpi.unit, currency);
  // A change too small to show ("±0 pts") is reported as flat, not as good or bad news.
  const flat = c.better === null || text.startsWith('±');
  const arrow = flat ? '▬' : c.absolute > 0 ? '▲' : '▼';
  const tone = flat ? 'flat' : c.better ? 'better' : 'worse';
  return (
    <span className={`change change-${tone}`} data-better={String(c.better)}>
      <span aria-hidden="true">{arrow}</span> {text}
      <span className="visually-hidden"> {t('change.verdict', { verdict: tone })}</span>
    </span>
  );
}
