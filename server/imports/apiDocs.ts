import { z } from 'zod';
import {
  importListSchema,
  importOptionsSchema,
  importReportSchema,
  profileListSchema,
  profileSchema,
  progressSchema,
  undoResultSchema,
} from '../../shared/imports.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const error = errorDoc;
const uploadParams = z.object({ uploadId: z.string() });
const randomUpload = 'The upload id comes from a previous upload, so the document cannot hold a runnable example.';
const tooBig = error(
  'The file needs more memory than ROLECARD_IMPORT_MEMORY_MB allows (distinct ids of a row-level export).',
);
const denied = { 401: error('Not signed in.'), 403: error('Analysts and admins only (or a token with `import`).') };
const returnsProfile = {
  name: 'Returns log',
  kind: 'rows',
  requiredHeaders: ['Return id', 'Order', 'Returned on'],
  timestamp: 'Returned on',
  aggregates: [{ op: 'count_distinct', measure: 'returned_orders', column: 'Order' }],
};

/** CSV import routes (docs/csv-import.md has the flow and the formats). */
export const importRouteDocs: ApiRouteDoc[] = [
  {
    method: 'post',
    path: '/api/imports',
    tag: 'Imports',
    summary: 'Upload a CSV (raw body, Content-Type: text/csv) and get its preview; nothing is written',
    query: z.object({ name: z.string().optional(), id: z.string().optional() }),
    noExample: 'The body is a CSV file, not JSON.',
    responses: {
      201: { description: 'The preview: detection, mapping, first rows, errors, counts.', schema: importReportSchema },
      413: error('Over ROLECARD_MAX_UPLOAD_MB, or over ROLECARD_IMPORT_MEMORY_MB while previewing.'),
      ...denied,
    },
  },
  {
    method: 'post',
    path: '/api/imports/uploads/{uploadId}/preview',
    tag: 'Imports',
    summary: 'Preview again with adjusted options (mapping, date format, number style …)',
    params: uploadParams,
    body: importOptionsSchema,
    noExample: randomUpload,
    responses: {
      200: { description: 'The preview.', schema: importReportSchema },
      404: error('No such upload.'),
      413: tooBig,
      ...denied,
    },
  },
  {
    method: 'post',
    path: '/api/imports/uploads/{uploadId}/commit',
    tag: 'Imports',
    summary: 'Commit: all or nothing in one transaction (unless skipping bad rows is chosen)',
    params: uploadParams,
    body: importOptionsSchema,
    noExample: randomUpload,
    responses: {
      201: { description: 'Committed.', schema: importReportSchema },
      409: error('A byte-identical file was imported before.'),
      413: tooBig,
      422: error('Problems in the file; nothing was written. `details` is the report.'),
      ...denied,
    },
  },
  {
    method: 'get',
    path: '/api/imports/uploads/{uploadId}/progress',
    tag: 'Imports',
    summary: 'Bytes and rows processed so far',
    params: uploadParams,
    noExample: randomUpload,
    responses: { 200: { description: 'Progress.', schema: progressSchema }, 404: error('No such upload.'), ...denied },
  },
  {
    method: 'get',
    path: '/api/imports',
    tag: 'Imports',
    summary: 'Import history, newest first',
    example: { url: '/api/imports' },
    responses: { 200: { description: 'Imports.', schema: importListSchema }, 401: error('Not signed in.') },
  },
  {
    method: 'post',
    path: '/api/imports/{id}/undo',
    tag: 'Imports',
    summary: 'Undo an import, restoring exactly the values it replaced',
    params: z.object({ id: z.coerce.number().int() }),
    noExample: 'A fresh install has no import to undo.',
    responses: {
      200: { description: 'Undone.', schema: undoResultSchema },
      409: error('A later write changed the same values, or it is already undone.'),
      ...denied,
    },
  },
  {
    method: 'get',
    path: '/api/import-profiles',
    tag: 'Imports',
    summary: 'Built-in and saved source profiles',
    example: { url: '/api/import-profiles' },
    responses: { 200: { description: 'Profiles.', schema: profileListSchema }, 401: error('Not signed in.') },
  },
  {
    method: 'post',
    path: '/api/import-profiles',
    tag: 'Imports',
    summary: 'Save a source profile (a column mapping, or a row-level aggregation)',
    body: profileSchema,
    example: { url: '/api/import-profiles', body: returnsProfile },
    responses: {
      201: { description: 'Saved.', schema: profileSchema },
      409: error('A built-in profile has that name.'),
      ...denied,
    },
  },
  {
    method: 'delete',
    path: '/api/import-profiles/{name}',
    tag: 'Imports',
    summary: 'Delete a saved profile',
    params: z.object({ name: z.string() }),
    example: { url: '/api/import-profiles/Returns%20log' },
    responses: { 204: { description: 'Deleted.' }, 404: error('No such saved profile.'), ...denied },
  },
];
