import type en from '../en/alerts';

export default {
  'alerts.title': 'Avvisi',
  'alerts.intro':
    'Un KPI passato al rosso, una settimana molto lontana dalle 12 precedenti, un flusso di dati che si è interrotto. Ognuno viene registrato una sola volta.',
  'alerts.showingWeek': 'Stai vedendo {week}.',
  'alerts.allWeeks': 'Tutte le settimane',
  'alerts.filter.kind': 'Tipo',
  'alerts.filter.all': 'Tutti',
  'alerts.filter.role': 'Ruolo',
  'alerts.filter.allRoles': 'Tutti i ruoli',
  'alerts.what': 'gli avvisi',
  'alerts.loading': 'Caricamento degli avvisi…',
  'alerts.empty.filtered': 'Nessun avviso corrisponde a questi filtri.',
  'alerts.empty.none': 'Ancora nessun avviso.',
  'alerts.listLabel': 'Avvisi, dal più recente',
  'alerts.kind.turnedRed': 'Passato al rosso',
  'alerts.kind.outlier': 'Valore anomalo',
  'alerts.kind.missingData': 'Dati mancanti',
  'alerts.count.turnedRed': '{count, plural, one {# passato al rosso} other {# passati al rosso}}',
  'alerts.count.outlier': '{count, plural, one {# valore anomalo} other {# valori anomali}}',
  'alerts.count.missingData': '{count, plural, one {# con dati mancanti} other {# con dati mancanti}}',
  'alerts.numbers.turnedRed':
    '{value} rispetto all’obiettivo di {target} · settimana precedente: {hasPrevious, select, yes {{previous}, {status}} other {nessun dato}}',
  'alerts.numbers.outlier':
    '{value} rispetto alla mediana di {median} {history, plural, one {dell’ultima settimana con dati} other {delle # settimane precedenti con dati}} · {score, number, ::.0} DS robuste {side, select, above {sopra} other {sotto}} ({better, select, yes {meglio} other {peggio}})',
  'alerts.numbers.missingData':
    'Nessun dato dal {since} ({days, plural, one {# giorno} other {# giorni}} al rilevamento) · alimenta {kpis}',
  'alerts.openChart': 'Apri il grafico',
  'alerts.openChartLabel': 'Apri il grafico di {subject}',
  'alerts.line.none': 'Nessun avviso per {week}.',
  'alerts.line.summary': '<strong>{count, plural, one {# avviso} other {# avvisi}}</strong> per {week}: {kinds}',
  'alerts.line.see': 'Vedi gli avvisi',
  'alerts.delivery.notSent': 'Non inviato: nessun webhook configurato per il suo ruolo.',
  'alerts.delivery.listLabel': 'Consegne dei webhook',
  'alerts.delivery.line': 'Webhook a {role}: {state}',
  'alerts.delivery.retry': 'Riprova ora',
  'alerts.delivery.retrying': 'Nuovo tentativo…',
  'alerts.delivery.retryRefused': 'Nuovo tentativo rifiutato: {reason}',
  'alerts.delivery.state.delivered': '{hasTime, select, yes {consegnato il {at}} other {consegnato}}',
  'alerts.delivery.state.sending': 'invio in corso',
  'alerts.delivery.state.queued': 'in coda',
  'alerts.delivery.state.failed':
    'non riuscito dopo {attempts, plural, one {# tentativo} other {# tentativi}}{hasError, select, yes {: {error}} other {}}',
  'alerts.delivery.state.retrying':
    '{hasTime, select, yes {nuovo tentativo il {at}} other {nuovo tentativo appena possibile}} ({attempts, plural, one {# tentativo fallito} other {# tentativi falliti}}{hasError, select, yes {: {error}} other {}})',
  'alerts.webhooks.title': 'Webhook per ruolo',
  'alerts.webhooks.intro':
    'Gli avvisi sui KPI di un ruolo vengono inviati con POST al suo URL come JSON firmato (Standard Webhooks) con un campo {field} compatibile con Slack: un URL di webhook in entrata di Slack funziona così com’è. Le consegne non riuscite vengono ritentate dopo 1 min, 5 min, 30 min, 2 h e 12 h.',
  'alerts.webhooks.what': 'i webhook',
  'alerts.webhook.placeholder': 'https://hooks.slack.com/services/…',
  'alerts.webhook.notUrl': 'non è un URL',
  'alerts.webhook.save': 'Salva',
  'alerts.webhook.saveNewSecret': 'Salva (nuovo segreto)',
  'alerts.webhook.remove': 'Rimuovi',
  'alerts.webhook.sending': 'Invio attivo dal {since} · segreto …{hint}',
  'alerts.webhook.notSending': 'Non viene inviato da nessuna parte',
} satisfies Record<keyof typeof en, string>;
