import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type AlertKind,
  alertDeliverySchema,
  alertListSchema,
  alertWebhookListSchema,
  alertWebhookRevealSchema,
  setAlertWebhookSchema,
} from '../../shared/alerts';
import { api } from './client';

/** Alerts, their deliveries and each role's webhook: queries keyed `['alerts', …]`, `['alert-webhooks']`. */

export interface AlertParams {
  week?: string;
  role?: string;
  kind?: AlertKind;
}

export const alertsOptions = (p: AlertParams) => {
  const q = new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => Boolean(e[1])));
  return queryOptions({
    queryKey: ['alerts', p],
    queryFn: ({ signal }) => api(`/alerts${q.size ? `?${q}` : ''}`, alertListSchema, { signal }),
    // New alerts arrive by themselves (after an ingest, on the server's timer); so do delivery states.
    refetchInterval: 30_000,
  });
};

export const alertWebhooksOptions = () =>
  queryOptions({
    queryKey: ['alert-webhooks'],
    queryFn: ({ signal }) => api('/alert-webhooks', alertWebhookListSchema, { signal }),
  });

const rolePath = (role: string) => `/roles/${encodeURIComponent(role)}/alert-webhook`;

export function useSetAlertWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ role, url }: { role: string; url: string }) =>
      api(rolePath(role), alertWebhookRevealSchema, { method: 'PUT', body: setAlertWebhookSchema.parse({ url }) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['alert-webhooks'] }),
  });
}

export function useRemoveAlertWebhook() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (role: string) => api(rolePath(role), z.unknown(), { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['alert-webhooks'] }),
  });
}

export function useRetryDelivery() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/alerts/deliveries/${id}/retry`, alertDeliverySchema, { method: 'POST' }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['alerts'] }),
  });
}
