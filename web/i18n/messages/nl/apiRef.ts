import type en from '../en/apiRef';

export default {
  'apiRef.title': 'API-referentie',
  'apiRef.about': '{title} {version} · OpenAPI {openapi} · <link>openapi.json</link>',
  'apiRef.loading': 'De API-referentie wordt geladen…',
  'apiRef.loadFailed': 'Kon de API-referentie niet laden: {reason}',
  'apiRef.filter': 'Routes filteren',
  // The filter searches the routes' paths and their (English) summaries.
  'apiRef.filterExample': 'scorecard, POST…',
  'apiRef.noMatch': 'Geen route komt overeen met “{filter}”.',
  'apiRef.untagged': 'Overig',
  'apiRef.parameters': 'Parameters',
  'apiRef.required': 'verplicht',
  'apiRef.optional': 'optioneel',
  'apiRef.example': 'Voorbeeld',
  'apiRef.responses': 'Antwoorden',
} satisfies Record<keyof typeof en, string>;
