import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type SourceKind, secretRevealSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import type { MessageKey } from '../../i18n/messages/en';
import { useErrorWords } from '../../i18n/useErrorWords';
import { T, useT } from '../../i18n/useT';
import { fieldErrors, unshownErrors } from '../admin/fieldErrors';
import { Field, FormMessage } from '../Field';
import { TextField } from './TextField';

const KINDS: Array<{ value: SourceKind; label: MessageKey }> = [
  { value: 'shopify', label: 'integrations.create.kind.shopify' },
  { value: 'helpdesk', label: 'integrations.create.kind.helpdesk' },
  { value: 'generic', label: 'integrations.create.kind.generic' },
];

/** Registers a source; the parent shows the secret the server returns once. */
export function CreateSourceForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('shopify');
  const [timeZone, setTimeZone] = useState('');
  const [segment, setSegment] = useState('');
  const [secret, setSecret] = useState('');
  /** After a source is created with the tool's own secret: its name and that secret's hint. */
  const [pasted, setPasted] = useState<{ name: string; hint: string } | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api('/webhook-sources', secretRevealSchema, {
        method: 'POST',
        body: {
          name,
          kind,
          timeZone: timeZone.trim() || null,
          segment: segment.trim() || null,
          ...(secret.trim() ? { secret: secret.trim() } : {}),
        },
      }),
    onSuccess: (r) => {
      setName('');
      setSecret('');
      // A pasted secret is the tool's own: the admin has it already, so it is not shown again.
      if (secret.trim()) setPasted({ name: r.source.name, hint: r.secret.hint });
      else onCreated(r.secret.value);
      void qc.invalidateQueries({ queryKey: ['webhook-sources'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPasted(null);
    create.mutate();
  };
  const errors = fieldErrors(create.error, t, words);
  const general = unshownErrors(errors, ['name', 'kind', 'timeZone', 'segment', 'secret']);
  const id = (field: string) => `create-source-${field}`;
  return (
    <form className="create-source" onSubmit={submit} aria-labelledby="create-source-title">
      <h2 id="create-source-title">{t('integrations.create.title')}</h2>
      <TextField
        id={id('name')}
        label={t('integrations.create.name')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
      />
      <Field id={id('kind')} label={t('integrations.create.kind')} error={errors.kind}>
        {(a11y) => (
          <select {...a11y} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {t(k.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={id('timeZone')}
        label={t('integrations.create.timeZone')}
        value={timeZone}
        onChange={setTimeZone}
        error={errors.timeZone}
        placeholder={t('integrations.create.timeZonePlaceholder')}
      />
      <TextField
        id={id('segment')}
        label={t('integrations.create.segment')}
        value={segment}
        onChange={setSegment}
        error={errors.segment}
        placeholder={t('integrations.create.segmentPlaceholder')}
      />
      <TextField
        id={id('secret')}
        label={t('integrations.create.secret')}
        value={secret}
        onChange={setSecret}
        error={errors.secret}
        hint={t(`integrations.create.secretHint.${kind}`)}
        secret
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {create.isPending ? t('integrations.create.pending') : t('integrations.create.submit')}
      </button>
      <FormMessage error={general || undefined} />
      {pasted && (
        <p role="status">
          <T id="integrations.create.pastedSecret" values={{ ...pasted, code: (c) => <code>{c}</code> }} />
        </p>
      )}
    </form>
  );
}
