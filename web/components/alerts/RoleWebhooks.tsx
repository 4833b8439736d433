import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { alertWebhooksOptions } from '../../api/alerts';
import { catalogOptions } from '../../api/queries';
import { T, useT } from '../../i18n/useT';
import { SecretReveal } from '../integrations/SecretReveal';
import { ErrorNotice } from '../QueryState';
import { WebhookRow } from './WebhookRow';

/** The payload field a Slack incoming webhook reads: a JSON name, the same in every language. */
const SLACK_FIELD = 'text';

/** Admins: where each business role's alerts are POSTed; a new secret is shown once on saving. */
export function RoleWebhooks({ timeZone }: { timeZone: string }) {
  const t = useT();
  const catalog = useQuery(catalogOptions());
  const hooks = useQuery(alertWebhooksOptions());
  const [revealed, setRevealed] = useState<{ role: string; secret: string } | null>(null);
  const error = catalog.error ?? hooks.error;
  return (
    <section className="card role-webhooks" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('alerts.webhooks.title')}</h2>
      <p className="subtle">
        <T id="alerts.webhooks.intro" values={{ field: <code>{SLACK_FIELD}</code> }} />
      </p>
      {error && (
        <ErrorNotice
          what={t('alerts.webhooks.what')}
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
