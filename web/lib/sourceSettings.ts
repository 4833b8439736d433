import type { Source } from '../../shared/webhooks';

const KB = 1024;

/** The settings form's fields as typed text, from the source as stored. */
export function settingsFields(source: Source) {
  return {
    name: source.name,
    timeZone: source.timeZone ?? '',
    segment: source.segment ?? '',
    currency: source.currency ?? '',
    allowTest: source.allowTest,
    rateLimitPerMinute: String(source.rateLimitPerMinute),
    maxBodyKb: String(Math.round(source.maxBodyBytes / KB)),
  };
}
export type SettingsFields = ReturnType<typeof settingsFields>;

/**
 * The PATCH body for what the admin changed: an untouched field is never rewritten. Empty
 * optional fields mean "unset" (null); a number the browser cannot read is sent as typed, so
 * the server's contract names the field and how to fix it.
 */
export function changedSettings(before: SettingsFields, now: SettingsFields): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const orNull = (v: string) => v.trim() || null;
  const number = (v: string) => (v.trim() === '' || Number.isNaN(Number(v)) ? v : Number(v));
  if (now.name !== before.name) patch.name = now.name;
  if (now.timeZone.trim() !== before.timeZone) patch.timeZone = orNull(now.timeZone);
  if (now.segment.trim() !== before.segment) patch.segment = orNull(now.segment);
  if (now.currency.trim().toUpperCase() !== before.currency) patch.currency = orNull(now.currency.toUpperCase());
  if (now.allowTest !== before.allowTest) patch.allowTest = now.allowTest;
  if (now.rateLimitPerMinute !== before.rateLimitPerMinute) patch.rateLimitPerMinute = number(now.rateLimitPerMinute);
  if (now.maxBodyKb !== before.maxBodyKb) {
    const kb = number(now.maxBodyKb);
    patch.maxBodyBytes = typeof kb === 'number' ? kb * KB : kb;
  }
  return patch;
}
