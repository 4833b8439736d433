import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { openApiDocumentSchema } from '../../shared/ops.js';
import { ApiReferencePage, curlFor, groupOperations, openApiOptions } from '../../web/pages/ApiReferencePage.js';
import { makeTestApp } from '../helpers/testApp.js';

async function serverDocument() {
  const res = await makeTestApp().app.request('/api/openapi.json');
  return openApiDocumentSchema.parse(await res.json());
}

describe('API reference page', () => {
  test('renders every operation of the served document, grouped by tag', async () => {
    const doc = await serverDocument();
    const client = new QueryClient();
    client.setQueryData(openApiOptions().queryKey, doc);
    const html = renderToString(createElement(QueryClientProvider, { client }, createElement(ApiReferencePage)));
    const operations = Object.values(doc.paths).flatMap((ops) => Object.keys(ops)).length;
    expect(html.match(/<details/g)).toHaveLength(operations);
    for (const path of Object.keys(doc.paths)) expect(html).toContain(`>${path}</code>`);
    expect(html).toContain('id="tag-Operations"');
    expect(html).toContain('id="tag-Data"');
    expect(html).toContain('Rolecard API');
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
