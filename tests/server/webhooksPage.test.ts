import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { sourceListSchema } from '../../shared/webhooks.js';
import { IntegrationsPage } from '../../web/pages/IntegrationsPage.js';
import { makeTestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders } from './webhooksFixtures.js';

/** The Integrations page rendered with what the real API answers (the browser route is wired by App.tsx). */
test('the Integrations page lists each source with its URL, secret hint and last error, never the secret', async () => {
  const t = makeTestApp();
  const s = await createSource(t, { name: 'Spanish shop', kind: 'shopify', timeZone: 'Europe/Madrid' });
  const body = orderBody({
    id: '1',
    createdAt: '2026-03-16T12:00:00+01:00',
    total: '10.00',
    tax: '0.00',
    shipping: '0.00',
  });
  await send(t, s.url, body, shopifyHeaders('a-wrong-secret-of-enough-length', body, 'orders/create', 'w-1'));
  const sources = await t.get('/api/webhook-sources', sourceListSchema);

  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(['webhook-sources'], sources);
  // React marks text boundaries with empty comments; drop them to read the text as shown.
  const html = renderToString(
    createElement(QueryClientProvider, { client }, createElement(IntegrationsPage)),
  ).replaceAll('<!-- -->', '');

  expect(html).toContain('Spanish shop');
  expect(html).toContain(`/api/webhooks/${s.id}`);
  expect(html).toContain('Days in Europe/Madrid');
  expect(html).toContain(`…${s.secret.slice(-4)}`);
  expect(html).toContain('Last error (401');
  expect(html).toContain('0 accepted, 0 duplicates, 1 refused');
  expect(html).not.toContain(s.secret);
});
