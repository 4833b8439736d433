import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('configuration from the environment', () => {
  test('defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 8787,
      host: '0.0.0.0',
      dbPath: './data/rolecard.db',
      timeZone: 'UTC',
      weekStart: 'monday',
      currency: 'EUR',
      demo: true,
    });
  });

  test('values are parsed', () => {
    const c = loadConfig({
      PORT: '9000',
      ROLECARD_TZ: 'Europe/Rome',
      ROLECARD_WEEK_START: 'sunday',
      ROLECARD_DEMO: '0',
    });
    expect(c).toMatchObject({ port: 9000, timeZone: 'Europe/Rome', weekStart: 'sunday', demo: false });
  });

  test.each([
    ['PORT', 'eighty'],
    ['ROLECARD_TZ', 'Mars/Olympus'],
    ['ROLECARD_WEEK_START', 'friday'],
    ['ROLECARD_CURRENCY', 'euro'],
    ['ROLECARD_DEMO', 'maybe'],
  ])('a bad %s stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value}"`));
  });
});
