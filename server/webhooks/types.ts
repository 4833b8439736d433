import type { IngestItem, IngestMode } from '../../shared/schemas.js';
import type { DeliveryReason } from '../../shared/webhookReasons.js';
import type { Db } from '../db/open.js';

/** What a verified, parsed delivery turns into; `apply` runs inside the delivery's transaction. */
export interface PreparedDelivery {
  deliveryId: string;
  topic: string | null;
  /** Inbox keys: any one already committed makes this delivery a duplicate. */
  keys: string[];
  /** Decides the measure changes from per-order/ticket state; reads only (writes go in `save`). */
  apply: (db: Db) => Plan;
  /**
   * Says which order or ticket state `apply` will read, before the delivery joins its group,
   * so the group reads every delivery's state in one statement (`GroupRows.want`).
   */
  want?: (db: Db) => void;
}

export interface Plan {
  mode: IngestMode;
  items: IngestItem[];
  /** Set when the delivery is logged but changes nothing on purpose (test notification, already reversed). */
  ignored?: DeliveryReason;
  /**
   * The state rows this plan was decided on (per order, per ticket), written only once nothing
   * can refuse the delivery any more (see apply.ts), in the same transaction.
   */
  save?: (db: Db) => void;
}

/** An item for `increment` mode, dropping zero deltas (they would only touch provenance). */
export function delta(items: IngestItem[], measure: string, date: string, value: number, segment: string | null): void {
  if (value === 0) return;
  items.push(segment ? { measure, date, value, segment } : { measure, date, value });
}
