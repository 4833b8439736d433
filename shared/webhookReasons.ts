import type { ParamSpec, ParamsOf, Specs } from './errorCodes.js';

/**
 * Why a delivery answered 200 but changed nothing: a duplicate, or an event ignored on purpose.
 * Stored in the delivery log beside the English sentence (`reasonCode`, `reasonParams`); a
 * refusal's reason is its error code instead (shared/errorCodes.ts). The UI words these with
 * `integrations.reason.<code>`; parameter names are the messages' ICU arguments.
 */
const text = { kind: 'text' } as const satisfies ParamSpec;
/** A calendar day, YYYY-MM-DD. */
const day = { kind: 'day' } as const satisfies ParamSpec;
/** A point in time, ISO 8601 in UTC. */
const instant = { kind: 'instant' } as const satisfies ParamSpec;

export const deliveryReasonCodes = {
  already_received: {},
  test_notification: {},
  // Shopify orders (ids stay text: they can exceed 2^53)
  order_already_counted: { order: text },
  order_cancelled_before_create: { order: text },
  order_reversed_by_cancellation: { order: text },
  order_already_cancelled: { order: text },
  order_never_counted: { order: text },
  // helpdesk tickets
  ticket_already_created: { ticket: text, day },
  ticket_already_replied: { ticket: text, day },
  ticket_status_superseded: { ticket: text, at: instant },
  ticket_already_solved: { ticket: text, day },
  ticket_status_not_counted: { status: text },
  ticket_rating_superseded: { ticket: text, at: instant },
  ticket_rating_already_counted: { ticket: text, day },
} as const satisfies Record<string, Specs>;

export type DeliveryReasonCode = keyof typeof deliveryReasonCodes;
export type DeliveryReasonParams<C extends DeliveryReasonCode> = C extends DeliveryReasonCode
  ? ParamsOf<(typeof deliveryReasonCodes)[C]>
  : never;

/** A reason as the server keeps it: the English sentence, its code and the code's parameters. */
export interface DeliveryReason {
  text: string;
  code: string;
  params: Record<string, unknown>;
}

export const isDeliveryReasonCode = (code: string): code is DeliveryReasonCode =>
  Object.hasOwn(deliveryReasonCodes, code);
