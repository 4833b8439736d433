import { z } from 'zod';

/** How a KPI's value is displayed. Percentages are stored as fractions (0.045 → 4.5%). */
export const unitSchema = z.enum(['currency', 'percent', 'count', 'ratio', 'duration', 'score']);
export type Unit = z.infer<typeof unitSchema>;

/** Whether a higher or a lower value is better; status and change colours follow it. */
export const directionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof directionSchema>;

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** Keys are stable identifiers used in URLs, CSV headers and the API. */
export const keySchema = z
  .string()
  .min(2, 'a key has at least 2 characters')
  .max(64, 'a key has at most 64 characters')
  .regex(KEY_PATTERN, 'use lowercase letters, digits and underscores, starting with a letter');
