import { deliveryReasonCodes, isDeliveryReasonCode } from '../../shared/webhookReasons';
import { joinMessages } from '../i18n/errorText';
import type { MessageKey } from '../i18n/messages/en';
import { describe, serverErrorMessages } from '../i18n/serverErrors';
import type { Translate } from '../i18n/translate';

/** A delivery log reason as the API sends it (a log row, or a source's last error). */
export interface StoredReason {
  reason: string | null;
  reasonCode: string | null;
  reasonParams: Record<string, unknown> | null;
}

/**
 * Why a delivery was refused, ignored or a duplicate, in the reader's language. English shows
 * the stored sentence (written for the case, like the API's error messages); other languages
 * word the code: a refusal's error code with `errors.<code>`, a duplicate's or ignored
 * event's with `integrations.reason.<code>`. A row logged before codes were stored, or a code
 * this build does not know, shows the stored sentence.
 */
export function reasonText(r: StoredReason, t: Translate, locale: string): string | null {
  if (locale.startsWith('en') || r.reasonCode === null) return r.reason;
  const code = r.reasonCode;
  const messages = isDeliveryReasonCode(code)
    ? describe(`integrations.reason.${code}`, deliveryReasonCodes[code], r.reasonParams, locale)
    : serverErrorMessages(code, r.reasonParams, locale);
  // The ids are built from codes whose messages the i18n and error-message tests check exist.
  return joinMessages((id, values) => t(id as MessageKey, values), messages) ?? r.reason;
}
