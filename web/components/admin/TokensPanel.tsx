import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createdTokenSchema, type TokenScope, tokenSchema } from '../../../shared/auth';
import { tokensOptions } from '../../api/admin';
import { api } from '../../api/client';
import { fieldErrors } from './fieldErrors';

const SCOPES: TokenScope[] = ['read', 'ingest', 'import'];
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** API tokens for scripts and the CLI: the secret is shown once, right after creation. */
export function TokensPanel() {
  const qc = useQueryClient();
  const tokens = useQuery(tokensOptions());
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const create = useMutation({
    mutationFn: () => api('/tokens', createdTokenSchema, { method: 'POST', body: { name, scopes } }),
    onSuccess: () => {
      setName('');
      qc.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api(`/tokens/${id}`, tokenSchema, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const errors = fieldErrors(create.error);
  return (
    <section aria-labelledby="tokens-heading" className="panel">
      <h2 id="tokens-heading">API tokens</h2>
      {create.data && (
        <div className="callout" role="status">
          Copy this token now — it will not be shown again: <code>{create.data.token}</code>
        </div>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Scopes</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data?.tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{t.scopes.join(', ')}</td>
                <td>{when(t.lastUsedAt)}</td>
                <td>
                  {t.revokedAt ? (
                    `revoked ${when(t.revokedAt)}`
                  ) : (
                    <button type="button" className="btn" onClick={() => revoke.mutate(t.id)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={submit} className="inline-form" noValidate>
        <h3>Create a token</h3>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(errors.name)} />
          {errors.name && <span className="field-error">{errors.name}</span>}
        </label>
        <fieldset>
          <legend>Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />{' '}
              {s}
            </label>
          ))}
          {errors.scopes && <span className="field-error">{errors.scopes}</span>}
        </fieldset>
        {errors._ && <p className="field-error">{errors._}</p>}
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          Create token
        </button>
      </form>
    </section>
  );
}
