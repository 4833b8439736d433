import { queryOptions } from '@tanstack/react-query';
import { pacingSchema, revenueInsightSchema } from '../../shared/insights';
import { api } from './client';
import { qs } from './queries';

/** Insights queries, keyed under `insights` so a target or catalog write invalidates them all. */

export const revenueInsightOptions = (p: { week?: string; segment?: string }) =>
  queryOptions({
    queryKey: ['insights', 'revenue', p],
    queryFn: ({ signal }) => api(`/insights/revenue${qs({ ...p })}`, revenueInsightSchema, { signal }),
  });

export const pacingOptions = (p: { segment?: string; role?: string }) =>
  queryOptions({
    queryKey: ['insights', 'pacing', p],
    queryFn: ({ signal }) => api(`/insights/pacing${qs({ ...p })}`, pacingSchema, { signal }),
  });
