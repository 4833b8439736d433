import { useQuery } from '@tanstack/react-query';
import { configOptions, scorecardOptions } from './api/queries';
import { UserMenu } from './components/UserMenu';
import { formatValue } from './lib/format';

/** First shell: each role's KPIs for the last complete week, straight from the scorecard API. */
export function App() {
  const config = useQuery(configOptions());
  const scorecard = useQuery(scorecardOptions({}));
  return (
    <main className="shell">
      <header>
        <h1>Rolecard</h1>
        <UserMenu />
        {scorecard.data && (
          <p>
            Week {scorecard.data.week.label} · {scorecard.data.week.start} – {scorecard.data.week.end}
          </p>
        )}
      </header>
      {scorecard.isPending && <p role="status">Loading the scorecard…</p>}
      {scorecard.isError && (
        <p role="alert">
          Could not load the scorecard: {scorecard.error.message}{' '}
          <button type="button" onClick={() => scorecard.refetch()}>
            Retry
          </button>
        </p>
      )}
      {scorecard.data?.roles.map((r) => (
        <section key={r.role.key} className="role" aria-labelledby={`role-${r.role.key}`}>
          <h2 id={`role-${r.role.key}`}>{r.role.name}</h2>
          <ul>
            {r.kpis.map((k) => (
              <li key={k.kpi.key} data-kpi={k.kpi.key}>
                <span>{k.kpi.name}</span>
                <strong>{formatValue(k.value, k.kpi.unit, config.data?.currency ?? 'EUR')}</strong>
                <span className={`status status-${k.status}`}>{k.status.replace('_', ' ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
