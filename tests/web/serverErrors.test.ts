import { createIntl } from 'react-intl';
import { describe, expect, test } from 'vitest';
import { importReportSchema } from '../../shared/imports.js';
import { errorBodySchema } from '../../shared/schemas.js';
import en from '../../web/i18n/messages/en/errors.js';
import es from '../../web/i18n/messages/es/errors.js';
import it from '../../web/i18n/messages/it/errors.js';
import nl from '../../web/i18n/messages/nl/errors.js';
import { issueMessages, type MessageDescriptor, serverErrorMessages } from '../../web/i18n/serverErrors.js';
import { commit, upload } from '../csv/helpers.js';
import { makeTestApp } from '../helpers/testApp.js';

const catalogs = { en, es, it, nl };
type Locale = keyof typeof catalogs;

/** What the UI would show: each message formatted, sentences side by side. */
function show(locale: Locale, descriptors: MessageDescriptor[] | null): string[] | null {
  const intl = createIntl({ locale, messages: catalogs[locale] });
  return descriptors?.map((d) => intl.formatMessage({ id: d.id }, d.values)) ?? null;
}

const bodyOf = (json: unknown) => {
  const e = errorBodySchema.parse(json).error;
  return { code: e.code, params: (e.details as { params: unknown }).params, details: e.details };
};

describe('real server errors, shown in each language', () => {
  test('a KPI that does not exist, with its near match, in Spanish and Dutch', async () => {
    const t = makeTestApp();
    const e = bodyOf((await t.request('GET', '/api/kpis/csatt/series')).json);
    expect(show('es', serverErrorMessages(e.code, e.params, 'es'))).toEqual([
      'No hay ningún KPI con la clave “csatt”.',
      '¿Querías decir csat?',
    ]);
    expect(show('nl', serverErrorMessages(e.code, e.params, 'nl'))).toEqual([
      'Er is geen KPI met sleutel “csatt”.',
      'Bedoelde je csat?',
    ]);
  });

  test('a CSV line error and the refused commit, in Italian', async () => {
    const t = makeTestApp();
    const preview = importReportSchema.parse(
      (await upload(t, 'date,sessions\n2026-03-02,1200\n2026-03-03,1.2k\n', 'visits.csv')).json,
    );
    const [line] = preview.errors;
    expect(show('it', line ? issueMessages(line.code, line.params, 'it') : null)).toEqual(['“1.2k” non è un numero.']);
    const e = bodyOf((await commit(t, preview.uploadId)).json);
    expect(show('it', serverErrorMessages(e.code, e.params, 'it'))).toEqual([
      '1 problema in “visits.csv”; non è stato scritto nulla. Correggi il file, oppure scegli di saltare le righe errate.',
    ]);
  });

  test('a field too short, in Dutch; two values for one cell, with the day written in Spanish', async () => {
    const t = makeTestApp();
    const user = bodyOf(
      (await t.request('POST', '/api/users', { email: 'n@test.local', name: 'N', role: 'viewer', password: 'short' }))
        .json,
    );
    const [field] = (user.details as { issues: Array<{ code: string; params: unknown }> }).issues;
    expect(show('nl', field ? issueMessages(field.code, field.params, 'nl') : null)).toEqual([
      'Gebruik minstens 10 tekens.',
    ]);

    const batch = bodyOf(
      (
        await t.request('POST', '/api/ingest', {
          mode: 'set',
          items: [
            { measure: 'sessions', date: '2026-03-02', value: 4 },
            { measure: 'sessions', date: '2026-03-02', value: 5 },
          ],
        })
      ).json,
    );
    const [item] = (batch.details as { issues: Array<{ code: string; params: unknown }> }).issues;
    expect(show('es', item ? issueMessages(item.code, item.params, 'es') : null)).toEqual([
      'Fija sessions del 2 mar 2026 en 5, pero el elemento 0 ya lo fija en 4; envía un solo valor por medida, día y segmento.',
    ]);
  });

  test('lists are joined the way each language joins them', async () => {
    const t = makeTestApp();
    // The owner of E-commerce sets a target for a Logistics KPI.
    const target = { kpi: 'on_time_delivery_rate', value: 0.95, effectiveFrom: '2026-W10' };
    const e = bodyOf((await t.as('owner')('POST', '/api/targets', target)).json);
    expect(e.code).toBe('forbidden');
    expect(show('en', serverErrorMessages(e.code, e.params, 'en'))).toEqual([
      'You own ecommerce_manager; this change belongs to logistics.',
    ]);
    const scopes = serverErrorMessages(
      'forbidden',
      { reason: 'grant_scopes', role: 'owner', scopes: ['ingest', 'import'], allowed: ['read'] },
      'es',
    );
    expect(show('es', scopes)).toEqual([
      'Una cuenta de responsable no puede conceder ingest e import; puede conceder read.',
    ]);
  });
});

describe('what the UI cannot translate falls back to the English message', () => {
  test('an unknown code, or parameters that do not fit the code, give null', () => {
    expect(serverErrorMessages('brand_new_code', {}, 'es')).toBeNull();
    expect(serverErrorMessages('not_found', { what: 'kpi' }, 'es')).toBeNull();
    expect(issueMessages('not_a_number', { value: 12 }, 'es')).toBeNull();
  });
});
