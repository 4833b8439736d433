import type { Alert } from '../../../shared/alerts';
import { useRetryDelivery } from '../../api/alerts';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
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
  const t = useT();
  const words = useErrorWords();
  const retry = useRetryDelivery();
  if (!deliveries.length) return <p className="delivery subtle">{t('alerts.delivery.notSent')}</p>;
  const name = (key: string) => roles.find((r) => r.key === key)?.name ?? key;
  return (
    <ul className="deliveries" aria-label={t('alerts.delivery.listLabel')}>
      {deliveries.map((d) => (
        <li key={d.id} className={`delivery delivery-${d.status}`} data-status={d.status}>
          <span aria-hidden="true">{ICON[d.status]}</span>{' '}
          {t('alerts.delivery.line', { role: name(d.role), state: deliveryText(d, timeZone, t) })}
          {(d.status === 'failed' || d.status === 'pending') && d.attempts > 0 && (
            <button
              type="button"
              className="btn btn-small"
              disabled={retry.isPending}
              onClick={() => retry.mutate(d.id)}
            >
              {t(retry.isPending && retry.variables === d.id ? 'alerts.delivery.retrying' : 'alerts.delivery.retry')}
            </button>
          )}
        </li>
      ))}
      {retry.error && <li role="alert">{t('alerts.delivery.retryRefused', { reason: words.error(retry.error) })}</li>}
    </ul>
  );
}
