import { queryOptions } from '@tanstack/react-query';
import {
  catalogResponseSchema,
  publicConfigSchema,
  scorecardSchema,
  seriesSchema,
  targetListSchema,
} from '../../shared/schemas';
import { api } from './client';

/**
 * One `queryOptions` factory per resource, keyed `[resource, params]`, so writes can
 * invalidate by resource (`['scorecard']`) and views share cached results.
 */

export const qs = (p: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const configOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => api('/config', publicConfigSchema, { signal }),
    staleTime: 5 * 60_000,
  });

export const catalogOptions = () =>
  queryOptions({ queryKey: ['catalog'], queryFn: ({ signal }) => api('/catalog', catalogResponseSchema, { signal }) });

export interface ScorecardParams {
  week?: string;
  segment?: string;
  role?: string;
}
export const scorecardOptions = (p: ScorecardParams) =>
  queryOptions({
    queryKey: ['scorecard', p],
    queryFn: ({ signal }) => api(`/scorecard${qs({ ...p })}`, scorecardSchema, { signal }),
  });

export interface SeriesParams {
  kpi: string;
  grain: 'day' | 'week' | 'month';
  from?: string;
  to?: string;
  segment?: string;
}
export const seriesOptions = ({ kpi, ...p }: SeriesParams) =>
  queryOptions({
    queryKey: ['series', kpi, p],
    queryFn: ({ signal }) => api(`/kpis/${encodeURIComponent(kpi)}/series${qs({ ...p })}`, seriesSchema, { signal }),
  });

export const targetsOptions = (kpi: string) =>
  queryOptions({
    queryKey: ['targets', { kpi }],
    queryFn: ({ signal }) => api(`/targets${qs({ kpi })}`, targetListSchema, { signal }),
  });
