import { useState } from 'react';
import { can } from '../../shared/access';
import type { CatalogResponse, Kpi } from '../../shared/schemas';
import { useMoveKpi } from '../api/mutations';
import { useUser } from '../auth/SessionContext';
import { toFormErrors } from '../lib/formErrors';
import { FormMessage } from './Field';
import { TargetEditor } from './TargetEditor';

const UNIT_WORD = {
  percent: 'percent',
  currency: 'money',
  duration: 'duration',
  ratio: 'ratio',
  score: 'score',
  count: 'count',
} as const;

/** "sum(Orders) / sum(Sessions)", with measure names from the catalog. */
export function definitionText(kpi: Kpi, measures: CatalogResponse['measures']): string {
  const name = (k: string) => measures.find((m) => m.key === k)?.name ?? k;
  if (kpi.formula.kind === 'sum') return `sum(${name(kpi.formula.measure)})`;
  const scale = kpi.formula.scale !== 1 ? ` × ${kpi.formula.scale}` : '';
  return `sum(${name(kpi.formula.numerator)}) / sum(${name(kpi.formula.denominator)})${scale}`;
}

/** One KPI in the catalog: definition, owner (with a move), and its targets. */
export function CatalogKpi({
  kpi,
  catalog,
  currency,
  defaultWeek,
}: {
  kpi: Kpi;
  catalog: CatalogResponse;
  currency: string;
  defaultWeek: string;
}) {
  const user = useUser();
  const move = useMoveKpi();
  const [to, setTo] = useState(kpi.role);
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  return (
    <li className="catalog-kpi" data-kpi={kpi.key}>
      <details>
        <summary>
          <span className="catalog-kpi-name">{kpi.name}</span>
          <code className="subtle">{kpi.key}</code>
          <span className="pill">{UNIT_WORD[kpi.unit]}</span>
          <span className="pill">{kpi.direction === 'higher' ? '↑ higher is better' : '↓ lower is better'}</span>
          <code className="definition">{definitionText(kpi, catalog.measures)}</code>
        </summary>
        <div className="catalog-kpi-body">
          {kpi.description && <p className="subtle">{kpi.description}</p>}
          {can.editCatalog(user) && (
            <form
              className="move-form"
              onSubmit={(e) => {
                e.preventDefault();
                setMsg({});
                const roleName = catalog.roles.find((r) => r.key === to)?.name ?? to;
                move.mutate(
                  { kpi: kpi.key, role: to },
                  {
                    onSuccess: () => setMsg({ ok: `Moved to ${roleName}.` }),
                    onError: (err) =>
                      setMsg({ error: Object.values(toFormErrors(err).fields)[0] ?? toFormErrors(err).general }),
                  },
                );
              }}
            >
              <label className="field-inline">
                <span>Owner</span>
                <select value={to} onChange={(e) => setTo(e.target.value)}>
                  {catalog.roles.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn" disabled={to === kpi.role || move.isPending}>
                Move KPI
              </button>
              <FormMessage {...msg} />
            </form>
          )}
          <h3>Targets</h3>
          <TargetEditor
            kpi={kpi}
            currency={currency}
            defaultWeek={defaultWeek}
            canEdit={can.setTarget(user, kpi.role)}
          />
        </div>
      </details>
    </li>
  );
}
