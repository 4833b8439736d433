import { expect, test } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../web/api/client';
import { fieldErrors, unshownErrors } from '../../web/components/admin/fieldErrors';
import { toFormErrors } from '../../web/lib/formErrors';
import { translator } from '../helpers/translator';

// fetch rejects with a TypeError worded by the browser ("Failed to fetch") when the server cannot be reached.
const offline = new TypeError('Failed to fetch');

test.each([
  ['en', 'Could not reach Rolecard; try again.'],
  ['es', 'No se pudo conectar con Rolecard; inténtalo de nuevo.'],
  ['it', 'Impossibile raggiungere Rolecard; riprova.'],
  ['nl', 'Rolecard is niet bereikbaar; probeer het opnieuw.'],
] as const)('%s: a write that never reached the server says so in the reader’s language', async (locale, said) => {
  const t = await translator(locale);
  expect(toFormErrors(offline, t)).toEqual({ fields: {}, general: said });
  expect(fieldErrors(offline, t)).toEqual({ _: said });
  expect(fieldErrors(null, t)).toEqual({});
});

test('the server’s and the schema’s own messages reach the field as sent', async () => {
  const t = await translator('es');
  const conflict = new ApiError(422, 'invalid_value', 'value: above 1 (100%)', { field: 'value' });
  expect(toFormErrors(conflict, t)).toEqual({ fields: { value: 'above 1 (100%)' } });
  expect(fieldErrors(conflict, t)).toEqual({ value: 'value: above 1 (100%)' });
  const schema = z.object({ name: z.string().min(1, 'enter a name') });
  const parsed = schema.safeParse({ name: '' });
  if (parsed.success) throw new Error('an empty name must fail');
  expect(toFormErrors(parsed.error, t)).toEqual({ fields: { name: 'enter a name' } });
});

test('what a form has no field for is said once, below it: a general failure and problems of other fields', () => {
  expect(unshownErrors({ timeZone: 'must be an IANA time zone', name: 'give it a name' }, ['name', 'timeZone'])).toBe(
    '',
  );
  expect(unshownErrors({ timeZone: 'must be an IANA time zone', enabled: 'expected a boolean' }, ['timeZone'])).toBe(
    'expected a boolean',
  );
  expect(unshownErrors({ _: 'Could not reach Rolecard; try again.' }, ['name'])).toBe(
    'Could not reach Rolecard; try again.',
  );
});
