import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { signingKey, verifyShopify, verifyStandard, verifyZendesk } from '../../server/webhooks/signatures.js';

/**
 * The source cache keeps each secret as the key its kind signs with (`signingKey`), made once;
 * these check that the key verifies exactly what the secret's text does.
 */

test('a Standard Webhooks key is the decoded whsec_ secret: the specification’s example verifies', () => {
  // The example in the Standard Webhooks specification (and svix's documentation).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const [id, ts, body] = ['msg_p5jXN8AQM9LWM0D4loKWxJek', '1614265330', Buffer.from('{"test": 2432232314}')];
  const sig = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
  expect(verifyStandard([signingKey('generic', secret)], id, ts, body, sig)).toBe(true);
  expect(verifyStandard([secret], id, ts, body, sig)).toBe(true);
  // Another secret's key, or the secret's text taken as the key, does not.
  expect(verifyStandard([signingKey('generic', 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAA')], id, ts, body, sig)).toBe(false);
  expect(verifyStandard([signingKey('shopify', secret)], id, ts, body, sig)).toBe(false);
});

test('Shopify and Zendesk keys are the secret’s text', () => {
  const secret = 'hush-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const body = Buffer.from('{"id":820982911946154508,"note":"a\\/b"}');
  const shopify = createHmac('sha256', secret).update(body).digest('base64');
  expect(verifyShopify([signingKey('shopify', secret)], body, shopify)).toBe(true);
  expect(verifyShopify([signingKey('shopify', `${secret}x`)], body, shopify)).toBe(false);
  const ts = '2026-03-18T10:00:00Z';
  const zendesk = createHmac('sha256', secret).update(ts).update(body).digest('base64');
  expect(verifyZendesk([signingKey('helpdesk', secret)], ts, body, zendesk)).toBe(true);
  // Rotation: the new key and the old one are both tried.
  expect(verifyZendesk([signingKey('helpdesk', 'new-one'), signingKey('helpdesk', secret)], ts, body, zendesk)).toBe(
    true,
  );
});
