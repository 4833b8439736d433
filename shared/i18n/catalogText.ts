import { type DefaultKpiKey, type DefaultMeasureKey, type DefaultRoleKey, defaultCatalog } from '../catalog.js';
import { catalogEs } from './catalog.es.js';
import { catalogIt } from './catalog.it.js';
import { catalogNl } from './catalog.nl.js';

/** A name and a description, as the catalog stores them. */
export interface CatalogEntryText {
  name: string;
  description: string;
}

/**
 * One language's text for every role, measure and KPI of the default catalog. Keyed by the
 * catalog's literal keys: a data file missing a key (or naming one that does not exist) fails
 * the typecheck.
 */
export interface CatalogTranslation {
  roles: Record<DefaultRoleKey, CatalogEntryText>;
  measures: Record<DefaultMeasureKey, CatalogEntryText>;
  kpis: Record<DefaultKpiKey, CatalogEntryText>;
}

export type CatalogKind = 'role' | 'measure' | 'kpi';

/** The languages the default catalog is translated into; English is the catalog itself. */
export const catalogTranslations = { es: catalogEs, it: catalogIt, nl: catalogNl } as const;
export type TranslatedLocale = keyof typeof catalogTranslations;

const section = { role: 'roles', measure: 'measures', kpi: 'kpis' } as const;

const english: Record<CatalogKind, Map<string, CatalogEntryText>> = {
  role: new Map(defaultCatalog.roles.map((r) => [r.key, r])),
  measure: new Map(defaultCatalog.measures.map((m) => [m.key, m])),
  kpi: new Map(defaultCatalog.kpis.map((k) => [k.key, k])),
};

/** `es-MX` → `es`; null for English and for languages without a translation. */
function translatedLocale(locale: string): TranslatedLocale | null {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  return base in catalogTranslations ? (base as TranslatedLocale) : null;
}

/**
 * The name and description to show for a catalog entry in `locale`. A default entry whose
 * stored text is still the default English one is shown translated; anything an organisation
 * typed itself (a renamed KPI, its own role, an edited description) is shown as typed. Name
 * and description are decided separately: renaming a KPI does not freeze its description.
 */
export function catalogText(
  locale: string,
  kind: CatalogKind,
  key: string,
  typedName: string,
  typedDescription: string,
): CatalogEntryText {
  const typed = { name: typedName, description: typedDescription };
  const lang = translatedLocale(locale);
  const source = english[kind].get(key);
  if (!lang || !source) return typed;
  const table: Partial<Record<string, CatalogEntryText>> = catalogTranslations[lang][section[kind]];
  const translated = table[key];
  if (!translated) return typed;
  return {
    name: typedName === source.name ? translated.name : typedName,
    description: typedDescription === source.description ? translated.description : typedDescription,
  };
}
