import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../shared/locales.js';
import { type OpenApiDocument, openApiDocumentSchema } from '../../shared/ops.js';
import { loadMessages } from '../../web/i18n/load.js';
import { ApiReferencePage, curlFor, groupOperations, openApiOptions } from '../../web/pages/ApiReferencePage.js';
import { makeTestApp } from '../helpers/testApp.js';

async function serverDocument() {
  const res = await makeTestApp().app.request('/api/openapi.json');
  return openApiDocumentSchema.parse(await res.json());
}

/** The page as the server would render it for a reader of `locale`, with the document loaded. */
async function renderPage(doc: OpenApiDocument, locale: Locale) {
  const client = new QueryClient();
  client.setQueryData(openApiOptions().queryKey, doc);
  const page = createElement(QueryClientProvider, { client }, createElement(ApiReferencePage));
  const messages = await loadMessages(locale);
  return renderToString(createElement(IntlProvider, { locale, messages, defaultLocale: 'en' }, page));
}

describe('API reference page', () => {
  test('renders every operation of the served document, grouped by tag', async () => {
    const doc = await serverDocument();
    const html = await renderPage(doc, 'en');
    const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops)).length;
    expect(html.match(/<details/g)).toHaveLength(operations);
    for (const path of Object.keys(doc.paths)) expect(html).toContain(`>${path}</code>`);
    expect(html).toContain('id="tag-Operations"');
    expect(html).toContain('id="tag-Data"');
    expect(html).toContain('Rolecard API');
  });

  test('a Spanish reader gets the page in Spanish; the routes keep the document’s own words', async () => {
    const doc = await serverDocument();
    const html = await renderPage(doc, 'es');
    expect(html).toContain('<h1>Referencia de la API</h1>');
    expect(html).toContain('>Parámetros</caption>');
    expect(html).toContain('>Ejemplo</p>');
    expect(html).toContain('placeholder="scorecard, POST…"');
    expect(html).not.toContain('>Parameters<');
    // Tags and summaries are the API's documentation, served in English.
    expect(html).toContain('id="tag-Data"');
    const summary = doc.paths['/api/scorecard']?.get?.summary ?? '';
    expect(summary).not.toBe('');
    expect(html).toContain(summary);
  });

  test('filters by path, method or summary', async () => {
    const doc = await serverDocument();
    expect(groupOperations(doc, 'scorecard')).toEqual([
      ['Data', [expect.objectContaining({ method: 'get', path: '/api/scorecard' })]],
    ]);
    expect(groupOperations(doc, 'no such thing')).toEqual([]);
  });

  test('curl examples carry the documented request body', async () => {
    const doc = await serverDocument();
    const op = doc.paths['/api/targets']?.post;
    if (!op) throw new Error('POST /api/targets is not documented');
    expect(curlFor('post', '/api/targets', op)).toBe(
      `curl -X POST 'http://localhost:8787/api/targets' \\\n  -H 'content-type: application/json' -d '{"kpi":"cac","value":40,"band":5,"effectiveFrom":"2026-W10"}'`,
    );
  });
});
