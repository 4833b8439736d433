import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CreateSourceForm } from '../components/integrations/CreateSourceForm';
import { sourcesOptions } from '../components/integrations/queries';
import { SecretReveal } from '../components/integrations/SecretReveal';
import { SourceCard } from '../components/integrations/SourceCard';
import '../components/integrations/integrations.css';

/** Webhook sources: register one, copy its URL and secret, rotate secrets, read its delivery log. */
export function IntegrationsPage() {
  const sources = useQuery(sourcesOptions());
  const [newSecret, setNewSecret] = useState<string | null>(null);
  return (
    <div className="page integrations">
      <h1>Integrations</h1>
      <p>
        Shops, helpdesks and other tools push events to Rolecard. Each source has its own URL and signing secret;
        unsigned or replayed deliveries are refused, and every delivery is counted once.
      </p>
      <CreateSourceForm onCreated={setNewSecret} />
      {newSecret && <SecretReveal value={newSecret} onDone={() => setNewSecret(null)} />}
      <h2>Sources</h2>
      {sources.isPending && <p role="status">Loading sources…</p>}
      {sources.isError && (
        <p role="alert">
          Could not load sources: {sources.error.message}{' '}
          <button type="button" onClick={() => sources.refetch()}>
            Retry
          </button>
        </p>
      )}
      {sources.data?.sources.length === 0 && <p>No sources yet.</p>}
      {sources.data?.sources.map((s) => (
        <SourceCard key={s.id} source={s} />
      ))}
    </div>
  );
}
