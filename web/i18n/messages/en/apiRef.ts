/** The API reference page; the routes' own summaries come from the server's OpenAPI document. */
export default {
  'apiRef.title': 'API reference',
  'apiRef.about': '{title} {version} · OpenAPI {openapi} · <link>openapi.json</link>',
  'apiRef.loading': 'Loading the API reference…',
  'apiRef.loadFailed': 'Could not load the API reference: {reason}',
  'apiRef.filter': 'Filter routes',
  'apiRef.filterExample': 'scorecard, POST…',
  'apiRef.noMatch': 'No route matches “{filter}”.',
  'apiRef.untagged': 'Other',
  'apiRef.parameters': 'Parameters',
  'apiRef.required': 'required',
  'apiRef.optional': 'optional',
  'apiRef.example': 'Example',
  'apiRef.responses': 'Responses',
};
