import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type SourceKind, secretRevealSchema } from '../../../shared/webhooks';
import { ApiError, api } from '../../api/client';

const KINDS: Array<{ value: SourceKind; label: string }> = [
  { value: 'shopify', label: 'Shopify (orders, refunds, cancellations)' },
  { value: 'helpdesk', label: 'Helpdesk — Zendesk signature (ticket events)' },
  { value: 'generic', label: 'Any tool — Standard Webhooks + ingest batch' },
];

/** Registers a source; the parent shows the secret the server returns once. */
export function CreateSourceForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const qc = useQueryClient();
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
  const issues =
    create.error instanceof ApiError
      ? ((create.error.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues ?? [])
      : [];
  return (
    <form className="create-source" onSubmit={submit} aria-labelledby="create-source-title">
      <h2 id="create-source-title">Add a source</h2>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Time zone (optional)
        <input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} placeholder="e.g. Europe/Madrid" />
      </label>
      <label>
        Segment (optional)
        <input value={segment} onChange={(e) => setSegment(e.target.value)} placeholder="e.g. shop_es" />
      </label>
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create source'}
      </button>
      {create.isError && (
        <p role="alert" className="error">
          {create.error.message}
          {issues.map((i) => (
            <span key={i.path}>
              <br />
              {i.path}: {i.message}
            </span>
          ))}
        </p>
      )}
    </form>
  );
}
