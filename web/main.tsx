import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiError } from './api/client';
import { SessionGate } from './auth/SessionContext';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // A 4xx will not fix itself on retry; network blips and 5xx may.
    queries: { retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2 },
    // A write is never repeated behind the user's back.
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <SessionGate>
            <App />
          </SessionGate>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
