import { Link } from 'wouter';
import { useT } from '../i18n/useT';
import { formatCount, formatValue } from '../lib/format';
import type { AttentionItem } from '../lib/scorecard';
import { StatusBadge } from './StatusBadge';

/** Red KPIs first, then amber; each opens its chart on the role page. */
export function AttentionStrip({
  items,
  currency,
  linkQuery,
}: {
  items: AttentionItem[];
  currency: string;
  linkQuery: (kpi: string) => string;
}) {
  const t = useT();
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">
        {t('overview.attention.title')} <span className="count">{formatCount(items.length)}</span>
      </h2>
      {items.length === 0 ? (
        <p className="attention-none">{t('overview.attention.none')}</p>
      ) : (
        <ul className="attention-list">
          {items.map(({ role, row }) => (
            <li key={row.kpi.key} data-kpi={row.kpi.key} data-status={row.status}>
              <Link className="attention-item" href={`/roles/${role.key}${linkQuery(row.kpi.key)}`}>
                <StatusBadge status={row.status} compact />
                <span className="attention-name">{row.kpi.name}</span>
                <span className="attention-value num">
                  {formatValue(row.value, row.kpi.unit, currency)}
                  {row.target && (
                    <span className="attention-target"> / {formatValue(row.target.value, row.kpi.unit, currency)}</span>
                  )}
                </span>
                <span className="attention-role">{role.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
