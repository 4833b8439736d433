// Mounts ImportPage alone (App.tsx routing belongs to another change) for the browser test.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { ImportPage } from '../../../web/pages/ImportPage';
import '../../../web/styles.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ImportPage />
    </QueryClientProvider>,
  );
