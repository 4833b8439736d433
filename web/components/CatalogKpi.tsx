import { useState } from 'react';
import { can } from '../../shared/access';
import type { CatalogResponse, Kpi } from '../../shared/schemas';
import { useMoveKpi } from '../api/mutations';
import { useUser } from '../auth/SessionContext';
import type { MessageKey } from '../i18n/messages/en';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';
import { toFormErrors } from '../lib/formErrors';
import { FormMessage } from './Field';
import { TargetEditor } from './TargetEditor';

/**
 * "sum(Orders) / sum(Sessions)", with measure names from the catalog; the function's name is
 * the reader's own word for it, as in their spreadsheet ("suma", "somma", "som").
 */
export function definitionText(
  kpi: Kpi,
  measures: CatalogResponse['measures'],
  t: (key: MessageKey, values: Record<string, string | number>) => string,
): string {
  const name = (k: string) => measures.find((m) => m.key === k)?.name ?? k;
  const f = kpi.formula;
  if (f.kind === 'sum') return t('catalog.kpi.sum', { measure: name(f.measure) });
  const parts = { numerator: name(f.numerator), denominator: name(f.denominator), scale: f.scale };
  return t(f.scale !== 1 ? 'catalog.kpi.ratioScaled' : 'catalog.kpi.ratio', parts);
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
  const t = useT();
  const words = useErrorWords();
  const move = useMoveKpi();
  const [to, setTo] = useState(kpi.role);
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  return (
    <li className="catalog-kpi" data-kpi={kpi.key}>
      <details>
        <summary>
          <span className="catalog-kpi-name">{kpi.name}</span>
          <code className="subtle">{kpi.key}</code>
          <span className="pill">{t(`catalog.unit.${kpi.unit}`)}</span>
          <span className="pill">{t('catalog.kpi.direction', { direction: kpi.direction })}</span>
          <code className="definition">{definitionText(kpi, catalog.measures, t)}</code>
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
                    onSuccess: () => setMsg({ ok: t('catalog.move.done', { role: roleName }) }),
                    onError: (err) => {
                      const errors = toFormErrors(err, t, words);
                      setMsg({ error: Object.values(errors.fields)[0] ?? errors.general });
                    },
                  },
                );
              }}
            >
              <label className="field-inline">
                <span>{t('catalog.move.owner')}</span>
                <select value={to} onChange={(e) => setTo(e.target.value)}>
                  {catalog.roles.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn" disabled={to === kpi.role || move.isPending}>
                {t('catalog.move.submit')}
              </button>
              <FormMessage {...msg} />
            </form>
          )}
          <h3>{t('catalog.targets')}</h3>
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
