import { reviewExportParamsSchema, reviewExportQuerySchema } from '../../shared/review.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

/** The weekly review export (docs/insights-export.md has the columns and the decisions). */
export const reviewExportRouteDocs: ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/reviews/{week}/export.csv',
    tag: 'Insights',
    summary: "The week's review as CSV: one row per KPI of every role",
    description:
      'Columns: Week, Segment, Role key, Role, KPI key, KPI, Unit, Better when, Value, Numerator, Denominator, Target, Band, Status, Previous week, Change, Change (relative), Change is, Days with data, Days expected, Last data date. RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark (so Excel reads it as UTF-8). Values in the stored unit (percent as a fraction, durations in seconds), at most 15 significant digits. Text cells starting with = + - @, tab, CR, LF or NUL get a leading apostrophe; numbers, negative ones too, are bare. Sent as an attachment named `rolecard-review-<week>[-<segment>].csv`. Open to every signed-in person; API tokens need the `read` scope.',
    params: reviewExportParamsSchema,
    query: reviewExportQuerySchema,
    example: { url: '/api/reviews/2026-W10/export.csv' },
    responses: {
      200: { description: 'The CSV file (a header row, then one row per KPI).', contentType: 'text/csv' },
      401: errorDoc('Not signed in.'),
      403: errorDoc('An API token without the `read` scope.'),
      404: errorDoc('No such segment; `details.suggestions` lists near matches.'),
    },
  },
];
