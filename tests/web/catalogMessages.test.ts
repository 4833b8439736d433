import { expect, test } from 'vitest';
import { kpiSchema, measureSchema } from '../../shared/schemas';
import { definitionText } from '../../web/components/CatalogKpi';
import { translator } from '../helpers/translator';

const measures = measureSchema.array().parse([
  { key: 'fulfillment_hours', name: 'Fulfillment hours', hasData: true },
  { key: 'shipments', name: 'Shipments', hasData: true },
]);
const kpi = (formula: unknown) =>
  kpiSchema.parse({
    key: 'fulfillment_time',
    name: 'Fulfillment time',
    unit: 'duration',
    direction: 'lower',
    role: 'logistics',
    formula,
  });

// Hours per shipment shown in seconds: the ratio is scaled by 3600 (an exact integer, no grouping).
test.each([
  ['en', 'sum(Fulfillment hours) / sum(Shipments) × 3600', 'sum(Shipments)'],
  ['es', 'suma(Fulfillment hours) / suma(Shipments) × 3600', 'suma(Shipments)'],
  ['it', 'somma(Fulfillment hours) / somma(Shipments) × 3600', 'somma(Shipments)'],
  ['nl', 'som(Fulfillment hours) / som(Shipments) × 3600', 'som(Shipments)'],
] as const)('%s: a KPI definition reads %s', async (locale, scaled, sum) => {
  const t = await translator(locale);
  const ratio = kpi({ kind: 'ratio', numerator: 'fulfillment_hours', denominator: 'shipments', scale: 3600 });
  expect(definitionText(ratio, measures, t)).toBe(scaled);
  expect(definitionText(kpi({ kind: 'sum', measure: 'shipments' }), measures, t)).toBe(sum);
});

// One of each and many of each: the plural forms (never "1 roles"), and each language's digit
// grouping (Spanish and Italian leave four digits ungrouped).
test.each([
  ['en', '1 role · 1 KPI · 1 measure.', '8 roles · 28 KPIs · 1,204 measures.'],
  ['es', '1 rol · 1 KPI · 1 medida.', '8 roles · 28 KPI · 1204 medidas.'],
  ['it', '1 ruolo · 1 KPI · 1 misura.', '8 ruoli · 28 KPI · 1204 misure.'],
  ['nl', '1 rol · 1 KPI · 1 meetwaarde.', '8 rollen · 28 KPI’s · 1.204 meetwaarden.'],
] as const)('%s: the catalog counts read "%s" and "%s"', async (locale, one, many) => {
  const t = await translator(locale);
  expect(t('catalog.summary', { roles: 1, kpis: 1, measures: 1 }).slice(0, one.length)).toBe(one);
  expect(t('catalog.summary', { roles: 8, kpis: 28, measures: 1204 }).slice(0, many.length)).toBe(many);
  expect(t('catalog.role.kpiCount', { count: 1 })).toBe('1 KPI');
});
