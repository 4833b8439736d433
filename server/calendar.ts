import { dateInZone, parseWeek, shiftWeek, type Week, weekOf } from '../shared/period.js';
import type { Config } from './config.js';
import { ApiError } from './http/errors.js';

/** Today in the installation's time zone. */
export function today(config: Config, clock: () => Date): string {
  return dateInZone(clock(), config.timeZone);
}

/** The last week that has fully ended: what a Monday review looks at. */
export function lastCompleteWeek(config: Config, clock: () => Date): Week {
  return shiftWeek(weekOf(today(config, clock), config.weekStart), -1, config.weekStart);
}

/** A week from a query parameter, defaulting to the last complete week. */
export function resolveWeek(input: string | undefined, config: Config, clock: () => Date): Week {
  if (input === undefined) return lastCompleteWeek(config, clock);
  const week = parseWeek(input, config.weekStart);
  if (!week)
    throw new ApiError(422, 'invalid_week', `week: "${input}" is not a week; use an ISO week like 2026-W07.`, {
      params: { field: 'week', value: input },
      field: 'week',
    });
  return week;
}
