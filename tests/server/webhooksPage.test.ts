import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { expect, test } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import { sourceListSchema } from '../../shared/webhooks.js';
import { setActiveLocale } from '../../web/i18n/active.js';
import { loadMessages } from '../../web/i18n/load.js';
import { IntegrationsPage } from '../../web/pages/IntegrationsPage.js';
import { makeTestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders } from './webhooksFixtures.js';

/** One source in Madrid time whose only delivery was refused (signed with the wrong secret). */
async function refusedOnce() {
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
  return { s, sources: await t.get('/api/webhook-sources', sourceListSchema) };
}

/** The page as the server renders it in one language, with what the real API answered. */
async function render(locale: Locale, sources: unknown): Promise<string> {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(['webhook-sources'], sources);
  const messages = await loadMessages(locale);
  setActiveLocale(locale); // what the provider does for the formatting functions
  try {
    // React marks text boundaries with empty comments; drop them to read the text as shown.
    return renderToString(
      createElement(
        IntlProvider,
        { locale, messages },
        createElement(QueryClientProvider, { client }, createElement(IntegrationsPage)),
      ),
    ).replaceAll('<!-- -->', '');
  } finally {
    setActiveLocale('en');
  }
}

/** The Integrations page rendered with what the real API answers (the browser route is wired by App.tsx). */
test('the Integrations page lists each source with its URL, secret hint and last error, never the secret', async () => {
  const { s, sources } = await refusedOnce();
  const html = await render('en', sources);

  expect(html).toContain('Spanish shop');
  expect(html).toContain(`/api/webhooks/${s.id}`);
  expect(html).toContain('Days in Europe/Madrid');
  expect(html).toContain(`…${s.secret.slice(-4)}`);
  expect(html).toContain('Last error (401');
  expect(html).toContain('0 accepted, 0 duplicates, 1 refused');
  expect(html).not.toContain(s.secret);
});

test('in Spanish the counts agree with their number and the source reads in Spanish', async () => {
  const { s, sources } = await refusedOnce();
  const html = await render('es', sources);

  // One refused delivery: "rechazada" in the singular, the zero counts in the plural.
  expect(html).toContain('0 aceptadas, 0 duplicadas, 1 rechazada');
  expect(html).toContain('Días según la zona Europe/Madrid');
  expect(html).toContain('Último error (401');
  expect(html).toContain(`Secreto terminado en <code>…${s.secret.slice(-4)}</code>`);
  expect(html).toContain('Rotar el secreto');
  expect(html).not.toContain('Rotate secret');
});
