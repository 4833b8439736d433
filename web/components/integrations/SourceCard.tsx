import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import { type Source, secretRevealSchema, sourceSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import { configOptions } from '../../api/queries';
import { useErrorWords } from '../../i18n/useErrorWords';
import { T, useT } from '../../i18n/useT';
import { formatDateTime } from '../../lib/format';
import { reasonText } from '../../lib/webhookReasons';
import { AddSecretForm } from './AddSecretForm';
import { DeliveryLog } from './DeliveryLog';
import { SecretReveal } from './SecretReveal';
import { SourceSettingsForm } from './SourceSettingsForm';

const code = (s: ReactNode[]) => <code>{s}</code>;

/**
 * Which day a delivery counts on: generic items name their own dates; otherwise the source's
 * zone, else Shopify the offset in the order's timestamps and the helpdesk the installation's
 * zone (server/webhooks/shopify.ts, helpdesk.ts).
 */
function daysFact(source: Source, installationZone: string | undefined, t: ReturnType<typeof useT>): string {
  if (source.kind === 'generic') return t('integrations.source.daysAsSent');
  if (source.timeZone) return t('integrations.source.daysIn', { timeZone: source.timeZone });
  if (source.kind === 'shopify') return t('integrations.source.daysFromSender');
  return installationZone
    ? t('integrations.source.daysInInstallation', { timeZone: installationZone })
    : t('integrations.source.daysInInstallationUnknown');
}

/** One source: its URL, secrets (rotate / revoke), settings, on/off, last error and delivery log. */
export function SourceCard({ source }: { source: Source }) {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const { locale } = useIntl();
  const config = useQuery(configOptions());
  const installationCurrency = config.data?.currency ?? 'EUR';
  const [secret, setSecret] = useState<string | null>(null);
  const [showLog, setShowLog] = useState(false);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['webhook-sources'] });
  const rotate = useMutation({
    mutationFn: () => api(`/webhook-sources/${source.id}/secrets`, secretRevealSchema, { method: 'POST', body: {} }),
    onSuccess: (r) => {
      setSecret(r.secret.value);
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api(`/webhook-sources/${source.id}/secrets/${id}`, sourceSchema, { method: 'DELETE' }),
    onSuccess: () => void refresh(),
  });
  const toggle = useMutation({
    mutationFn: () =>
      api(`/webhook-sources/${source.id}`, sourceSchema, { method: 'PATCH', body: { enabled: !source.enabled } }),
    onSuccess: () => void refresh(),
  });
  const failed = rotate.error ?? revoke.error ?? toggle.error;
  // The URL a sender needs is absolute; during server rendering (tests) there is no window.
  const url = `${typeof window === 'undefined' ? '' : window.location.origin}${source.url}`;
  // Separate facts about the source, not one sentence: each is its own message.
  const facts = [
    daysFact(source, config.data?.timeZone, t),
    source.segment
      ? t('integrations.source.segment', { segment: source.segment })
      : t('integrations.source.wholeBusiness'),
    source.kind === 'shopify' &&
      t('integrations.source.currency', { currency: source.currency ?? installationCurrency }),
    source.kind === 'shopify' && source.allowTest && t('integrations.source.testsCounted'),
    t('integrations.source.counts', source.counts),
    source.lastDeliveryAt && t('integrations.source.lastDelivery', { at: formatDateTime(source.lastDeliveryAt) }),
  ].filter(Boolean);
  return (
    <article className="source-card" aria-labelledby={`src-${source.id}`} data-source={source.id}>
      <header className="row">
        <h3 id={`src-${source.id}`}>{source.name}</h3>
        <span className="kind">{t(`integrations.kind.${source.kind}`)}</span>
        <span className={source.enabled ? 'badge on' : 'badge off'}>
          {source.enabled ? t('integrations.source.enabled') : t('integrations.source.disabled')}
        </span>
      </header>
      <p>
        <T id="integrations.source.url" values={{ url, code }} />
      </p>
      <p className="muted">{facts.join(' · ')}</p>
      {source.lastError && (
        <p className="error" data-testid="last-error">
          {t('integrations.source.lastError', {
            status: source.lastError.status,
            at: formatDateTime(source.lastError.at),
            reason: reasonText(source.lastError, t, locale) ?? '—',
          })}
        </p>
      )}
      {secret && <SecretReveal value={secret} onDone={() => setSecret(null)} />}
      <ul className="secrets" aria-label={t('integrations.source.secrets')}>
        {source.secrets.map((s) => (
          <li key={s.id}>
            <T id="integrations.source.secret" values={{ hint: s.hint, date: formatDateTime(s.createdAt), code }} />
            {source.secrets.length > 1 && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => revoke.mutate(s.id)}
                disabled={revoke.isPending}
              >
                {t('integrations.source.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="btn" onClick={() => rotate.mutate()} disabled={rotate.isPending}>
          {t('integrations.source.rotate')}
        </button>
        <button
          type="button"
          className="btn"
          aria-expanded={adding}
          onClick={() => {
            setAdding((v) => !v);
            setAdded(null);
          }}
        >
          {t('integrations.secret.addTitle')}
        </button>
        <button type="button" className="btn" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
          {source.enabled ? t('integrations.source.disable') : t('integrations.source.enable')}
        </button>
        <button type="button" className="btn" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          {t('integrations.source.settings')}
        </button>
        <button type="button" className="btn" aria-expanded={showLog} onClick={() => setShowLog((v) => !v)}>
          {showLog ? t('integrations.source.hideDeliveries') : t('integrations.source.showDeliveries')}
        </button>
      </div>
      {failed && <p role="alert">{words.error(failed)}</p>}
      {adding && (
        <AddSecretForm
          sourceId={source.id}
          onDone={(hint) => {
            setAdding(false);
            setAdded(hint);
          }}
        />
      )}
      {added && (
        <p role="status">
          <T id="integrations.secret.added" values={{ hint: added, code }} />
        </p>
      )}
      {editing && (
        <SourceSettingsForm
          source={source}
          installationCurrency={installationCurrency}
          onDone={() => setEditing(false)}
        />
      )}
      {showLog && <DeliveryLog sourceId={source.id} currency={source.currency ?? installationCurrency} />}
    </article>
  );
}
