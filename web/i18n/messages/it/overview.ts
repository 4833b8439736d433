import type en from '../en/overview';

export default {
  'overview.title': 'Revisione settimanale',
  'overview.segment': 'Segmento: {segment}',
  'overview.weekInProgress': 'settimana in corso',
  'overview.scorecardWhat': 'la scorecard',
  'overview.loadingScorecard': 'Caricamento della scorecard…',
  'overview.latestWhat': 'i dati più recenti',
  'overview.noRoles': 'Ancora nessun ruolo: aggiungine uno nella pagina Catalogo e obiettivi.',
  'overview.attention.title': 'Richiede attenzione',
  'overview.attention.none': 'Questa settimana ogni KPI con un obiettivo è in linea.',
  'overview.health': '{green} su {total} in linea',
  'overview.health.none': 'Nessun obiettivo impostato',
  'overview.dataQuality': 'Qualità dei dati',
  'overview.target': 'obiettivo {value}',
  'overview.noTarget': 'nessun obiettivo',
  'overview.changedSinceReview': 'Cambiato dopo la revisione: era {value}',
  'overview.flag.staleSince': '{kpi}: nessun dato dal {date}',
  'overview.flag.staleWeek': '{kpi}: nessun dato questa settimana',
  'overview.flag.partial': '{measure}: {days} su {total, plural, one {# giorno} other {# giorni}}',
  'overview.emptyHint':
    'Nessun dato di {kpi} {scope, select, range {in questo periodo} other {questa settimana}}: {source, select, customer_service {carica un export dell’helpdesk o collega un webhook} marketing_manager {carica un export di analytics o delle campagne} web_experience {carica un export di analytics o collega un webhook} ecommerce_manager {carica un export del negozio o collega il webhook del negozio} logistics {carica un export del corriere o del magazzino} inventory {carica un export delle scorte} content {carica un export dell’audit dei contenuti} head_of_digital {carica un export finanziario o del negozio} other {carica un export o collega un webhook}}',
  'overview.source.import': 'Importa un file',
  'overview.source.webhook': 'Collega un webhook',
} satisfies Record<keyof typeof en, string>;
