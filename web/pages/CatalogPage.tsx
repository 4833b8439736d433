import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { can } from '../../shared/access';
import { catalogOptions, configOptions } from '../api/queries';
import { useUser } from '../auth/SessionContext';
import { AddKpiForm, AddMeasureForm, AddRoleForm } from '../components/CatalogForms';
import { CatalogKpi } from '../components/CatalogKpi';
import { Empty, ErrorNotice, Skeleton } from '../components/QueryState';
import { useT } from '../i18n/useT';

/** Roles with their KPIs, definitions and owners; targets; additions to the catalog. */
export function CatalogPage() {
  const user = useUser();
  const t = useT();
  const catalog = useQuery(catalogOptions());
  const config = useQuery(configOptions());
  const failed = catalog.isError ? catalog : config.isError ? config : null;
  if (failed)
    return (
      <div className="page">
        <h1>{t('catalog.title')}</h1>
        <ErrorNotice what={t('catalog.what')} error={failed.error as Error} onRetry={() => failed.refetch()} />
      </div>
    );
  if (!catalog.data || !config.data)
    return (
      <div className="page">
        <h1>{t('catalog.title')}</h1>
        <Skeleton height={600} label={t('catalog.loading')} />
      </div>
    );
  const c = catalog.data;
  const cfg = config.data;
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('catalog.title')}</h1>
          <p className="subtle">
            {t('catalog.summary', { roles: c.roles.length, kpis: c.kpis.length, measures: c.measures.length })}
          </p>
        </div>
      </div>
      <div className="catalog-roles">
        {c.roles.map((r) => {
          const kpis = c.kpis.filter((k) => k.role === r.key);
          return (
            <section key={r.key} className="card" aria-labelledby={`cat-${r.key}`} data-role={r.key}>
              <header className="card-head">
                <h2 id={`cat-${r.key}`}>
                  <Link href={`/roles/${r.key}`}>{r.name}</Link>
                </h2>
                <span className="subtle">{t('catalog.role.kpiCount', { count: kpis.length })}</span>
              </header>
              {r.description && <p className="subtle">{r.description}</p>}
              {kpis.length === 0 ? (
                <Empty>{t('catalog.role.empty')}</Empty>
              ) : (
                <ul className="catalog-kpis">
                  {kpis.map((k) => (
                    <CatalogKpi
                      key={k.key}
                      kpi={k}
                      catalog={c}
                      currency={cfg.currency}
                      defaultWeek={cfg.lastCompleteWeek}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {can.editCatalog(user) && (
        <>
          <h2 className="section-title">{t('catalog.add.title')}</h2>
          <div className="form-row">
            <AddKpiForm catalog={c} />
            <AddMeasureForm />
            <AddRoleForm />
          </div>
        </>
      )}
    </div>
  );
}
