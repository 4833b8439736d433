import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Source, secretRevealSchema, sourceSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import { DeliveryLog } from './DeliveryLog';
import { SecretReveal } from './SecretReveal';

const KIND_LABEL = { shopify: 'Shopify', helpdesk: 'Helpdesk (Zendesk)', generic: 'Standard Webhooks' } as const;

/** One source: its URL, secrets (rotate / revoke), on/off, last error and delivery log. */
export function SourceCard({ source }: { source: Source }) {
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [showLog, setShowLog] = useState(false);
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
  return (
    <article className="source-card" aria-labelledby={`src-${source.id}`} data-source={source.id}>
      <header className="row">
        <h3 id={`src-${source.id}`}>{source.name}</h3>
        <span className="kind">{KIND_LABEL[source.kind]}</span>
        <span className={source.enabled ? 'badge on' : 'badge off'}>{source.enabled ? 'Enabled' : 'Disabled'}</span>
      </header>
      <p>
        Delivery URL: <code>{url}</code>
      </p>
      <p className="muted">
        {source.timeZone ? `Days in ${source.timeZone}` : 'Days from the sender’s timestamps'}
        {source.segment ? ` · segment ${source.segment}` : ' · whole business'} · {source.counts.accepted} accepted,{' '}
        {source.counts.duplicate} duplicates, {source.counts.refused} refused
        {source.lastDeliveryAt ? ` · last delivery ${new Date(source.lastDeliveryAt).toLocaleString()}` : ''}
      </p>
      {source.lastError && (
        <p className="error" data-testid="last-error">
          Last error ({source.lastError.status}, {new Date(source.lastError.at).toLocaleString()}):{' '}
          {source.lastError.reason}
        </p>
      )}
      {secret && <SecretReveal value={secret} onDone={() => setSecret(null)} />}
      <ul className="secrets" aria-label="Active secrets">
        {source.secrets.map((s) => (
          <li key={s.id}>
            Secret ending <code>…{s.hint}</code>, created {new Date(s.createdAt).toLocaleDateString()}
            {source.secrets.length > 1 && (
              <button type="button" onClick={() => revoke.mutate(s.id)} disabled={revoke.isPending}>
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" onClick={() => rotate.mutate()} disabled={rotate.isPending}>
          Rotate secret
        </button>
        <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
          {source.enabled ? 'Disable' : 'Enable'}
        </button>
        <button type="button" aria-expanded={showLog} onClick={() => setShowLog((v) => !v)}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </button>
      </div>
      {failed && <p role="alert">{failed.message}</p>}
      {showLog && <DeliveryLog sourceId={source.id} />}
    </article>
  );
}
