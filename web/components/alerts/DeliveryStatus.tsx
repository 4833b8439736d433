import type { Alert } from '../../../shared/alerts';
import { useRetryDelivery } from '../../api/alerts';
import { deliveryText } from '../../lib/alerts';

const ICON = { delivered: '✓', sending: '…', pending: '↻', failed: '✕' } as const;

/** Admins: where an alert was sent and how that went, with "Retry now" for what is not delivered. */
export function DeliveryStatus({
  deliveries,
  roles,
  timeZone,
}: {
  deliveries: Alert['deliveries'];
  roles: Alert['roles'];
  timeZone: string;
}) {
  const retry = useRetryDelivery();
  if (!deliveries.length) return <p className="delivery subtle">Not sent: no webhook configured for its role.</p>;
  const name = (key: string) => roles.find((r) => r.key === key)?.name ?? key;
  return (
    <ul className="deliveries" aria-label="Webhook deliveries">
      {deliveries.map((d) => (
        <li key={d.id} className={`delivery delivery-${d.status}`} data-status={d.status}>
          <span aria-hidden="true">{ICON[d.status]}</span> Webhook to {name(d.role)}: {deliveryText(d, timeZone)}
          {(d.status === 'failed' || d.status === 'pending') && d.attempts > 0 && (
            <button
              type="button"
              className="btn btn-small"
              disabled={retry.isPending}
              onClick={() => retry.mutate(d.id)}
            >
              {retry.isPending && retry.variables === d.id ? 'Retrying…' : 'Retry now'}
            </button>
          )}
        </li>
      ))}
      {retry.error && <li role="alert">Retry refused: {retry.error.message}</li>}
    </ul>
  );
}
