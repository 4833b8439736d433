import { queryOptions } from '@tanstack/react-query';
import { deliveryListSchema, sourceListSchema } from '../../../shared/webhooks';
import { api } from '../../api/client';

export const sourcesOptions = () =>
  queryOptions({
    queryKey: ['webhook-sources'],
    queryFn: ({ signal }) => api('/webhook-sources', sourceListSchema, { signal }),
    // The log summary (last delivery, last error) changes as deliveries arrive.
    refetchInterval: 15_000,
  });

export const deliveriesOptions = (sourceId: string) =>
  queryOptions({
    queryKey: ['webhook-sources', sourceId, 'deliveries'],
    queryFn: ({ signal }) => api(`/webhook-sources/${sourceId}/deliveries?limit=50`, deliveryListSchema, { signal }),
    refetchInterval: 15_000,
  });
