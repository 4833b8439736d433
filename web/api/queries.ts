import { queryOptions } from '@tanstack/react-query';
import { catalogResponseSchema, publicConfigSchema, scorecardSchema } from '../../shared/schemas';
import { api } from './client';

export const configOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => api('/config', publicConfigSchema, { signal }),
    staleTime: 5 * 60_000,
  });

export const catalogOptions = () =>
  queryOptions({ queryKey: ['catalog'], queryFn: ({ signal }) => api('/catalog', catalogResponseSchema, { signal }) });

export const scorecardOptions = (p: { week?: string; segment?: string }) =>
  queryOptions({
    queryKey: ['scorecard', p],
    queryFn: ({ signal }) => {
      const q = new URLSearchParams();
      if (p.week) q.set('week', p.week);
      if (p.segment) q.set('segment', p.segment);
      const qs = q.toString();
      return api(`/scorecard${qs ? `?${qs}` : ''}`, scorecardSchema, { signal });
    },
  });
