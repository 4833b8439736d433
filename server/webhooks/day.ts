import { dateInZone } from '../../shared/period.js';
import { ApiError } from '../http/errors.js';

/**
 * The business day of an event timestamp. With a zone: the date in that zone. Without one:
 * the date as written, i.e. in the offset the sender used (Shopify writes the shop's zone,
 * "2026-03-17T23:30:00-05:00" is the shop's 17 March even though it is 18 March in UTC).
 */
export function dayOf(timestamp: string, field: string, timeZone: string | null): string {
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(timestamp);
  const instant = new Date(timestamp);
  if (!m || Number.isNaN(instant.getTime()))
    throw new ApiError(
      422,
      'invalid_payload',
      `${field}: "${timestamp}" is not an ISO-8601 timestamp with an offset (like 2026-03-17T23:30:00-05:00).`,
      {
        params: { count: 1 },
        issues: [
          {
            path: field,
            message: 'expected an ISO-8601 timestamp with an offset',
            code: 'invalid_format',
            params: { format: 'timestamp_offset' },
          },
        ],
      },
    );
  return timeZone ? dateInZone(instant, timeZone) : (m[1] as string);
}
