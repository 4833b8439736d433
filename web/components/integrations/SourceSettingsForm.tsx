import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Source, sourceSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { changedSettings, type SettingsFields, settingsFields } from '../../lib/sourceSettings';
import { fieldErrors, unshownErrors } from '../admin/fieldErrors';
import { FormMessage } from '../Field';
import { sourcesOptions } from './queries';
import { TextField } from './TextField';

/** A source's settings: name, days' zone, segment, shop currency, test notifications and limits. */
export function SourceSettingsForm({
  source,
  installationCurrency,
  onDone,
}: {
  source: Source;
  installationCurrency: string;
  onDone: () => void;
}) {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const before = settingsFields(source);
  const [fields, setFields] = useState(before);
  const set = <K extends keyof SettingsFields>(key: K, value: SettingsFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: (patch: Record<string, unknown>) =>
      api(`/webhook-sources/${source.id}`, sourceSchema, { method: 'PATCH', body: patch }),
    onSuccess: (updated) => {
      // The card shows the saved settings as the form closes, not the old ones until the
      // list is fetched again (which still follows, for the log summary).
      qc.setQueryData(
        sourcesOptions().queryKey,
        (list) => list && { ...list, sources: list.sources.map((s) => (s.id === updated.id ? updated : s)) },
      );
      void qc.invalidateQueries({ queryKey: ['webhook-sources'] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch = changedSettings(before, fields);
    if (Object.keys(patch).length) save.mutate(patch);
    else onDone();
  };
  const shopify = source.kind === 'shopify';
  const errors = fieldErrors(save.error, t, words);
  const shown = ['name', 'timeZone', 'segment', 'rateLimitPerMinute', 'maxBodyBytes', ...(shopify ? ['currency'] : [])];
  // A problem the form has no field for (or none at all) is said once, below the buttons.
  const general = unshownErrors(errors, shown);
  // `key` is both the form field and, except for the body limit (sent in bytes), the setting's
  // name in the API, which names the field a problem is about.
  const text = (
    key: Exclude<keyof SettingsFields, 'allowTest'>,
    label: string,
    extra: { placeholder?: string; hint?: string; numeric?: boolean; required?: boolean } = {},
  ) => (
    <TextField
      id={`${source.id}-${key}`}
      label={label}
      value={fields[key]}
      onChange={(v) => set(key, v)}
      error={errors[key === 'maxBodyKb' ? 'maxBodyBytes' : key]}
      {...extra}
    />
  );
  return (
    <form className="source-settings" onSubmit={submit} aria-label={t('integrations.settings.title')}>
      {text('name', t('integrations.create.name'), { required: true })}
      {text('timeZone', t('integrations.create.timeZone'), {
        placeholder: t('integrations.create.timeZonePlaceholder'),
      })}
      {text('segment', t('integrations.create.segment'), { placeholder: t('integrations.create.segmentPlaceholder') })}
      {shopify &&
        text('currency', t('integrations.settings.currency'), {
          placeholder: installationCurrency,
          hint: t('integrations.settings.currencyHelp', { currency: installationCurrency }),
        })}
      {shopify && (
        <label className="check">
          <input type="checkbox" checked={fields.allowTest} onChange={(e) => set('allowTest', e.target.checked)} />
          {t('integrations.settings.allowTest')}
        </label>
      )}
      {text('rateLimitPerMinute', t('integrations.settings.rateLimit'), { numeric: true })}
      {text('maxBodyKb', t('integrations.settings.maxBody'), { numeric: true })}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('integrations.settings.saving') : t('integrations.settings.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('integrations.settings.cancel')}
        </button>
      </div>
      <FormMessage error={general || undefined} />
    </form>
  );
}
