import {
  annotationIdParams,
  annotationListSchema,
  annotationQuerySchema,
  annotationSchema,
  createAnnotationSchema,
  updateAnnotationSchema,
} from '../../shared/annotations.js';
import {
  createNoteSchema,
  noteHistoryQuerySchema,
  noteIdParams,
  noteListSchema,
  reviewNoteSchema,
  reviewSettingsSchema,
  reviewWeekParams,
  snapshotListSchema,
  updateNoteSchema,
  weekReviewSchema,
} from '../../shared/reviews.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const error = errorDoc;
const signedIn = { 401: error('Not signed in.') };
const adminOnly = { ...signedIn, 403: error('Admins (the Head of Digital) only.') };
const noteAccess = {
  ...signedIn,
  403: error('Not an admin, not an owner of this role, or (edit/delete) not the note’s author.'),
};
const annotationAccess = {
  ...signedIn,
  403: error(
    'Viewers may not; owners only for annotations tied exclusively to their roles and their KPIs; analysts change only their own.',
  ),
};
const week = '2026-W11';

/**
 * Review notes, reviewed weeks and annotations (docs/insights-reviews.md). The examples run
 * in this order on a fresh install as the admin: the note and the annotation created here are
 * the ones edited and deleted after them (id 1).
 */
export const reviewRouteDocs: ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/review-settings',
    tag: 'Reviews',
    summary: 'Whether every red KPI needs a note before a week can be marked reviewed',
    example: { url: '/api/review-settings' },
    responses: { 200: { description: 'The setting.', schema: reviewSettingsSchema }, ...signedIn },
  },
  {
    method: 'patch',
    path: '/api/review-settings',
    tag: 'Reviews',
    summary: 'Require (or stop requiring) a note on every red KPI (admins)',
    body: reviewSettingsSchema,
    example: { url: '/api/review-settings', body: { requireNoteOnRed: true } },
    responses: { 200: { description: 'The setting now.', schema: reviewSettingsSchema }, ...adminOnly },
  },
  {
    method: 'post',
    path: '/api/reviews/{week}/notes',
    tag: 'Reviews',
    summary: 'Write a note on a role’s week (admins), or reply (owners of the role); optionally about one KPI',
    params: reviewWeekParams,
    body: createNoteSchema,
    example: {
      url: `/api/reviews/${week}/notes`,
      body: { role: 'ecommerce_manager', kpi: 'conversion_rate', body: 'Conversion fell after the checkout release.' },
    },
    responses: {
      201: { description: 'Added (`kind` is `note` from an admin, `reply` from an owner).', schema: reviewNoteSchema },
      422: error('Unknown role, a KPI that is not the role’s, or a week that has not started.'),
      ...noteAccess,
    },
  },
  {
    method: 'patch',
    path: '/api/review-notes/{id}',
    tag: 'Reviews',
    summary: 'Edit your own note, until its week is marked reviewed',
    params: noteIdParams,
    body: updateNoteSchema,
    example: { url: '/api/review-notes/1', body: { body: 'Conversion fell after the checkout release on Tuesday.' } },
    responses: {
      200: { description: 'Edited.', schema: reviewNoteSchema },
      404: error('No such note.'),
      409: error('The week is marked reviewed: its notes are locked until an admin reopens it.'),
      ...noteAccess,
    },
  },
  {
    method: 'get',
    path: '/api/review-notes',
    tag: 'Reviews',
    summary: 'A role’s notes across weeks (newest week first), optionally about one KPI',
    query: noteHistoryQuerySchema,
    example: { url: '/api/review-notes?role=ecommerce_manager' },
    responses: { 200: { description: 'Notes.', schema: noteListSchema }, 404: error('No such role.'), ...signedIn },
  },
  {
    method: 'get',
    path: '/api/reviews/{week}',
    tag: 'Reviews',
    summary: 'A week’s review: reviewed or not, notes by role, red KPIs lacking a note, changes since review',
    params: reviewWeekParams,
    example: { url: `/api/reviews/${week}` },
    responses: { 200: { description: 'The week’s record.', schema: weekReviewSchema }, ...signedIn },
  },
  {
    method: 'post',
    path: '/api/reviews/{week}/review',
    tag: 'Reviews',
    summary: 'Mark a finished week reviewed and freeze its all-segments KPI values (admins)',
    params: reviewWeekParams,
    example: { url: `/api/reviews/${week}/review` },
    responses: {
      201: { description: 'Reviewed.', schema: weekReviewSchema },
      409: error(
        'Already reviewed, the week has not ended, or (notes required) red KPIs have no note: `details.missing` lists them.',
      ),
      ...adminOnly,
    },
  },
  {
    method: 'get',
    path: '/api/reviews/{week}/snapshots',
    tag: 'Reviews',
    summary: 'Every snapshot frozen for a week, newest first (reopened ones included)',
    params: reviewWeekParams,
    example: { url: `/api/reviews/${week}/snapshots` },
    responses: { 200: { description: 'Snapshots.', schema: snapshotListSchema }, ...signedIn },
  },
  {
    method: 'delete',
    path: '/api/reviews/{week}/review',
    tag: 'Reviews',
    summary: 'Reopen a reviewed week (admins); its snapshot stays in the history',
    params: reviewWeekParams,
    example: { url: `/api/reviews/${week}/review` },
    responses: {
      200: { description: 'Reopened.', schema: weekReviewSchema },
      409: error('The week is not marked reviewed.'),
      ...adminOnly,
    },
  },
  {
    method: 'delete',
    path: '/api/review-notes/{id}',
    tag: 'Reviews',
    summary: 'Delete your own note (admins: any note), until its week is marked reviewed',
    params: noteIdParams,
    example: { url: '/api/review-notes/1' },
    responses: {
      204: { description: 'Deleted.' },
      404: error('No such note.'),
      409: error('The week is marked reviewed.'),
      ...noteAccess,
    },
  },
  {
    method: 'post',
    path: '/api/annotations',
    tag: 'Annotations',
    summary: 'Mark an event on a day or a range, tied to roles and/or KPIs, or business-wide',
    body: createAnnotationSchema,
    example: {
      url: '/api/annotations',
      body: {
        title: 'Spring sale',
        note: '20% off outerwear, newsletter and paid social',
        start: '2026-03-09',
        end: '2026-03-15',
        roles: ['marketing_manager'],
        kpis: ['conversion_rate'],
      },
    },
    responses: {
      201: { description: 'Added.', schema: annotationSchema },
      422: error('An unknown role or KPI (`details.field` names the item).'),
      ...annotationAccess,
    },
  },
  {
    method: 'get',
    path: '/api/annotations',
    tag: 'Annotations',
    summary: 'Annotations overlapping a range that matter to a chart: tied to the KPI, its role, or business-wide',
    query: annotationQuerySchema,
    example: { url: '/api/annotations?from=2026-01-01&to=2026-03-31&kpi=conversion_rate' },
    responses: {
      200: { description: 'Oldest first.', schema: annotationListSchema },
      404: error('No such role or KPI.'),
      ...signedIn,
    },
  },
  {
    method: 'patch',
    path: '/api/annotations/{id}',
    tag: 'Annotations',
    summary: 'Change an annotation; `roles` / `kpis`, when sent, replace its ties',
    params: annotationIdParams,
    body: updateAnnotationSchema,
    example: { url: '/api/annotations/1', body: { end: '2026-03-17' } },
    responses: {
      200: { description: 'Changed.', schema: annotationSchema },
      404: error('No such annotation.'),
      422: error('An unknown role or KPI, or an end before the start.'),
      ...annotationAccess,
    },
  },
  {
    method: 'delete',
    path: '/api/annotations/{id}',
    tag: 'Annotations',
    summary: 'Delete an annotation',
    params: annotationIdParams,
    example: { url: '/api/annotations/1' },
    responses: { 204: { description: 'Deleted.' }, 404: error('No such annotation.'), ...annotationAccess },
  },
];
