import type en from '../en/insights';

export default {
  'insights.revenue.title': 'Cosa ha mosso i ricavi',
  'insights.revenue.what': 'cosa ha mosso i ricavi',
  'insights.revenue.loading': 'Caricamento di cosa ha mosso i ricavi…',
  'insights.revenue.label': 'Ricavi',
  'insights.revenue.reason':
    "{code, select, identity_missing {Non disponibile — la scomposizione richiede i KPI Sessioni, Tasso di conversione e Valore medio dell'ordine come li definisce il catalogo predefinito; aggiungili di nuovo nella pagina Catalogo e obiettivi.} no_current_data {Non disponibile — nessun dato di {missing} per {week}: la scomposizione richiede sessioni, ordini e ricavi netti di entrambe le settimane.} no_base_data {Non disponibile — nessun dato di {missing} per {week}, quindi non c’è niente da confrontare.} other {Non disponibile — una settimana ha ricavi senza ordini, o ordini senza sessioni, e nessun fattore può spiegarlo.}}",
  'insights.revenue.measure': '{measure, select, sessions {sessioni} orders {ordini} other {ricavi netti}}',
  'insights.revenue.week53':
    'Il {previousYear} non ha la settimana 53, quindi {week} è confrontata con {base}, che copre gli stessi giorni un anno prima.',
  'insights.revenue.unavailable': 'Non disponibile — {reason}',
  'insights.revenue.factorsLabel':
    '{against, select, year_ago {Cosa ha mosso i ricavi rispetto a un anno fa} other {Cosa ha mosso i ricavi rispetto alla settimana scorsa}}',
  'insights.revenue.effect':
    '{tone, select, better {ha alzato i ricavi} worse {ha abbassato i ricavi} other {nessun effetto}}',
  'insights.revenue.method':
    'Ricavi netti = traffico × conversione × valore medio dell’ordine. I punti sono quote dei ricavi della settimana di confronto e sommati danno la sua variazione{shapley, select, yes { (ripartita con i valori di Shapley quando una settimana non ha ordini o ha ricavi negativi).} other {.}}',
  'insights.revenue.partial': 'Parziale: {weeks}.',
  'insights.revenue.partialWeek': '{week} ha dati per {days, number} giorni su 7',
  'insights.against.previousWeek': 'rispetto alla settimana scorsa',
  'insights.against.yearAgo': 'rispetto a un anno fa',
  'insights.factor.traffic': 'traffico',
  'insights.factor.conversion': 'conversione',
  'insights.factor.aov': 'valore medio dell’ordine',
  'insights.pacing.title': 'Da inizio mese e trimestre',
  'insights.pacing.what': 'i dati da inizio mese e trimestre',
  'insights.pacing.loading': 'Caricamento dei dati da inizio mese e trimestre…',
  'insights.pacing.kpi': 'KPI',
  'insights.pacing.noTargets':
    'Nessun KPI di questo ruolo ha ancora un obiettivo: impostane uno nella pagina Catalogo e obiettivi.',
  'insights.pacing.method':
    'Fino a ieri. Le somme proseguono al ritmo giornaliero tenuto finora (giorni con dati); i rapporti proiettano il valore raggiunto finora. Gli obiettivi settimanali contano un settimo al giorno.',
  'insights.pacing.without': 'Nessun obiettivo: {kpis}.',
  'insights.period.quarter': 'T{quarter} {year}',
  'insights.period.startedToday': 'iniziato oggi',
  'insights.period.progress': '{elapsed, number} su {total, plural, one {# giorno} other {# giorni}}',
  'insights.pace.onPace': 'In linea',
  'insights.pace.atRisk': 'A rischio',
  'insights.pace.offPace': 'Fuori ritmo',
  'insights.pace.noData': 'Ancora nessun dato',
  'insights.pace.firstTomorrow': 'prima stima domani',
  'insights.pace.percent':
    '{status, select, on_pace {per il {percent} dell’obiettivo} other {verso il {percent} dell’obiettivo}}{direction, select, lower { (più basso è meglio)} other {}}',
  'insights.pace.value': '{status, select, on_pace {per {value}} other {verso {value}}}',
  'insights.pace.target': 'obiettivo {value}',
  'insights.pace.gaps': 'dati per {days, number} su {elapsed, plural, one {# giorno} other {# giorni}}',
  'insights.pace.soFar': '{toDate} finora',
  'insights.pace.projection':
    '{toDate} finora → {projection} a fine {period, select, quarter {trimestre} other {mese}}',
} satisfies Record<keyof typeof en, string>;
