import type en from '../en/dashboard';

export default {
  'week.legend': 'Settimana',
  'week.title': 'Settimana {week}',
  'week.previous': 'Settimana precedente',
  'week.next': 'Settimana successiva',
  'week.choose': 'Scegli una settimana',
  'segment.label': 'Segmento',
  'segment.all': 'Tutti i segmenti',
  'status.green': 'In linea',
  'status.amber': 'Vicino all’obiettivo',
  'status.red': 'Fuori obiettivo',
  'status.noTarget': 'Nessun obiettivo',
  'status.noData': 'Nessun dato',
  'change.none': 'nessuna settimana precedente',
  'change.verdict':
    'rispetto alla settimana precedente, {verdict, select, better {meglio} worse {peggio} other {invariato}}',
} satisfies Record<keyof typeof en, string>;
