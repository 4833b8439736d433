import { z } from 'zod';
import { exportDocumentSchema, exportQuerySchema, healthSchema, readinessSchema } from '../../shared/ops.js';
import * as s from '../../shared/schemas.js';
import { keySchema } from '../../shared/units.js';
import { alertRouteDocs } from '../alerts/apiDocs.js';
import { authRouteDocs } from '../auth/apiDocs.js';
import { importRouteDocs } from '../imports/apiDocs.js';
import { insightRouteDocs } from '../insights/apiDocs.js';
import { reviewRouteDocs } from '../reviews/apiDocs.js';
import { reviewExportRouteDocs } from '../reviews/exportApiDocs.js';
import { webhookRouteDocs } from '../webhooks/apiDocs.js';
import { type ApiRouteDoc, errorDoc } from './openapi.js';

/**
 * Every route of the API and the zod contracts it uses: the one place the OpenAPI document is
 * built from. A route added to the app and not here fails tests/server/ops.openapi.test.ts.
 * Examples run in this order against a fresh install, so creations come before their edits.
 */
const keyParams = z.object({ key: keySchema });
const error = errorDoc;
const notFound = error('No such key; `details.suggestions` lists near matches.');
const conflict = error('The delete would lose data (values, targets or KPIs still use it).');

