import type en from '../en/overview';

export default {
  'overview.title': 'Revisión semanal',
  'overview.segment': 'Segmento: {segment}',
  'overview.weekInProgress': 'semana en curso',
  'overview.scorecardWhat': 'el cuadro de mando',
  'overview.loadingScorecard': 'Cargando el cuadro de mando…',
  'overview.latestWhat': 'las cifras más recientes',
  'overview.noRoles': 'Todavía no hay roles: añade uno en la página Catálogo y objetivos.',
  'overview.attention.title': 'Requiere atención',
  'overview.attention.none': 'Esta semana todos los KPI con objetivo están en objetivo.',
  'overview.health': '{green} de {total} en objetivo',
  'overview.health.none': 'Sin objetivos fijados',
  'overview.dataQuality': 'Calidad de los datos',
  'overview.target': 'objetivo {value}',
  'overview.noTarget': 'sin objetivo',
  'overview.changedSinceReview': 'Ha cambiado desde la revisión: antes {value}',
  'overview.flag.staleSince': '{kpi}: sin datos desde el {date}',
  'overview.flag.staleWeek': '{kpi}: sin datos esta semana',
  'overview.flag.partial': '{measure}: {days} de {total, plural, one {# día} other {# días}}',
  'overview.emptyHint':
    'No hay datos de {kpi} {scope, select, range {en este periodo} other {esta semana}}: {source, select, customer_service {sube una exportación del helpdesk o conecta un webhook} marketing_manager {sube una exportación de analítica o de anuncios} web_experience {sube una exportación de analítica o conecta un webhook} ecommerce_manager {sube una exportación de la tienda o conecta el webhook de la tienda} logistics {sube una exportación del transportista o del almacén} inventory {sube una exportación de stock} content {sube una exportación de la auditoría de contenidos} head_of_digital {sube una exportación de finanzas o de la tienda} other {sube una exportación o conecta un webhook}}',
  'overview.source.import': 'Importar un archivo',
  'overview.source.webhook': 'Conectar un webhook',
} satisfies Record<keyof typeof en, string>;
