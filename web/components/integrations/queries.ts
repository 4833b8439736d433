import { queryOptions } from '@tanstack/react-query';
import { type DeliveryOutcome, deliveryListSchema, sourceListSchema } from '../../../shared/webhooks';

/** Log rows a page shows. */
export const DELIVERIES_PAGE = 50;

import { api } from '../../api/client';

export const sourcesOptions = () =>
  queryOptions({
    queryKey: ['webhook-sources'],
    queryFn: ({ signal }) => api('/webhook-sources', sourceListSchema, { signal }),
    // The log summary (last delivery, last error) changes as deliveries arrive.
    refetchInterval: 15_000,
  });

/** One page of a source's log: newest first, of one outcome if given, older than `before` (an id). */
export const deliveriesOptions = (sourceId: string, view: { outcome?: DeliveryOutcome; before?: number } = {}) => {
  const params = new URLSearchParams({ limit: String(DELIVERIES_PAGE) });
  if (view.outcome) params.set('outcome', view.outcome);
  if (view.before !== undefined) params.set('before', String(view.before));
  return queryOptions({
    queryKey: ['webhook-sources', sourceId, 'deliveries', view.outcome ?? 'all', view.before ?? 'newest'],
    queryFn: ({ signal }) => api(`/webhook-sources/${sourceId}/deliveries?${params}`, deliveryListSchema, { signal }),
    // Only the newest page changes as deliveries arrive.
    refetchInterval: view.before === undefined ? 15_000 : false,
  });
};
