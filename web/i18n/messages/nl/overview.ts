import type en from '../en/overview';

export default {
  'overview.title': 'Weekreview',
  'overview.segment': 'Segment: {segment}',
  'overview.weekInProgress': 'week loopt nog',
  'overview.scorecardWhat': 'de scorecard',
  'overview.loadingScorecard': 'De scorecard wordt geladen…',
  'overview.latestWhat': 'de nieuwste cijfers',
  'overview.noRoles': 'Nog geen rollen — voeg er een toe op de pagina Catalogus en doelen.',
  'overview.attention.title': 'Vraagt aandacht',
  'overview.attention.none': 'Elke KPI met een doel zit deze week op doel.',
  'overview.health': '{green} van {total} op doel',
  'overview.health.none': 'Geen doelen ingesteld',
  'overview.dataQuality': 'Datakwaliteit',
  'overview.target': 'doel {value}',
  'overview.noTarget': 'geen doel',
  'overview.changedSinceReview': 'Gewijzigd sinds de review: was {value}',
  'overview.flag.staleSince': '{kpi}: geen gegevens sinds {date}',
  'overview.flag.staleWeek': '{kpi}: geen gegevens deze week',
  'overview.flag.partial': '{measure}: {days} van {total, plural, one {# dag} other {# dagen}}',
  'overview.emptyHint':
    'Geen gegevens voor {kpi} {scope, select, range {in deze periode} other {deze week}} — {source, select, customer_service {upload een helpdeskexport of koppel een webhook} marketing_manager {upload een analytics- of advertentie-export} web_experience {upload een analytics-export of koppel een webhook} ecommerce_manager {upload een winkelexport of koppel de webhook van de winkel} logistics {upload een export van de vervoerder of het magazijn} inventory {upload een voorraadexport} content {upload een export van de contentaudit} head_of_digital {upload een financiële export of een winkelexport} other {upload een export of koppel een webhook}}',
  'overview.source.import': 'Een bestand importeren',
  'overview.source.webhook': 'Een webhook koppelen',
} satisfies Record<keyof typeof en, string>;
