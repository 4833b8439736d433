import type { z } from 'zod';
import type { statusSchema } from '../../shared/schemas';
import type { MessageKey } from '../i18n/messages/en';

export type Status = z.infer<typeof statusSchema>;

/**
 * Status is always icon + word + colour, never colour alone. The colours (see styles.css)
 * come from a colour-blind-safe set: blue-green, orange and vermilion differ in lightness too.
 */
export const STATUS_META: Record<Status, { icon: string; wordKey: MessageKey }> = {
  green: { icon: '✓', wordKey: 'status.green' },
  amber: { icon: '!', wordKey: 'status.amber' },
  red: { icon: '✕', wordKey: 'status.red' },
  no_target: { icon: '○', wordKey: 'status.noTarget' },
  no_data: { icon: '–', wordKey: 'status.noData' },
};
