import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type OpenApiDocument, type OpenApiOperation, openApiDocumentSchema } from '../../shared/ops';
import { api } from '../api/client';
import { useErrorWords } from '../i18n/useErrorWords';
import { T, useT } from '../i18n/useT';

/** The OpenAPI document the server builds from the shared zod contracts. */
export const openApiOptions = () =>
  queryOptions({
    queryKey: ['openapi'],
    queryFn: ({ signal }) => api('/openapi.json', openApiDocumentSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

interface Entry {
  method: string;
  path: string;
  op: OpenApiOperation;
}

/** The group of operations the document gives no tag; shown under the reader's word for "Other". */
const UNTAGGED = '';

/** Groups operations by tag, keeping the document's order; `filter` matches path or summary. */
export function groupOperations(doc: OpenApiDocument, filter: string): [string, Entry[]][] {
  const needle = filter.trim().toLowerCase();
  const groups = new Map<string, Entry[]>(doc.tags.map((t) => [t.name, []]));
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const text = `${method} ${path} ${op.summary}`.toLowerCase();
      if (needle && !text.includes(needle)) continue;
      const tag = op.tags[0] ?? UNTAGGED;
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, op }]);
    }
  }
  return [...groups].filter(([, entries]) => entries.length > 0);
}

/** A shell command that calls the operation with its documented example. */
export function curlFor(method: string, path: string, op: OpenApiOperation): string {
  const example = op.requestBody?.content['application/json']?.example;
  const url = `http://localhost:8787${path}`;
  const verb = method === 'get' ? '' : `-X ${method.toUpperCase()} `;
  const body =
    example === undefined ? '' : ` \\\n  -H 'content-type: application/json' -d '${JSON.stringify(example)}'`;
  return `curl ${verb}'${url}'${body}`;
}

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: '0.85rem' } as const;
const badge = (method: string) =>
  ({
    ...mono,
    display: 'inline-block',
    minWidth: '4.5em',
    fontWeight: 700,
    textTransform: 'uppercase',
    color: method === 'get' ? '#1d4ed8' : method === 'delete' ? '#b91c1c' : '#047857',
  }) as const;

function Operation({ method, path, op }: Entry) {
  const t = useT();
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return (
    <details id={id} style={{ borderTop: '1px solid #e5e7eb', padding: '0.5rem 0' }}>
      <summary style={{ cursor: 'pointer' }}>
        <span style={badge(method)}>{method}</span> <code style={mono}>{path}</code> — {op.summary}
      </summary>
      {op.description && <p>{op.description}</p>}
      {op.parameters.length > 0 && (
        <table>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('apiRef.parameters')}</caption>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td>
                  <code style={mono}>{p.name}</code>
                </td>
                <td>{p.in}</td>
                <td>{t(p.required ? 'apiRef.required' : 'apiRef.optional')}</td>
                <td>
                  <code style={mono}>{JSON.stringify(p.schema)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ fontWeight: 600, marginBottom: 0 }}>{t('apiRef.example')}</p>
      <pre style={{ ...mono, whiteSpace: 'pre-wrap', background: '#f3f4f6', padding: '0.5rem' }}>
        {curlFor(method, path, op)}
      </pre>
      <p style={{ fontWeight: 600, marginBottom: 0 }}>{t('apiRef.responses')}</p>
      <ul>
        {Object.entries(op.responses).map(([status, r]) => (
          <li key={status}>
            <strong>{status}</strong> {r.description}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A readable reference of every API route, generated from /api/openapi.json. */
export function ApiReferencePage() {
  const t = useT();
  const words = useErrorWords();
  const doc = useQuery(openApiOptions());
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => (doc.data ? groupOperations(doc.data, filter) : []), [doc.data, filter]);
  return (
    <div className="page">
      <header>
        <h1>{t('apiRef.title')}</h1>
        {doc.data && (
          <p>
            <T
              id="apiRef.about"
              values={{
                title: doc.data.info.title,
                version: doc.data.info.version,
                openapi: doc.data.openapi,
                link: (s) => <a href="/api/openapi.json">{s}</a>,
              }}
            />
          </p>
        )}
      </header>
      {doc.isPending && <p role="status">{t('apiRef.loading')}</p>}
      {doc.isError && <p role="alert">{t('apiRef.loadFailed', { reason: words.error(doc.error) })}</p>}
      {doc.data?.info.description && <p>{doc.data.info.description}</p>}
      {doc.data && (
        <label>
          {t('apiRef.filter')}{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder={t('apiRef.filterExample')}
          />
        </label>
      )}
      {groups.map(([tag, entries]) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{tag === UNTAGGED ? t('apiRef.untagged') : tag}</h2>
          {entries.map((e) => (
            <Operation key={`${e.method} ${e.path}`} {...e} />
          ))}
        </section>
      ))}
      {doc.data && groups.length === 0 && <p>{t('apiRef.noMatch', { filter })}</p>}
    </div>
  );
}
