import { type ReactNode, useEffect } from 'react';
import { Link } from 'wouter';
import type { ReviewChange } from '../../shared/reviews';
import type { ScorecardRole, ScorecardRow } from '../../shared/schemas';
import { formatValue } from '../lib/format';
import { dataFlags, emptyHint } from '../lib/scorecard';
import { ChangeBadge } from './ChangeBadge';
import { DataSourceLinks } from './DataSourceLinks';
import { Sparkline } from './Sparkline';
import { StatusBadge } from './StatusBadge';

let marked = false;

interface Props {
  role: ScorecardRole;
  week: { start: string };
  currency: string;
  /** Query string carried to the role page (segment). */
  linkQuery: string;
  /** KPIs changed since the week was marked reviewed, by KPI key. */
  changes?: ReadonlyMap<string, ReviewChange>;
  /** Shown at the foot of the card (the week's review notes). */
  children?: ReactNode;
}

/** One role's week: its health and every KPI with value, target, status, change and trend. */
export function RoleCard({ role, week, currency, linkQuery, changes, children }: Props) {
  useEffect(() => {
    // Read by the perf benchmark: time until the first scorecard card is on screen.
    if (!marked) {
      marked = true;
      performance.mark('rolecard:first-scorecard');
    }
  }, []);
  const { green, withTarget } = role.health;
  const flags = role.kpis.flatMap((k) => dataFlags(k, week));
  const tone = withTarget === 0 ? 'none' : green === withTarget ? 'good' : green * 2 >= withTarget ? 'mixed' : 'poor';
  return (
    <section className="card role-card" aria-labelledby={`role-${role.role.key}`} data-role={role.role.key}>
      <header className="card-head">
        <h2 id={`role-${role.role.key}`}>
          <Link href={`/roles/${role.role.key}${linkQuery}`}>{role.role.name}</Link>
        </h2>
        <span className={`health health-${tone}`}>
          {withTarget === 0 ? 'No targets set' : `${green} of ${withTarget} on target`}
        </span>
      </header>
      <ul className="kpi-list">
        {role.kpis.map((row) => (
          <KpiLine
            key={row.kpi.key}
            row={row}
            roleKey={role.role.key}
            currency={currency}
            change={changes?.get(row.kpi.key)}
          />
        ))}
      </ul>
      {flags.length > 0 && (
        <ul className="flags" aria-label="Data quality">
          {flags.map((f) => (
            <li key={f}>
              <span className="flag-icon" aria-hidden="true">
                ⚠
              </span>{' '}
              {f}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

function KpiLine({
  row,
  roleKey,
  currency,
  change,
}: {
  row: ScorecardRow;
  roleKey: string;
  currency: string;
  change?: ReviewChange;
}) {
  const fmt = (v: number | null) => formatValue(v, row.kpi.unit, currency);
  return (
    <li className="kpi-line" data-kpi={row.kpi.key} data-status={row.status}>
      <span className="kpi-name">{row.kpi.name}</span>
      <span className="kpi-value num">{fmt(row.value)}</span>
      {row.value === null ? (
        <p className="kpi-empty">
          {emptyHint(row.kpi.name, roleKey)} <DataSourceLinks />
        </p>
      ) : (
        <div className="kpi-meta">
          <StatusBadge status={row.status} />
          <span className="kpi-target num">{row.target ? `target ${fmt(row.target.value)}` : 'no target'}</span>
          <ChangeBadge row={row} currency={currency} />
        </div>
      )}
      <Sparkline values={row.sparkline.map((p) => p.value)} />
      {change && (
        <p className="kpi-changed">
          <span aria-hidden="true">↺</span> Changed since review: was {fmt(change.reviewedValue)}
        </p>
      )}
    </li>
  );
}
