import { expect, test } from 'vitest';
import type { Source } from '../../shared/webhooks.js';
import { changedSettings, settingsFields } from '../../web/lib/sourceSettings.js';

const source: Source = {
  id: 'src_x',
  name: 'Spanish shop',
  kind: 'shopify',
  timeZone: 'Europe/Madrid',
  segment: 'shop_es',
  currency: null,
  allowTest: false,
  enabled: true,
  maxBodyBytes: 1_048_576,
  rateLimitPerMinute: 6000,
  createdAt: '2026-12-01T00:00:00Z',
  url: '/api/webhooks/src_x',
  secrets: [],
  lastDeliveryAt: null,
  lastError: null,
  counts: { accepted: 0, duplicate: 0, refused: 0 },
};
const before = settingsFields(source);

test('the form shows the stored settings, the body limit in KB', () => {
  expect(before).toEqual({
    name: 'Spanish shop',
    timeZone: 'Europe/Madrid',
    segment: 'shop_es',
    currency: '',
    allowTest: false,
    rateLimitPerMinute: '6000',
    maxBodyKb: '1024',
  });
});

test('nothing changed sends nothing', () => {
  expect(changedSettings(before, { ...before })).toEqual({});
  // Spaces around an unchanged value are not a change either.
  expect(changedSettings(before, { ...before, timeZone: ' Europe/Madrid ' })).toEqual({});
});

test('only the changed fields are sent: emptied means unset, the currency upper-cased, KB as bytes', () => {
  expect(
    changedSettings(before, { ...before, currency: 'usd', timeZone: '', maxBodyKb: '2048', allowTest: true }),
  ).toEqual({ currency: 'USD', timeZone: null, maxBodyBytes: 2 * 1_048_576, allowTest: true });
  expect(changedSettings(before, { ...before, segment: 'shop_it', rateLimitPerMinute: '120' })).toEqual({
    segment: 'shop_it',
    rateLimitPerMinute: 120,
  });
});

test('a number the browser cannot read goes to the server as typed, for its contract to name', () => {
  expect(changedSettings(before, { ...before, rateLimitPerMinute: 'lots', maxBodyKb: '' })).toEqual({
    rateLimitPerMinute: 'lots',
    maxBodyBytes: '',
  });
});
