import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { type DeliveryOutcome, deliveryOutcomeSchema, type MeasureChange } from '../../../shared/webhooks';
import { catalogOptions } from '../../api/queries';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatChange, formatDateTime, formatLongDate } from '../../lib/format';
import { reasonText } from '../../lib/webhookReasons';
import { DELIVERIES_PAGE, deliveriesOptions } from './queries';

/**
 * The source's latest deliveries: what arrived, what we answered, what it changed — each change
 * by its measure's name (in the reader's language) and in its unit, money in `currency` (the
 * source's, else the installation's). A measure the catalog no longer has shows its key.
 */
export function DeliveryLog({ sourceId, currency }: { sourceId: string; currency: string }) {
  const t = useT();
  const words = useErrorWords();
  const { locale } = useIntl();
  const [outcome, setOutcome] = useState<DeliveryOutcome | ''>('');
  /** The `before` cursor of each older page opened, newest page first (empty: the newest). */
  const [pages, setPages] = useState<number[]>([]);
  const q = useQuery(deliveriesOptions(sourceId, { outcome: outcome || undefined, before: pages.at(-1) }));
  const measures = useQuery(catalogOptions()).data?.measures;
  const change = (c: MeasureChange) => {
    const m = measures?.find((x) => x.key === c.measure);
    return t('integrations.deliveries.change', {
      measure: m?.name ?? c.measure,
      delta: formatChange({ absolute: c.delta, relative: null }, m?.unit ?? 'count', currency, locale),
      date: formatLongDate(c.date),
    });
  };
  const rows = q.data?.deliveries ?? [];
  const oldest = rows.at(-1);
  const controls = (
    <div className="row log-controls">
      <label className="inline">
        {t('integrations.deliveries.show')}
        <select
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as DeliveryOutcome | '');
            setPages([]);
          }}
        >
          <option value="">{t('integrations.deliveries.all')}</option>
          {deliveryOutcomeSchema.options.map((o) => (
            <option key={o} value={o}>
              {t(`integrations.outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {pages.length > 0 && (
        <button type="button" className="btn btn-small" onClick={() => setPages([])}>
          {t('integrations.deliveries.newest')}
        </button>
      )}
      {pages.length > 0 && (
        <button type="button" className="btn btn-small" onClick={() => setPages((p) => p.slice(0, -1))}>
          {t('integrations.deliveries.newer')}
        </button>
      )}
      {rows.length === DELIVERIES_PAGE && oldest && (
        <button type="button" className="btn btn-small" onClick={() => setPages((p) => [...p, oldest.id])}>
          {t('integrations.deliveries.older')}
        </button>
      )}
    </div>
  );
  return (
    <>
      {controls}
      {q.isPending ? (
        <p role="status">{t('integrations.deliveries.loading')}</p>
      ) : q.isError ? (
        <p role="alert">{t('integrations.deliveries.couldNotLoad', { reason: words.error(q.error) })}</p>
      ) : !rows.length ? (
        <p>{outcome || pages.length ? t('integrations.deliveries.noneHere') : t('integrations.deliveries.empty')}</p>
      ) : (
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
            {rows.map((d) => (
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
      )}
    </>
  );
}
