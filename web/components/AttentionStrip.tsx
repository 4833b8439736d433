import { Link } from 'wouter';
import { formatValue } from '../lib/format';
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
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">
        Needs attention <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="attention-none">Every KPI with a target is on target this week.</p>
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
