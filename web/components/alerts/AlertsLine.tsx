import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { alertsOptions } from '../../api/alerts';
import { KIND_META, kindCount } from '../../lib/alerts';
import './alerts.css';

/** The overview's one line about alerts for the week on screen, linking to the Alerts page. */
export function AlertsLine({ week }: { week: string }) {
  const alerts = useQuery(alertsOptions({ week }));
  const list = alerts.data?.alerts;
  if (!list) return null;
  const counts = (Object.keys(KIND_META) as Array<keyof typeof KIND_META>)
    .map((k) => ({ k, n: list.filter((a) => a.kind === k).length }))
    .filter((c) => c.n > 0);
  return (
    <p className="alerts-line" data-count={list.length}>
      {list.length === 0 ? (
        <>No alerts for {week}.</>
      ) : (
        <>
          <strong>
            {list.length} alert{list.length === 1 ? '' : 's'}
          </strong>{' '}
          for {week}: {counts.map((c) => kindCount(c.k, c.n)).join(' · ')}{' '}
          <Link href={`/alerts?week=${encodeURIComponent(week)}`}>See alerts</Link>
        </>
      )}
    </p>
  );
}
