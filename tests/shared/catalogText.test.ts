import { describe, expect, test } from 'vitest';
import { defaultCatalog } from '../../shared/catalog.js';
import { type CatalogKind, catalogText, catalogTranslations } from '../../shared/i18n/catalogText.js';

const languages = ['es', 'it', 'nl'] as const;
const kinds: Array<{ kind: CatalogKind; section: 'roles' | 'measures' | 'kpis' }> = [
  { kind: 'role', section: 'roles' },
  { kind: 'measure', section: 'measures' },
  { kind: 'kpi', section: 'kpis' },
];

describe('every default entry in every language', () => {
  test.each(languages.flatMap((lang) => kinds.map((k) => [lang, k.section] as const)))(
    '%s %s: exactly the default keys, each with a name and a description within the catalog limits',
    (lang, section) => {
      const table: Record<string, { name: string; description: string }> = catalogTranslations[lang][section];
      const keys = defaultCatalog[section].map((e) => e.key);
      expect(Object.keys(table).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const t = table[key];
        expect(t?.name.trim().length, `${lang} ${section} ${key} name`).toBeGreaterThan(0);
        expect(t?.name.length, `${lang} ${section} ${key} name`).toBeLessThanOrEqual(80);
        expect(t?.description.trim().length, `${lang} ${section} ${key} description`).toBeGreaterThan(0);
        expect(t?.description.length, `${lang} ${section} ${key} description`).toBeLessThanOrEqual(500);
      }
    },
  );

  // Loanwords a language keeps in English; anything else equal to the English text is a
  // forgotten translation.
  const sameAsEnglish: Record<(typeof languages)[number], string[]> = {
    es: [],
    it: ['role:ecommerce_manager', 'role:marketing_manager'],
    nl: ['role:content', 'measure:orders'],
  };

  test.each(languages)('%s: every description and every name but known loanwords is translated', (lang) => {
    const untranslated: string[] = [];
    for (const { kind, section } of kinds) {
      const table: Record<string, { name: string; description: string }> = catalogTranslations[lang][section];
      for (const e of defaultCatalog[section]) {
        if (table[e.key]?.name === e.name) untranslated.push(`${kind}:${e.key}`);
        expect(table[e.key]?.description, `${lang} ${kind} ${e.key}`).not.toBe(e.description);
      }
    }
    expect(untranslated).toEqual(sameAsEnglish[lang]);
  });
});

describe('catalogText', () => {
  const conversion = { name: 'Conversion rate', description: 'Orders per session.' };

  test('a default KPI still named as shipped is shown translated', () => {
    expect(catalogText('es', 'kpi', 'conversion_rate', conversion.name, conversion.description)).toEqual({
      name: 'Tasa de conversión',
      description: 'Pedidos por sesión.',
    });
  });

  test('a renamed KPI is shown as typed; its untouched description is still translated', () => {
    expect(catalogText('it', 'kpi', 'conversion_rate', 'Conversione negozio Milano', conversion.description)).toEqual({
      name: 'Conversione negozio Milano',
      description: 'Ordini per sessione.',
    });
  });

  test('an edited description is shown as typed', () => {
    expect(catalogText('nl', 'kpi', 'conversion_rate', conversion.name, 'Orders / sessies, excl. bots')).toEqual({
      name: 'Conversieratio',
      description: 'Orders / sessies, excl. bots',
    });
  });

  test("an organisation's own KPI, and a default name under another kind, are shown as typed", () => {
    expect(catalogText('es', 'kpi', 'wholesale_margin', 'Wholesale margin', 'Our own')).toEqual({
      name: 'Wholesale margin',
      description: 'Our own',
    });
    // "Sessions" is both a measure and a KPI; a role keyed `sessions` is the organisation's.
    expect(catalogText('es', 'role', 'sessions', 'Sessions', '')).toEqual({ name: 'Sessions', description: '' });
  });

  test('English and languages without a translation show the stored text; regional tags use their language', () => {
    expect(catalogText('en', 'role', 'logistics', 'Logistics', 'x').name).toBe('Logistics');
    expect(catalogText('fr', 'role', 'logistics', 'Logistics', 'x').name).toBe('Logistics');
    expect(catalogText('nl-BE', 'role', 'logistics', 'Logistics', 'x').name).toBe('Logistiek');
    expect(catalogText('ES-mx', 'role', 'logistics', 'Logistics', 'x').name).toBe('Logística');
  });
});

describe("the source documents' own terms", () => {
  const name = (lang: 'es' | 'it' | 'nl', kind: CatalogKind, key: string) => {
    const e = defaultCatalog[kind === 'role' ? 'roles' : kind === 'kpi' ? 'kpis' : 'measures'].find(
      (x) => x.key === key,
    );
    return catalogText(lang, kind, key, e?.name ?? '', e?.description ?? '').name;
  };

  test.each([
    // es: "tasa de conversión, ... tasa de rebote, tiempo en el sitio ... tasa de resolución"
    ['es', 'kpi', 'conversion_rate', 'Tasa de conversión'],
    ['es', 'kpi', 'bounce_rate', 'Tasa de rebote'],
    ['es', 'kpi', 'resolution_rate', 'Tasa de resolución'],
    ['es', 'role', 'customer_service', 'Servicio al cliente'],
    ['es', 'role', 'ecommerce_manager', 'Gestor de e-commerce'],
    // it: "tasso di conversione", "### Gestione scorte", "Team del Servizio Clienti"
    ['it', 'kpi', 'conversion_rate', 'Tasso di conversione'],
    ['it', 'role', 'inventory', 'Gestione scorte'],
    ['it', 'role', 'customer_service', 'Servizio clienti'],
    // nl: "Hoofd van Digital", "Logistiek Manager", "Team voor klantenservice"; the "Conversieratio"
    ['nl', 'kpi', 'conversion_rate', 'Conversieratio'],
    ['nl', 'role', 'logistics', 'Logistiek'],
    ['nl', 'role', 'customer_service', 'Klantenservice'],
  ] as const)('%s %s %s → %s', (lang, kind, key, expected) => {
    expect(name(lang, kind, key)).toBe(expected);
  });
});
