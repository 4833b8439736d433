import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { expect, test } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import { publicConfigSchema } from '../../shared/schemas.js';
import { deliveryListSchema, sourceListSchema } from '../../shared/webhooks.js';
import { DeliveryLog } from '../../web/components/integrations/DeliveryLog.js';
import { deliveriesOptions } from '../../web/components/integrations/queries.js';
import { setActiveLocale } from '../../web/i18n/active.js';
import { loadMessages } from '../../web/i18n/load.js';
import { IntegrationsPage } from '../../web/pages/IntegrationsPage.js';
import { makeTestApp } from '../helpers/testApp.js';
import { createSource, orderBody, send, shopifyHeaders, zendeskBody, zendeskHeaders } from './webhooksFixtures.js';

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
async function render(
  locale: Locale,
  sources: unknown,
  page: ReactElement = createElement(IntegrationsPage),
  cached: Array<[readonly unknown[], unknown]> = [],
): Promise<string> {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(['webhook-sources'], sources);
  for (const [key, data] of cached) client.setQueryData(key, data);
  const messages = await loadMessages(locale);
  setActiveLocale(locale); // what the provider does for the formatting functions
  try {
    // React marks text boundaries with empty comments; drop them to read the text as shown.
    return renderToString(
      createElement(IntlProvider, { locale, messages }, createElement(QueryClientProvider, { client }, page)),
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
  // The refusal's stored code and parameters (unauthorized, bad_signature), worded in Spanish.
  expect(html).toMatch(/Último error \(401, [^)]+\): La firma X-Shopify-Hmac-Sha256 no coincide\./);
  expect(html).not.toContain('signature does not match');
  expect(html).toContain(`Secreto terminado en <code>…${s.secret.slice(-4)}</code>`);
  expect(html).toContain('Rotar el secreto');
  expect(html).not.toContain('Rotate secret');
});

test('in Spanish a log row words its stored reason code; English keeps the stored sentence', async () => {
  const t = makeTestApp({ now: '2026-03-18T10:00:00Z' });
  const s = await createSource(t, { name: 'Desk', kind: 'helpdesk', timeZone: 'Europe/Madrid' });
  const ts = String(Date.parse('2026-03-18T10:00:00Z') / 1000);
  // The same ticket created twice under two event ids: the second is ignored.
  for (const id of ['e1', 'e2']) {
    const body = zendeskBody({ id, ticket: '77', type: 'ticket.created', time: '2026-03-17T08:00:00Z' });
    await send(t, s.url, body, zendeskHeaders(s.secret, body, ts));
  }
  // A row logged before migration 015: text only, shown as stored in every language.
  t.db
    .prepare(
      `INSERT INTO webhook_deliveries (source_id, received_at, delivery_id, topic, status, outcome, reason, changes)
       VALUES (?, '2026-03-17T09:00:00.000Z', 'old', 'ticket.created', 200, 'ignored', 'an older English reason', '[]')`,
    )
    .run(s.id);
  const log = await t.get(`/api/webhook-sources/${s.id}/deliveries?limit=50`, deliveryListSchema);
  const show = (locale: Locale) =>
    render(locale, { sources: [] }, createElement(DeliveryLog, { sourceId: s.id, currency: 'EUR' }), [
      [deliveriesOptions(s.id).queryKey, log],
    ]);

  const es = await show('es');
  // ticket_already_created {ticket: 77, day: 2026-03-17}: Spanish medium date "17 mar 2026".
  expect(es).toContain('<div class="reason">el ticket 77 ya está contabilizado como creado el 17 mar 2026</div>');
  expect(es).toContain('ignorada');
  expect(es).toContain('<div class="reason">an older English reason</div>');
  expect(es).not.toContain('is already counted as created');

  const en = await show('en');
  expect(en).toContain('<div class="reason">ticket 77 is already counted as created on 2026-03-17</div>');
});

test('each source says which day its deliveries count on, as the server decides it', async () => {
  const t = makeTestApp();
  await createSource(t, { name: 'Shop, own offsets', kind: 'shopify' });
  await createSource(t, { name: 'Shop in Rome', kind: 'shopify', timeZone: 'Europe/Rome' });
  await createSource(t, { name: 'Helpdesk, no zone', kind: 'helpdesk' });
  await createSource(t, { name: 'Any tool', kind: 'generic' });
  const sources = await t.get('/api/webhook-sources', sourceListSchema);
  const config = await t.get('/api/config', publicConfigSchema);
  const html = await render('en', sources, createElement(IntegrationsPage), [[['config'], config]]);
  const factsOf = (name: string) => new RegExp(`${name}</h3>[\\s\\S]*?<p class="muted">([^<]*)</p>`).exec(html)?.[1];

  expect(factsOf('Shop, own offsets')).toMatch(/^Days from the sender’s timestamps · whole business · amounts in /);
  expect(factsOf('Shop in Rome')).toMatch(/^Days in Europe\/Rome · /);
  // The helpdesk falls back to the installation's zone (server/webhooks/helpdesk.ts), not the sender's.
  expect(factsOf('Helpdesk, no zone')).toMatch(
    new RegExp(
      `^Days in ${config.timeZone.replace('/', '\\/')} \\(the installation’s zone\\) · whole business · 0 accepted`,
    ),
  );
  // Generic items carry their own dates; only Shopify sources name a currency.
  expect(factsOf('Any tool')).toMatch(/^Days as each item names them · whole business · 0 accepted/);
});
