import type en from '../en/reviewPrint';

export default {
  'reviewPrint.back': '‹ Torna alla revisione',
  'reviewPrint.print': 'Stampa…',
  'reviewPrint.what': 'la revisione',
  'reviewPrint.loading': 'Caricamento della revisione…',
  'reviewPrint.context': 'Settimana {week} · {dates} · {segment}',
  'reviewPrint.noRoles': 'Ancora nessun ruolo: aggiungine uno nella pagina Catalogo e obiettivi.',
  'reviewPrint.brand': 'Rolecard · revisione settimanale',
  'reviewPrint.dates': 'Date',
  'reviewPrint.printed': 'Stampato',
  'reviewPrint.footer.brand': 'Rolecard · revisione settimanale',
  'reviewPrint.footer.page': 'Pagina {page} di {pages}',
  'reviewPrint.col.kpi': 'KPI',
  'reviewPrint.col.value': 'Valore',
  'reviewPrint.col.target': 'Obiettivo',
  'reviewPrint.col.status': 'Stato',
  'reviewPrint.col.change': 'Variazione sulla settimana precedente',
  'reviewPrint.col.data': 'Dati',
  'reviewPrint.change': '{change} · {verdict, select, better {meglio} worse {peggio} other {stabile}}',
  'reviewPrint.health':
    '{withTarget, plural, =0 {Nessun obiettivo impostato} other {{green} su # in linea}} · {total, plural, one {# KPI} other {# KPI}}',
  'reviewPrint.noKpis': 'Questo ruolo non ha ancora KPI.',
  'reviewPrint.data.notStarted': 'settimana non ancora iniziata',
  'reviewPrint.data.never': 'mai avuto dati',
  'reviewPrint.data.days': '{withData, plural, one {# giorno} other {# giorni}} su {expected}',
  'reviewPrint.data.daysLast':
    '{withData, plural, one {# giorno} other {# giorni}} su {expected} · ultimo dato: {date}',
  'reviewPrint.exportLinks': 'Stampa / esporta',
  'reviewPrint.csv': 'Scarica CSV',
} satisfies Record<keyof typeof en, string>;
