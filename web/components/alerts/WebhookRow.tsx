import { useState } from 'react';
import { type AlertWebhook, webhookUrlSchema } from '../../../shared/alerts';
import { useRemoveAlertWebhook, useSetAlertWebhook } from '../../api/alerts';
import { useT } from '../../i18n/useT';
import { formatInstant } from '../../lib/alerts';

/** One role's webhook: its URL (editable), the secret's last characters, remove. */
export function WebhookRow({
  role,
  hook,
  onSaved,
  timeZone,
}: {
  role: { key: string; name: string };
  timeZone: string;
  hook: AlertWebhook | undefined;
  onSaved: (secret: string) => void;
}) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSetAlertWebhook();
  const remove = useRemoveAlertWebhook();
  const value = url ?? hook?.url ?? '';
  const id = `hook-${role.key}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = webhookUrlSchema.safeParse(value.trim());
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? t('alerts.webhook.notUrl'));
    setProblem(null);
    save.mutate(
      { role: role.key, url: parsed.data },
      {
        onSuccess: (r) => {
          setUrl(null);
          onSaved(r.secret);
        },
        onError: (err) => setProblem(err.message),
      },
    );
  };
  return (
    <li className="webhook-row" data-role={role.key}>
      <form onSubmit={submit} noValidate>
        <label htmlFor={id}>{role.name}</label>
        <input
          id={id}
          type="url"
          inputMode="url"
          placeholder={t('alerts.webhook.placeholder')}
          value={value}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-state`}
        />
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t(hook ? 'alerts.webhook.saveNewSecret' : 'alerts.webhook.save')}
        </button>
        {hook && (
          <button
            type="button"
            className="btn"
            disabled={remove.isPending}
            onClick={() => remove.mutate(role.key, { onError: (err) => setProblem(err.message) })}
          >
            {t('alerts.webhook.remove')}
          </button>
        )}
        <p id={`${id}-state`} className={problem ? 'field-error' : 'subtle'} role={problem ? 'alert' : undefined}>
          {problem ??
            (hook
              ? t('alerts.webhook.sending', { since: formatInstant(hook.createdAt, timeZone), hint: hook.secretHint })
              : t('alerts.webhook.notSending'))}
        </p>
      </form>
    </li>
  );
}
