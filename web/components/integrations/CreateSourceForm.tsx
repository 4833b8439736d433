import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type SourceKind, secretRevealSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import type { MessageKey } from '../../i18n/messages/en';
import { useT } from '../../i18n/useT';
import { ApiErrorText } from './ApiErrorText';

const KINDS: Array<{ value: SourceKind; label: MessageKey }> = [
  { value: 'shopify', label: 'integrations.create.kind.shopify' },
  { value: 'helpdesk', label: 'integrations.create.kind.helpdesk' },
  { value: 'generic', label: 'integrations.create.kind.generic' },
];

/** Registers a source; the parent shows the secret the server returns once. */
export function CreateSourceForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const qc = useQueryClient();
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SourceKind>('shopify');
  const [timeZone, setTimeZone] = useState('');
  const [segment, setSegment] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api('/webhook-sources', secretRevealSchema, {
        method: 'POST',
        body: { name, kind, timeZone: timeZone.trim() || null, segment: segment.trim() || null },
      }),
    onSuccess: (r) => {
      setName('');
      onCreated(r.secret.value);
      void qc.invalidateQueries({ queryKey: ['webhook-sources'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="create-source" onSubmit={submit} aria-labelledby="create-source-title">
      <h2 id="create-source-title">{t('integrations.create.title')}</h2>
      <label>
        {t('integrations.create.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      </label>
      <label>
        {t('integrations.create.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {t(k.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('integrations.create.timeZone')}
        <input
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          placeholder={t('integrations.create.timeZonePlaceholder')}
        />
      </label>
      <label>
        {t('integrations.create.segment')}
        <input
          value={segment}
          onChange={(e) => setSegment(e.target.value)}
          placeholder={t('integrations.create.segmentPlaceholder')}
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {create.isPending ? t('integrations.create.pending') : t('integrations.create.submit')}
      </button>
      {create.isError && <ApiErrorText error={create.error} />}
    </form>
  );
}
