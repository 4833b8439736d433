import type { DeliveryReason, DeliveryReasonCode, DeliveryReasonParams } from '../../shared/webhookReasons.js';

/** The log's English sentence for each reason, exactly as it was written before codes were stored. */
const english: { [C in DeliveryReasonCode]: (p: DeliveryReasonParams<C>) => string } = {
  already_received: () => 'already received',
  test_notification: () => 'test notification (the source does not allow tests)',
  order_already_counted: (p) => `order ${p.order} is already counted`,
  order_cancelled_before_create: (p) => `order ${p.order} was cancelled before its creation arrived`,
  order_reversed_by_cancellation: (p) => `order ${p.order} was already reversed by its cancellation`,
  order_already_cancelled: (p) => `order ${p.order} is already cancelled`,
  order_never_counted: (p) => `order ${p.order} was never counted by this source`,
  ticket_already_created: (p) => `ticket ${p.ticket} is already counted as created on ${p.day}`,
  ticket_already_replied: (p) => `ticket ${p.ticket} already has its first reply counted on ${p.day}`,
  ticket_status_superseded: (p) => `ticket ${p.ticket} changed status later (${p.at}); this older change is superseded`,
  ticket_already_solved: (p) => `ticket ${p.ticket} is already counted as solved on ${p.day}`,
  ticket_status_not_counted: (p) => `status changed to ${p.status}; only SOLVED (and a reopen after it) is counted`,
  ticket_rating_superseded: (p) =>
    `ticket ${p.ticket} was rated again later (${p.at}); this older rating is superseded`,
  ticket_rating_already_counted: (p) => `ticket ${p.ticket} already has this rating counted on ${p.day}`,
};

/** Why a delivery changed nothing: its code, its parameters (typed by the code) and the English sentence. */
export const deliveryReason = <C extends DeliveryReasonCode>(code: C, params: DeliveryReasonParams<C>) =>
  ({
    code,
    params,
    // TypeScript cannot tie a generic code to its entry of the mapped table; the signature does.
    text: (english[code] as (p: DeliveryReasonParams<C>) => string)(params),
  }) satisfies DeliveryReason;
