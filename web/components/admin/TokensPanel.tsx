import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createdTokenSchema, type TokenScope, tokenSchema } from '../../../shared/auth';
import { tokensOptions } from '../../api/admin';
import { api } from '../../api/client';
import { useErrorWords } from '../../i18n/useErrorWords';
import { T, useT } from '../../i18n/useT';
import { formatDateTime } from '../../lib/format';
import { fieldErrors } from './fieldErrors';

const SCOPES: TokenScope[] = ['read', 'ingest', 'import'];

/** API tokens for scripts and the CLI: the secret is shown once, right after creation. */
export function TokensPanel() {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
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
  const errors = fieldErrors(create.error, t, words);
  const scopeNames = (list: TokenScope[]) => list.map((s) => t(`admin.tokens.scope.${s}`)).join(', ');
  return (
    <section aria-labelledby="tokens-heading" className="panel">
      <h2 id="tokens-heading">{t('admin.tokens.title')}</h2>
      {create.data && (
        <div className="callout" role="status">
          <T id="admin.tokens.created" values={{ token: create.data.token, code: (s) => <code>{s}</code> }} />
        </div>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.tokens.token')}</th>
              <th scope="col">{t('admin.tokens.scopes')}</th>
              <th scope="col">{t('admin.tokens.lastUsed')}</th>
              <th scope="col">{t('admin.tokens.state')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data?.tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{scopeNames(token.scopes)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('admin.tokens.never')}</td>
                <td>
                  {token.revokedAt ? (
                    t('admin.tokens.revoked', { when: formatDateTime(token.revokedAt) })
                  ) : (
                    <button type="button" className="btn" onClick={() => revoke.mutate(token.id)}>
                      {t('admin.tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {revoke.isError && (
        <p role="alert" className="field-error">
          {words.error(revoke.error)}
        </p>
      )}
      <form onSubmit={submit} className="inline-form" noValidate>
        <h3>{t('admin.tokens.create')}</h3>
        <label>
          {t('admin.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(errors.name)} />
          {errors.name && <span className="field-error">{errors.name}</span>}
        </label>
        <fieldset>
          <legend>{t('admin.tokens.scopes')}</legend>
          {SCOPES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />{' '}
              {t(`admin.tokens.scope.${s}`)}
            </label>
          ))}
          {errors.scopes && <span className="field-error">{errors.scopes}</span>}
        </fieldset>
        {errors._ && <p className="field-error">{errors._}</p>}
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('admin.tokens.submit')}
        </button>
      </form>
    </section>
  );
}
