import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CreateSourceForm } from '../components/integrations/CreateSourceForm';
import { sourcesOptions } from '../components/integrations/queries';
import { SecretReveal } from '../components/integrations/SecretReveal';
import { SourceCard } from '../components/integrations/SourceCard';
import '../components/integrations/integrations.css';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';

/** Webhook sources: register one, copy its URL and secret, rotate secrets, read its delivery log. */
export function IntegrationsPage() {
  const t = useT();
  const words = useErrorWords();
  const sources = useQuery(sourcesOptions());
  const [newSecret, setNewSecret] = useState<string | null>(null);
  return (
    <div className="page integrations">
      <h1>{t('integrations.title')}</h1>
      <p>{t('integrations.intro')}</p>
      <CreateSourceForm onCreated={setNewSecret} />
      {newSecret && <SecretReveal value={newSecret} onDone={() => setNewSecret(null)} />}
      <h2>{t('integrations.sources')}</h2>
      {sources.isPending && <p role="status">{t('integrations.loading')}</p>}
      {sources.isError && (
        <p role="alert">
          {t('integrations.couldNotLoad', { reason: words.error(sources.error) })}{' '}
          <button type="button" onClick={() => sources.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {sources.data?.sources.length === 0 && <p>{t('integrations.empty')}</p>}
      {sources.data?.sources.map((s) => (
        <SourceCard key={s.id} source={s} />
      ))}
    </div>
  );
}
