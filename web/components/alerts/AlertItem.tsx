import { Link } from 'wouter';
import type { Alert } from '../../../shared/alerts';
import { alertNumbers, alertSubject, formatInstant, KIND_META } from '../../lib/alerts';
import { DeliveryStatus } from './DeliveryStatus';

/** One alert: kind as icon + word, what it is about, whose it is, the week, the numbers, the chart. */
export function AlertItem({
  alert,
  currency,
  timeZone,
  showDeliveries,
}: {
  alert: Alert;
  currency: string;
  timeZone: string;
  showDeliveries: boolean;
}) {
  const kind = KIND_META[alert.kind];
  const subject = alertSubject(alert);
  return (
    <li className="alert-item" data-alert={alert.id} data-kind={alert.kind}>
      <span className={`alert-kind alert-kind-${alert.kind}`}>
        <span aria-hidden="true" className="alert-kind-icon">
          {kind.icon}
        </span>
        {kind.word}
      </span>
      <div className="alert-body">
        <p className="alert-title">
          <strong>{subject}</strong>
          <span className="subtle">
            {' '}
            · {alert.roles.map((r) => r.name).join(', ')} · {alert.week}
          </span>
        </p>
        <p className="alert-numbers num">{alertNumbers(alert, currency)}</p>
        {showDeliveries && <DeliveryStatus deliveries={alert.deliveries} roles={alert.roles} timeZone={timeZone} />}
      </div>
      <div className="alert-side">
        <Link className="btn" href={alert.link} aria-label={`Open the ${subject} chart`}>
          Open chart
        </Link>
        <time className="subtle" dateTime={alert.createdAt}>
          {formatInstant(alert.createdAt, timeZone)}
        </time>
      </div>
    </li>
  );
}
