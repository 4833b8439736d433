import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { alertWebhooksOptions } from '../../api/alerts';
import { catalogOptions } from '../../api/queries';
import { SecretReveal } from '../integrations/SecretReveal';
import { ErrorNotice } from '../QueryState';
import { WebhookRow } from './WebhookRow';

/** Admins: where each business role's alerts are POSTed; a new secret is shown once on saving. */
export function RoleWebhooks({ timeZone }: { timeZone: string }) {
  const catalog = useQuery(catalogOptions());
  const hooks = useQuery(alertWebhooksOptions());
  const [revealed, setRevealed] = useState<{ role: string; secret: string } | null>(null);
  const error = catalog.error ?? hooks.error;
  return (
    <section className="card role-webhooks" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks per role</h2>
      <p className="subtle">
        Alerts about a role’s KPIs are POSTed to its URL as signed JSON (Standard Webhooks) with a Slack-compatible{' '}
        <code>text</code>: a Slack incoming-webhook URL works as it is. Failed deliveries are retried after 1 min, 5
        min, 30 min, 2 h and 12 h.
      </p>
      {error && (
        <ErrorNotice
          what="the webhooks"
          error={error}
          onRetry={() => void Promise.all([catalog.refetch(), hooks.refetch()])}
        />
      )}
      {revealed && (
        <div className="secret-box" data-role={revealed.role}>
          <SecretReveal value={revealed.secret} onDone={() => setRevealed(null)} />
        </div>
      )}
      <ul className="webhook-rows">
        {catalog.data?.roles.map((r) => (
          <WebhookRow
            key={r.key}
            role={r}
            hook={hooks.data?.webhooks.find((w) => w.role.key === r.key)}
            onSaved={(secret) => setRevealed({ role: r.key, secret })}
            timeZone={timeZone}
          />
        ))}
      </ul>
    </section>
  );
}
