import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { can } from '../../shared/access';
import { type AlertKind, alertKindSchema } from '../../shared/alerts';
import { alertsOptions } from '../api/alerts';
import { catalogOptions, configOptions } from '../api/queries';
import { useUser } from '../auth/SessionContext';
import { AlertItem } from '../components/alerts/AlertItem';
import { RoleWebhooks } from '../components/alerts/RoleWebhooks';
import { Empty, ErrorNotice, Skeleton } from '../components/QueryState';
import { Segmented } from '../components/Segmented';
import { KIND_META } from '../lib/alerts';
import { useViewState } from '../lib/useViewState';
import '../components/alerts/alerts.css';

const KINDS = [
  { key: 'all', label: 'All' },
  ...(Object.keys(KIND_META) as AlertKind[]).map((k) => ({ key: k, label: KIND_META[k].word })),
] as const;

/** Every alert, newest first; admins also see deliveries and set each role's webhook. */
export function AlertsPage() {
  const user = useUser();
  const view = useViewState();
  // A hand-edited ?kind= that is not a kind shows every alert rather than an error.
  const kind = alertKindSchema.safeParse(view.get('kind')).data;
  const role = view.get('role');
  const week = view.get('week');
  const config = useQuery(configOptions());
  const catalog = useQuery(catalogOptions());
  const alerts = useQuery({ ...alertsOptions({ kind, role, week }), placeholderData: keepPreviousData });
  const admin = can.manageAlertWebhooks(user);
  const currency = config.data?.currency ?? 'EUR';
  const timeZone = config.data?.timeZone ?? 'UTC';
  return (
    <div className="page alerts-page">
      <div className="page-head">
        <div>
          <h1>Alerts</h1>
          <p className="subtle">
            A KPI that turned red, a week far outside its last 12, a data feed that stopped. Each is recorded once.
            {week && (
              <>
                {' '}
                Showing {week}.{' '}
                <button type="button" className="btn btn-small" onClick={() => view.set({ week: undefined })}>
                  All weeks
                </button>
              </>
            )}
          </p>
        </div>
        <div className="toolbar">
          <Segmented
            label="Kind"
            options={KINDS}
            value={kind ?? 'all'}
            onChange={(k) => view.set({ kind: k === 'all' ? undefined : k })}
          />
          <label className="field-inline">
            <span>Role</span>
            <select value={role ?? ''} onChange={(e) => view.set({ role: e.target.value || undefined })}>
              <option value="">All roles</option>
              {catalog.data?.roles.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {alerts.isError && !alerts.data ? (
        <ErrorNotice what="the alerts" error={alerts.error} onRetry={() => alerts.refetch()} />
      ) : !alerts.data ? (
        <Skeleton height={240} label="Loading alerts…" />
      ) : alerts.data.alerts.length === 0 ? (
        <Empty>No alerts{kind || role || week ? ' match these filters' : ' yet'}.</Empty>
      ) : (
        <ul
          className={`alert-list card${alerts.isPlaceholderData ? ' is-stale' : ''}`}
          aria-label="Alerts, newest first"
        >
          {alerts.data.alerts.map((a) => (
            <AlertItem key={a.id} alert={a} currency={currency} timeZone={timeZone} showDeliveries={admin} />
          ))}
        </ul>
      )}
      {admin && <RoleWebhooks timeZone={timeZone} />}
    </div>
  );
}