export const apiRoutes: ApiRouteDoc[] = [
  // ---------- operations ----------
  {
    method: 'get',
    path: '/healthz',
    tag: 'Operations',
    summary: 'Liveness: the process is up',
    example: { url: '/healthz' },
    responses: {
      200: { description: 'Up.', schema: healthSchema, example: { status: 'ok', version: '0.1.0', uptimeSeconds: 42 } },
    },
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'Operations',
    summary: 'Readiness: the database answers and its schema is current',
    example: { url: '/readyz' },
    responses: {
      200: {
        description: 'Ready for traffic.',
        schema: readinessSchema,
        example: {
          status: 'ready',
          version: '0.1.0',
          ready: true,
          database: 'ok',
          schema: { applied: 1, expected: 1 },
          problems: [],
        },
      },
      503: { description: 'Not ready: `problems` says why.', schema: readinessSchema },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Operations',
    summary: 'This document (OpenAPI 3.1)',
    example: { url: '/api/openapi.json' },
    responses: {
      200: { description: 'The OpenAPI document.', schema: z.looseObject({ openapi: z.literal('3.1.0') }) },
    },
  },
  {
    method: 'get',
    path: '/api/export',
    tag: 'Operations',
    summary: 'Export everything',
    description:
      '`format=json` (default): every table, rows as objects. `format=csv`: one table as CSV (default `measure_values`, with measure and segment keys and provenance); text cells starting with = + - @ are prefixed with an apostrophe.',
    query: exportQuerySchema,
    example: { url: '/api/export?format=json' },
    responses: {
      200: { description: 'The export, as a download.', schema: exportDocumentSchema },
      404: error('No such table (CSV).'),
    },
  },
  // ---------- catalog ----------
  {
    method: 'get',
    path: '/api/config',
    tag: 'Catalog',
    summary: 'Settings the dashboard needs',
    example: { url: '/api/config' },
    responses: {
      200: {
        description: 'Currency, time zone, week start, today and the last complete week.',
        schema: s.publicConfigSchema,
        example: {
          currency: 'EUR',
          timeZone: 'UTC',
          weekStart: 'monday',
          today: '2026-03-18',
          lastCompleteWeek: '2026-W11',
        },
      },
    },
  },
  {
    method: 'get',
    path: '/api/catalog',
    tag: 'Catalog',
    summary: 'Roles, measures, KPIs and segments in one call',
    example: { url: '/api/catalog' },
    responses: { 200: { description: 'The catalog.', schema: s.catalogResponseSchema } },
  },
  {
    method: 'get',
    path: '/api/roles',
    tag: 'Catalog',
    summary: 'List roles',
    example: { url: '/api/roles' },
    responses: {
      200: { description: 'Roles with their KPI count.', schema: z.object({ roles: z.array(s.roleSchema) }) },
    },
  },
  {
    method: 'post',
    path: '/api/roles',
    tag: 'Catalog',
    summary: 'Add a role',
    body: s.createRoleSchema,
    example: { url: '/api/roles', body: { key: 'marketplaces', name: 'Marketplaces' } },
    responses: {
      201: {
        description: 'Created.',
        schema: s.roleSchema,
        example: { key: 'marketplaces', name: 'Marketplaces', description: '', kpiCount: 0 },
      },
      409: error('The key is taken.'),
    },
  },
  {
    method: 'patch',
    path: '/api/roles/{key}',
    tag: 'Catalog',
    summary: 'Rename or describe a role',
    params: keyParams,
    body: s.updateRoleSchema,
    example: { url: '/api/roles/marketplaces', body: { name: 'Marketplaces & Amazon' } },
    responses: { 200: { description: 'Updated.', schema: s.roleSchema }, 404: notFound },
  },
  {
    method: 'delete',
    path: '/api/roles/{key}',
    tag: 'Catalog',
    summary: 'Delete a role that owns no KPIs',
    params: keyParams,
    example: { url: '/api/roles/marketplaces' },
    responses: { 204: { description: 'Deleted.' }, 404: notFound, 409: conflict },
  },
  {
    method: 'get',
    path: '/api/measures',
    tag: 'Catalog',
    summary: 'List measures',
    example: { url: '/api/measures' },
    responses: { 200: { description: 'Measures.', schema: z.object({ measures: z.array(s.measureSchema) }) } },
  },
  {
    method: 'post',
    path: '/api/measures',
    tag: 'Catalog',
    summary: 'Add a measure',
    body: s.createMeasureSchema,
    example: { url: '/api/measures', body: { key: 'newsletter_signups', name: 'Newsletter sign-ups' } },
    responses: { 201: { description: 'Created.', schema: s.measureSchema }, 409: error('The key is taken.') },
  },
  {
    method: 'get',
    path: '/api/kpis',
    tag: 'Catalog',
    summary: 'List KPIs',
    example: { url: '/api/kpis' },
    responses: { 200: { description: 'KPIs.', schema: z.object({ kpis: z.array(s.kpiSchema) }) } },
  },
  {
    method: 'post',
    path: '/api/kpis',
    tag: 'Catalog',
    summary: 'Add a KPI (sum of a measure, or ratio of two)',
    body: s.createKpiSchema,
    example: {
      url: '/api/kpis',
      body: {
        key: 'signup_rate',
        name: 'Sign-up rate',
        unit: 'percent',
        direction: 'higher',
        role: 'marketing_manager',
        formula: { kind: 'ratio', numerator: 'newsletter_signups', denominator: 'sessions' },
      },
    },
    responses: {
      201: { description: 'Created.', schema: s.kpiSchema },
      409: error('The key is taken.'),
      422: error('A referenced role or measure does not exist.'),
    },
  },
  {
    method: 'patch',
    path: '/api/kpis/{key}',
    tag: 'Catalog',
    summary: 'Edit a KPI (name, role, formula, bounds)',
    params: keyParams,
    body: s.updateKpiSchema,
    example: { url: '/api/kpis/signup_rate', body: { role: 'ecommerce_manager' } },
    responses: { 200: { description: 'Updated.', schema: s.kpiSchema }, 404: notFound, 422: error('Bad reference.') },
  },
  {
    method: 'delete',
    path: '/api/kpis/{key}',
    tag: 'Catalog',
    summary: 'Delete a KPI without targets',
    params: keyParams,
    example: { url: '/api/kpis/signup_rate' },
    responses: { 204: { description: 'Deleted.' }, 404: notFound, 409: conflict },
  },
  {
    method: 'delete',
    path: '/api/measures/{key}',
    tag: 'Catalog',
    summary: 'Delete a measure without values or KPIs',
    params: keyParams,
    example: { url: '/api/measures/newsletter_signups' },
    responses: { 204: { description: 'Deleted.' }, 404: notFound, 409: conflict },
  },
  {
    method: 'get',
    path: '/api/segments',
    tag: 'Catalog',
    summary: 'List segments (stores, channels, countries)',
    example: { url: '/api/segments' },
    responses: { 200: { description: 'Segments.', schema: z.object({ segments: z.array(s.segmentSchema) }) } },
  },
  {
    method: 'post',
    path: '/api/segments',
    tag: 'Catalog',
    summary: 'Add a segment',
    body: s.createSegmentSchema,
    example: { url: '/api/segments', body: { key: 'shop_it', name: 'Negozio Italia', kind: 'store' } },
    responses: {
      201: {
        description: 'Created.',
        schema: s.segmentSchema,
        example: { key: 'shop_it', name: 'Negozio Italia', kind: 'store' },
      },
      409: error('The key is taken.'),
    },
  },
  {
    method: 'delete',
    path: '/api/segments/{key}',
    tag: 'Catalog',
    summary: 'Delete a segment without values',
    params: keyParams,
    example: { url: '/api/segments/shop_it' },
    responses: { 204: { description: 'Deleted.' }, 404: notFound, 409: conflict },
  },
  // ---------- data ----------
  {
    method: 'post',
    path: '/api/ingest',
    tag: 'Data',
    summary: 'Write measure values (or direct KPI values with their weight)',
    description:
      '`set` replaces a day’s value, `increment` adds to it. The whole batch is validated first and written in one transaction, or not at all.',
    body: s.ingestBatchSchema,
    example: {
      url: '/api/ingest',
      body: {
        mode: 'set',
        items: [
          { measure: 'sessions', date: '2026-03-02', value: 1200 },
          { measure: 'orders', date: '2026-03-02', value: 31 },
          { kpi: 'bounce_rate', date: '2026-03-02', value: 0.453, weight: 1200 },
        ],
      },
    },
    responses: {
      201: {
        description: 'Written; something new was inserted.',
        schema: s.ingestResultSchema,
        example: { inserted: 3, updated: 0, unchanged: 0, total: 3 },
      },
      200: { description: 'Written; only updates or no change.', schema: s.ingestResultSchema },
      422: error('Invalid items: `details.issues[{index, field, code, params, message}]`; nothing written.'),
    },
  },
  {
    method: 'get',
    path: '/api/targets',
    tag: 'Data',
    summary: 'List targets (optionally of one KPI)',
    query: z.object({ kpi: keySchema.optional() }),
    example: { url: '/api/targets?kpi=cac' },
    responses: { 200: { description: 'Targets, history included.', schema: s.targetListSchema } },
  },
  {
    method: 'post',
    path: '/api/targets',
    tag: 'Data',
    summary: 'Set a target from a week on',
    body: s.setTargetSchema,
    example: { url: '/api/targets', body: { kpi: 'cac', value: 40, band: 5, effectiveFrom: '2026-W10' } },
    responses: { 201: { description: 'Created.', schema: s.targetSchema }, 404: notFound },
  },
  {
    method: 'get',
    path: '/api/scorecard',
    tag: 'Data',
    summary: 'The weekly scorecard of every role',
    query: s.scorecardQuerySchema,
    example: { url: '/api/scorecard?week=2026-W10' },
    responses: { 200: { description: 'One card per role.', schema: s.scorecardSchema }, 404: notFound },
  },
  {
    method: 'get',
    path: '/api/kpis/{key}/series',
    tag: 'Data',
    summary: 'A KPI over time at day, week or month grain',
    params: keyParams,
    query: s.seriesQuerySchema,
    example: { url: '/api/kpis/conversion_rate/series?grain=week&from=2026-01-01&to=2026-03-15' },
    responses: {
      200: { description: 'Points with numerator and denominator.', schema: s.seriesSchema },
      404: notFound,
    },
  },
  ...reviewExportRouteDocs,
  ...insightRouteDocs,
  ...webhookRouteDocs,
  ...importRouteDocs,
  ...alertRouteDocs,
  ...reviewRouteDocs,
  // Accounts last: their examples sign in again and sign out.
  ...authRouteDocs,
];
