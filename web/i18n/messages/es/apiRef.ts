import type en from '../en/apiRef';

export default {
  'apiRef.title': 'Referencia de la API',
  'apiRef.about': '{title} {version} · OpenAPI {openapi} · <link>openapi.json</link>',
  'apiRef.loading': 'Cargando la referencia de la API…',
  'apiRef.loadFailed': 'No se pudo cargar la referencia de la API: {reason}',
  'apiRef.filter': 'Filtrar rutas',
  // The filter searches the routes' paths and their (English) summaries.
  'apiRef.filterExample': 'scorecard, POST…',
  'apiRef.noMatch': 'Ninguna ruta coincide con «{filter}».',
  'apiRef.untagged': 'Otras',
  'apiRef.parameters': 'Parámetros',
  'apiRef.required': 'obligatorio',
  'apiRef.optional': 'opcional',
  'apiRef.example': 'Ejemplo',
  'apiRef.responses': 'Respuestas',
} satisfies Record<keyof typeof en, string>;
