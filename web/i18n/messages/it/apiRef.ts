import type en from '../en/apiRef';

export default {
  'apiRef.title': 'Riferimento API',
  'apiRef.about': '{title} {version} · OpenAPI {openapi} · <link>openapi.json</link>',
  'apiRef.loading': 'Caricamento del riferimento API…',
  'apiRef.loadFailed': 'Impossibile caricare il riferimento API: {reason}',
  'apiRef.filter': 'Filtra gli endpoint',
  // The filter searches the routes' paths and their (English) summaries.
  'apiRef.filterExample': 'scorecard, POST…',
  'apiRef.noMatch': 'Nessun endpoint corrisponde a «{filter}».',
  'apiRef.untagged': 'Altro',
  'apiRef.parameters': 'Parametri',
  'apiRef.required': 'obbligatorio',
  'apiRef.optional': 'facoltativo',
  'apiRef.example': 'Esempio',
  'apiRef.responses': 'Risposte',
} satisfies Record<keyof typeof en, string>;
