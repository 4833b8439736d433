import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  createKpiSchema,
  createMeasureSchema,
  createRoleSchema,
  kpiSchema,
  setTargetSchema,
  targetSchema,
} from '../../shared/schemas';
import { api } from './client';

/**
 * Writes: each validates its input with the shared zod contract before sending (the same
 * schema the server applies), then invalidates every resource whose numbers it changes.
 */

const anyBody = z.unknown();

export function useSetTarget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof setTargetSchema>) =>
      api('/targets', targetSchema, { method: 'POST', body: setTargetSchema.parse(input) }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['targets'] }),
        qc.invalidateQueries({ queryKey: ['scorecard'] }),
        qc.invalidateQueries({ queryKey: ['series'] }),
        qc.invalidateQueries({ queryKey: ['insights'] }),
      ]),
  });
}

/** Catalog writes change which KPIs a role shows and how they are computed. */
function useCatalogWrite<I>(send: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['catalog'] }),
        qc.invalidateQueries({ queryKey: ['scorecard'] }),
        qc.invalidateQueries({ queryKey: ['series'] }),
        qc.invalidateQueries({ queryKey: ['insights'] }),
      ]),
  });
}

export const useCreateRole = () =>
  useCatalogWrite((input: z.input<typeof createRoleSchema>) =>
    api('/roles', anyBody, { method: 'POST', body: createRoleSchema.parse(input) }),
  );

export const useCreateMeasure = () =>
  useCatalogWrite((input: z.input<typeof createMeasureSchema>) =>
    api('/measures', anyBody, { method: 'POST', body: createMeasureSchema.parse(input) }),
  );

export const useCreateKpi = () =>
  useCatalogWrite((input: z.input<typeof createKpiSchema>) =>
    api('/kpis', kpiSchema, { method: 'POST', body: createKpiSchema.parse(input) }),
  );

export const useMoveKpi = () =>
  useCatalogWrite(({ kpi, role }: { kpi: string; role: string }) =>
    api(`/kpis/${encodeURIComponent(kpi)}`, kpiSchema, { method: 'PATCH', body: { role } }),
  );
