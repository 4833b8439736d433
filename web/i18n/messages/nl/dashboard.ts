import type en from '../en/dashboard';

export default {
  'week.legend': 'Week',
  'week.title': 'Week {week}',
  'week.previous': 'Vorige week',
  'week.next': 'Volgende week',
  'week.choose': 'Kies een week',
  'segment.label': 'Segment',
  'segment.all': 'Alle segmenten',
  'status.green': 'Op doel',
  'status.amber': 'Bijna op doel',
  'status.red': 'Niet op doel',
  'status.noTarget': 'Geen doel',
  'status.noData': 'Geen gegevens',
  'change.none': 'geen vorige week',
  'change.verdict': 'ten opzichte van vorige week, {verdict, select, better {beter} worse {slechter} other {gelijk}}',
} satisfies Record<keyof typeof en, string>;
