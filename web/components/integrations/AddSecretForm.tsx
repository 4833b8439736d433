import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { secretRevealSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { fieldErrors, unshownErrors } from '../admin/fieldErrors';
import { TextField } from './TextField';

/**
 * Adds a secret the tool generated itself (Zendesk resets a webhook's signing secret, a new
 * Shopify app has a new client secret). It verifies beside the current ones until they are
 * revoked, so deliveries keep passing while the tool switches over.
 */
export function AddSecretForm({ sourceId, onDone }: { sourceId: string; onDone: (hint: string) => void }) {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const [secret, setSecret] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api(`/webhook-sources/${sourceId}/secrets`, secretRevealSchema, {
        method: 'POST',
        body: { secret: secret.trim() },
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['webhook-sources'] });
      onDone(r.secret.hint);
    },
  });
  const errors = fieldErrors(add.error, t, words);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="add-secret row" onSubmit={submit} aria-label={t('integrations.secret.addTitle')}>
      <TextField
        id={`${sourceId}-new-secret`}
        label={t('integrations.secret.pasteLabel')}
        value={secret}
        onChange={setSecret}
        error={errors.secret ?? (unshownErrors(errors, ['secret']) || undefined)}
        required
        secret
      />
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('integrations.secret.add')}
      </button>
    </form>
  );
}
