import type { ReactNode } from 'react';
import type { ScorecardRole } from '../../../shared/schemas';
import { KpiReportTable } from './KpiReportTable';

interface Props {
  role: ScorecardRole;
  currency: string;
  /** "Week 2026-W11 · 9 – 15 Mar 2026 · All segments", repeated on each printed page. */
  context: string;
  /** More about this role's week below its KPIs (review notes, revenue factors it owns …). */
  children?: ReactNode;
}

/** One role's page of the printed review: its KPIs table, then whatever the review adds. */
export function RoleReportSection({ role, currency, context, children }: Props) {
  const { green, withTarget, total } = role.health;
  const id = `review-role-${role.role.key}`;
  return (
    <section className="review-section" aria-labelledby={id} data-role={role.role.key}>
      <p className="review-context">{context}</p>
      <header className="review-section-head">
        <h2 id={id}>{role.role.name}</h2>
        <span className="review-health">
          {withTarget === 0 ? 'No targets set' : `${green} of ${withTarget} on target`} · {total} KPIs
        </span>
      </header>
      {role.kpis.length > 0 ? (
        <KpiReportTable rows={role.kpis} currency={currency} />
      ) : (
        <p className="review-muted">This role has no KPIs yet.</p>
      )}
      {children}
    </section>
  );
}
