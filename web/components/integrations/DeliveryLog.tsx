import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { MeasureChange } from '../../../shared/webhooks';
import { catalogOptions } from '../../api/queries';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatChange, formatDateTime, formatLongDate } from '../../lib/format';
import { reasonText } from '../../lib/webhookReasons';
import { deliveriesOptions } from './queries';

/**
 * The source's latest deliveries: what arrived, what we answered, what it changed — each change
 * by its measure's name (in the reader's language) and in its unit, money in `currency` (the
 * source's, else the installation's). A measure the catalog no longer has shows its key.
 */
export function DeliveryLog({ sourceId, currency }: { sourceId: string; currency: string }) {
  const t = useT();
  const words = useErrorWords();
  const { locale } = useIntl();
  const q = useQuery(deliveriesOptions(sourceId));
  const measures = useQuery(catalogOptions()).data?.measures;
  const change = (c: MeasureChange) => {
    const m = measures?.find((x) => x.key === c.measure);
    return t('integrations.deliveries.change', {
      measure: m?.name ?? c.measure,
      delta: formatChange({ absolute: c.delta, relative: null }, m?.unit ?? 'count', currency, locale),
      date: formatLongDate(c.date),
    });
  };
  if (q.isPending) return <p role="status">{t('integrations.deliveries.loading')}</p>;
  if (q.isError)
    return <p role="alert">{t('integrations.deliveries.couldNotLoad', { reason: words.error(q.error) })}</p>;
  if (!q.data.deliveries.length) return <p>{t('integrations.deliveries.empty')}</p>;
  return (
    <table className="delivery-log">
      <thead>
        <tr>
          <th scope="col">{t('integrations.deliveries.received')}</th>
          <th scope="col">{t('integrations.deliveries.deliveryId')}</th>
          <th scope="col">{t('integrations.deliveries.topic')}</th>
          <th scope="col">{t('integrations.deliveries.status')}</th>
          <th scope="col">{t('integrations.deliveries.result')}</th>
          <th scope="col">{t('integrations.deliveries.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {q.data.deliveries.map((d) => (
          <tr key={d.id} data-outcome={d.outcome}>
            <td>{formatDateTime(d.receivedAt)}</td>
            <td>
              <code>{d.deliveryId ?? '—'}</code>
            </td>
            <td>{d.topic ?? '—'}</td>
            <td>{d.status}</td>
            <td>
              {t(`integrations.outcome.${d.outcome}`)}
              {d.reason && <div className="reason">{reasonText(d, t, locale)}</div>}
            </td>
            <td>{d.changes.length ? d.changes.map(change).join('; ') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
