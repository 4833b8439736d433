import type en from '../en/insights';

export default {
  'insights.revenue.title': 'Qué movió los ingresos',
  'insights.revenue.what': 'qué movió los ingresos',
  'insights.revenue.loading': 'Cargando qué movió los ingresos…',
  'insights.revenue.label': 'Ingresos',
  'insights.revenue.reason':
    '{code, select, identity_missing {No disponible — el desglose necesita los KPI Sesiones, Tasa de conversión y Valor medio del pedido tal como los define el catálogo por defecto; vuelve a añadirlos en la página Catálogo y objetivos.} no_current_data {No disponible — no hay datos de {missing} en {week}: el desglose necesita sesiones, pedidos e ingresos netos de ambas semanas.} no_base_data {No disponible — no hay datos de {missing} en {week}, así que no hay con qué comparar.} other {No disponible — una semana tiene ingresos sin pedidos, o pedidos sin sesiones, y ningún factor puede explicarlo.}}',
  'insights.revenue.measure': '{measure, select, sessions {sesiones} orders {pedidos} other {ingresos netos}}',
  'insights.revenue.week53':
    '{previousYear} no tiene semana 53, así que {week} se compara con {base}, que cubre los mismos días un año antes.',
  'insights.revenue.unavailable': 'No disponible — {reason}',
  'insights.revenue.factorsLabel':
    '{against, select, year_ago {Qué movió los ingresos frente a hace un año} other {Qué movió los ingresos frente a la semana pasada}}',
  'insights.revenue.effect': '{tone, select, better {subió los ingresos} worse {bajó los ingresos} other {sin efecto}}',
  'insights.revenue.method':
    'Ingresos netos = tráfico × conversión × valor medio del pedido. Los puntos son porcentajes de los ingresos de la semana de referencia y suman su variación{shapley, select, yes { (repartida con valores de Shapley cuando una semana no tiene pedidos o tiene ingresos negativos).} other {.}}',
  'insights.revenue.partial': 'Parcial: {weeks}.',
  'insights.revenue.partialWeek': '{week} tiene datos de {days, number} de 7 días',
  'insights.against.previousWeek': 'frente a la semana pasada',
  'insights.against.yearAgo': 'frente a hace un año',
  'insights.factor.traffic': 'tráfico',
  'insights.factor.conversion': 'conversión',
  'insights.factor.aov': 'valor medio del pedido',
  'insights.pacing.title': 'Mes y trimestre hasta la fecha',
  'insights.pacing.what': 'el mes y el trimestre hasta la fecha',
  'insights.pacing.loading': 'Cargando el mes y el trimestre hasta la fecha…',
  'insights.pacing.kpi': 'KPI',
  'insights.pacing.noTargets':
    'Ningún KPI de este rol tiene objetivo todavía: fija uno en la página Catálogo y objetivos.',
  'insights.pacing.method':
    'Hasta ayer. Las sumas siguen a su ritmo diario hasta ahora (días con datos); las ratios proyectan su valor hasta la fecha. Los objetivos semanales cuentan una séptima parte por día.',
  'insights.pacing.without': 'Sin objetivo: {kpis}.',
  'insights.period.quarter': 'T{quarter} {year}',
  'insights.period.startedToday': 'empezó hoy',
  'insights.period.progress': '{elapsed, number} de {total, plural, one {# día} other {# días}}',
  'insights.pace.onPace': 'Al ritmo',
  'insights.pace.atRisk': 'En riesgo',
  'insights.pace.offPace': 'Fuera de ritmo',
  'insights.pace.noData': 'Aún sin datos',
  'insights.pace.firstTomorrow': 'primer ritmo mañana',
  'insights.pace.percent':
    '{status, select, on_pace {para el {percent} del objetivo} other {rumbo al {percent} del objetivo}}{direction, select, lower { (cuanto menos, mejor)} other {}}',
  'insights.pace.value': '{status, select, on_pace {para {value}} other {rumbo a {value}}}',
  'insights.pace.target': 'objetivo {value}',
  'insights.pace.gaps': 'datos de {days, number} de {elapsed, plural, one {# día} other {# días}}',
  'insights.pace.soFar': '{toDate} hasta ahora',
  'insights.pace.projection':
    '{toDate} hasta ahora → {projection} a final de {period, select, quarter {trimestre} other {mes}}',
} satisfies Record<keyof typeof en, string>;
