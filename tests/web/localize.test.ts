import { createIntl } from 'react-intl';
import { expect, test } from 'vitest';
import { ApiError } from '../../web/api/client';
import { errorWords } from '../../web/i18n/errorText';
import { loadMessages } from '../../web/i18n/load';
import { localizeCatalogNames } from '../../web/i18n/localizeCatalog';

test('default catalog names come in the reader language; names an organisation typed stay as typed', () => {
  const scorecardPart = {
    role: { key: 'ecommerce_manager', name: 'E-commerce Manager' },
    kpis: [
      { kpi: { key: 'conversion_rate', name: 'Conversion rate' }, sparkline: [{ week: '2026-W47', value: 0.02 }] },
      { kpi: { key: 'aov', name: 'Basket size' } }, // renamed by the organisation
      { kpi: { key: 'own_kpi', name: 'Our own KPI' } }, // not in the default catalog
    ],
  };
  expect(localizeCatalogNames(scorecardPart, 'es')).toEqual({
    role: { key: 'ecommerce_manager', name: 'Gestor de e-commerce' },
    kpis: [
      { kpi: { key: 'conversion_rate', name: 'Tasa de conversión' }, sparkline: [{ week: '2026-W47', value: 0.02 }] },
      { kpi: { key: 'aov', name: 'Basket size' } },
      { kpi: { key: 'own_kpi', name: 'Our own KPI' } },
    ],
  });
  expect(localizeCatalogNames(scorecardPart, 'en')).toBe(scorecardPart);
  // A series names its ratio's measures; a review change its KPI.
  const series = {
    kpi: {
      key: 'conversion_rate',
      name: 'Conversion rate',
      formula: { kind: 'ratio', numerator: 'orders', denominator: 'sessions' },
    },
    numeratorName: 'Orders',
    denominatorName: 'Sessions',
  };
  const es = localizeCatalogNames(series, 'es');
  expect([es.kpi.name, es.numeratorName, es.denominatorName]).toEqual(['Tasa de conversión', 'Pedidos', 'Sesiones']);
  expect(localizeCatalogNames({ kpi: 'conversion_rate', kpiName: 'Conversion rate' }, 'it').kpiName).toBe(
    'Tasso di conversione',
  );
});

test('server errors are worded from their code and parameters; an unknown code keeps the English message', async () => {
  const intl = createIntl({ locale: 'es', messages: await loadMessages('es') });
  const words = errorWords((id, v) => intl.formatMessage({ id }, v), 'es', 'sin conexión');
  const wrong = new ApiError(401, 'invalid_credentials', 'That email and password do not match an active account.', {
    params: {},
  });
  expect(words.error(wrong)).toBe('Ese correo y esa contraseña no corresponden a ninguna cuenta activa.');
  const short = new ApiError(400, 'invalid_request', 'The body is not valid: password: use at least 10 characters.', {
    params: { place: 'body', count: 1 },
    issues: [
      {
        path: 'password',
        message: 'use at least 10 characters',
        code: 'too_small',
        params: { of: 'string', min: 10, inclusive: 'yes' },
      },
    ],
  });
  expect(words.fields(short)).toEqual({ password: 'Usa al menos 10 caracteres.' });
  expect(words.error(new ApiError(418, 'teapot', 'I am a teapot.'))).toBe('I am a teapot.');
  expect(words.error(new TypeError('Failed to fetch'))).toBe('sin conexión');
});
