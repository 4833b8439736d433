import type en from '../en/alerts';

export default {
  'alerts.title': 'Alertas',
  'alerts.intro':
    'Un KPI que pasó a rojo, una semana muy alejada de sus 12 anteriores, una fuente de datos que dejó de llegar. Cada una se registra una sola vez.',
  'alerts.showingWeek': 'Mostrando {week}.',
  'alerts.allWeeks': 'Todas las semanas',
  'alerts.filter.kind': 'Tipo',
  'alerts.filter.all': 'Todas',
  'alerts.filter.role': 'Rol',
  'alerts.filter.allRoles': 'Todos los roles',
  'alerts.what': 'las alertas',
  'alerts.loading': 'Cargando alertas…',
  'alerts.empty.filtered': 'Ninguna alerta coincide con estos filtros.',
  'alerts.empty.none': 'Todavía no hay alertas.',
  'alerts.listLabel': 'Alertas, de la más reciente a la más antigua',
  'alerts.kind.turnedRed': 'Pasó a rojo',
  'alerts.kind.outlier': 'Valor atípico',
  'alerts.kind.missingData': 'Faltan datos',
  'alerts.count.turnedRed': '{count, plural, one {# pasó a rojo} other {# pasaron a rojo}}',
  'alerts.count.outlier': '{count, plural, one {# valor atípico} other {# valores atípicos}}',
  'alerts.count.missingData': '{count, plural, one {# sin datos} other {# sin datos}}',
  'alerts.numbers.turnedRed':
    '{value} frente a un objetivo de {target} · semana anterior: {hasPrevious, select, yes {{previous}, {status}} other {sin datos}}',
  'alerts.numbers.outlier':
    '{value} frente a una mediana de {median} en {history, plural, one {la semana anterior con datos} other {las # semanas anteriores con datos}} · {score, number, ::.0} DE robustas {side, select, above {por encima} other {por debajo}} ({better, select, yes {mejor} other {peor}})',
  'alerts.numbers.missingData':
    'Sin datos desde el {since} ({days, plural, one {# día} other {# días}} al detectarlo) · alimenta {kpis}',
  'alerts.openChart': 'Abrir gráfico',
  'alerts.openChartLabel': 'Abrir el gráfico de {subject}',
  'alerts.line.none': 'No hay alertas en {week}.',
  'alerts.line.summary': '<strong>{count, plural, one {# alerta} other {# alertas}}</strong> en {week}: {kinds}',
  'alerts.line.see': 'Ver alertas',
  'alerts.delivery.notSent': 'No enviada: su rol no tiene ningún webhook configurado.',
  'alerts.delivery.listLabel': 'Entregas por webhook',
  'alerts.delivery.line': 'Webhook a {role}: {state}',
  'alerts.delivery.retry': 'Reintentar ahora',
  'alerts.delivery.retrying': 'Reintentando…',
  'alerts.delivery.retryRefused': 'Reintento rechazado: {reason}',
  'alerts.delivery.state.delivered': '{hasTime, select, yes {entregado el {at}} other {entregado}}',
  'alerts.delivery.state.sending': 'enviando ahora',
  'alerts.delivery.state.queued': 'en cola',
  'alerts.delivery.state.failed':
    'falló tras {attempts, plural, one {# intento} other {# intentos}}{hasError, select, yes {: {error}} other {}}',
  'alerts.delivery.state.retrying':
    '{hasTime, select, yes {nuevo intento el {at}} other {nuevo intento en cuanto toque}} ({attempts, plural, one {# intento fallido} other {# intentos fallidos}}{hasError, select, yes {: {error}} other {}})',
  'alerts.webhooks.title': 'Webhooks por rol',
  'alerts.webhooks.intro':
    'Las alertas sobre los KPI de un rol se envían por POST a su URL como JSON firmado (Standard Webhooks) con un campo {field} compatible con Slack: una URL de webhook entrante de Slack funciona tal cual. Las entregas fallidas se reintentan tras 1 min, 5 min, 30 min, 2 h y 12 h.',
  'alerts.webhooks.what': 'los webhooks',
  'alerts.webhook.placeholder': 'https://hooks.slack.com/services/…',
  'alerts.webhook.notUrl': 'no es una URL',
  'alerts.webhook.save': 'Guardar',
  'alerts.webhook.saveNewSecret': 'Guardar (nuevo secreto)',
  'alerts.webhook.remove': 'Quitar',
  'alerts.webhook.sending': 'Se envía desde el {since} · secreto …{hint}',
  'alerts.webhook.notSending': 'No se envía a ningún sitio',
} satisfies Record<keyof typeof en, string>;
