import type { IngestItem, IngestMode } from '../../shared/schemas.js';
import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { Db } from '../db/open.js';

/** What a verified, parsed delivery turns into; `apply` runs inside the delivery's transaction. */
export interface PreparedDelivery {
  deliveryId: string;
  topic: string | null;
  /** Inbox keys: any one already committed makes this delivery a duplicate. */
  keys: string[];
  /** Decides the measure changes; may read and write per-order state (same transaction). */
  apply: (db: Db) => Plan;
}

export interface Plan {
  mode: IngestMode;
  items: IngestItem[];
  /** Set when the delivery is logged but changes nothing on purpose (test notification, already reversed). */
  ignored?: DeliveryReason;
}

/** An item for `increment` mode, dropping zero deltas (they would only touch provenance). */
export function delta(items: IngestItem[], measure: string, date: string, value: number, segment: string | null): void {
  if (value === 0) return;
  items.push(segment ? { measure, date, value, segment } : { measure, date, value });
}
