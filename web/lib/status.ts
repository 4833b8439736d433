import type { z } from 'zod';
import type { statusSchema } from '../../shared/schemas';

export type Status = z.infer<typeof statusSchema>;

/**
 * Status is always icon + word + colour, never colour alone. The colours (see styles.css)
 * come from a colour-blind-safe set: blue-green, orange and vermilion differ in lightness too.
 */
export const STATUS_META: Record<Status, { icon: string; word: string }> = {
  green: { icon: '✓', word: 'On target' },
  amber: { icon: '!', word: 'Near target' },
  red: { icon: '✕', word: 'Off target' },
  no_target: { icon: '○', word: 'No target' },
  no_data: { icon: '–', word: 'No data' },
};
