import type en from '../en/dashboard';

export default {
  'week.legend': 'Semana',
  'week.title': 'Semana {week}',
  'week.previous': 'Semana anterior',
  'week.next': 'Semana siguiente',
  'week.choose': 'Elige una semana',
  'segment.label': 'Segmento',
  'segment.all': 'Todos los segmentos',
  'status.green': 'En objetivo',
  'status.amber': 'Cerca del objetivo',
  'status.red': 'Fuera de objetivo',
  'status.noTarget': 'Sin objetivo',
  'status.noData': 'Sin datos',
  'change.none': 'sin semana anterior',
  'change.verdict': 'frente a la semana anterior, {verdict, select, better {mejor} worse {peor} other {sin cambios}}',
} satisfies Record<keyof typeof en, string>;
