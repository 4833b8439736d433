import { type ItemIssue, ingestBatchSchema } from '../../shared/schemas.js';
import { issueFromZod } from '../../shared/zodIssues.js';
import { ApiError } from '../http/errors.js';
import { invalidItems } from '../ingest/core.js';
import type { PreparedDelivery } from './types.js';

/**
 * A Standard Webhooks delivery whose body is an /api/ingest batch. Contract problems answer
 * with the ingest error shape (422 `invalid_items`, issues by item index and field).
 */
export function prepareGeneric(deliveryId: string, payload: unknown): PreparedDelivery {
  const r = ingestBatchSchema.safeParse(payload);
  if (!r.success) {
    const issues: ItemIssue[] = r.error.issues.map((i) => {
      const [head, index, ...rest] = i.path;
      const problem = issueFromZod(i, payload);
      return head === 'items' && typeof index === 'number'
        ? { index, field: rest.join('.') || 'item', ...problem }
        : { index: -1, field: i.path.join('.') || 'body', ...problem };
    });
    throw issues.length
      ? invalidItems(issues)
      : new ApiError(422, 'invalid_items', 'The batch is not valid.', { params: { count: 0 } });
  }
  const batch = r.data;
  return {
    deliveryId,
    topic: `ingest/${batch.mode}`,
    keys: [`id:${deliveryId}`],
    apply: () => ({ mode: batch.mode, items: batch.items }),
  };
}
