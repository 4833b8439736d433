import type en from '../en/alerts';

export default {
  'alerts.title': 'Meldingen',
  'alerts.intro':
    'Een KPI die rood werd, een week ver buiten de 12 weken ervoor, een gegevensstroom die stopte. Elke melding wordt één keer vastgelegd.',
  'alerts.showingWeek': 'Je ziet {week}.',
  'alerts.allWeeks': 'Alle weken',
  'alerts.filter.kind': 'Soort',
  'alerts.filter.all': 'Alle',
  'alerts.filter.role': 'Rol',
  'alerts.filter.allRoles': 'Alle rollen',
  'alerts.what': 'de meldingen',
  'alerts.loading': 'Meldingen laden…',
  'alerts.empty.filtered': 'Geen meldingen die aan deze filters voldoen.',
  'alerts.empty.none': 'Nog geen meldingen.',
  'alerts.listLabel': 'Meldingen, nieuwste eerst',
  'alerts.kind.turnedRed': 'Rood geworden',
  'alerts.kind.outlier': 'Uitschieter',
  'alerts.kind.missingData': 'Ontbrekende gegevens',
  'alerts.count.turnedRed': '{count, plural, one {# rood geworden} other {# rood geworden}}',
  'alerts.count.outlier': '{count, plural, one {# uitschieter} other {# uitschieters}}',
  'alerts.count.missingData': '{count, plural, one {# zonder gegevens} other {# zonder gegevens}}',
  'alerts.numbers.turnedRed':
    '{value} tegenover doel {target} · week ervoor: {hasPrevious, select, yes {{previous}, {status}} other {geen gegevens}}',
  'alerts.numbers.outlier':
    '{value} tegenover een mediaan van {median} over {history, plural, one {de vorige week met gegevens} other {de vorige # weken met gegevens}} · {score, number, ::.0} robuuste SD {side, select, above {erboven} other {eronder}} ({better, select, yes {beter} other {slechter}})',
  'alerts.numbers.missingData':
    'Geen gegevens sinds {since} ({days, plural, one {# dag} other {# dagen}} toen het opviel) · voedt {kpis}',
  'alerts.openChart': 'Grafiek openen',
  'alerts.openChartLabel': 'Grafiek van {subject} openen',
  'alerts.line.none': 'Geen meldingen voor {week}.',
  'alerts.line.summary': '<strong>{count, plural, one {# melding} other {# meldingen}}</strong> voor {week}: {kinds}',
  'alerts.line.see': 'Meldingen bekijken',
  'alerts.delivery.notSent': 'Niet verstuurd: voor de rol is geen webhook ingesteld.',
  'alerts.delivery.listLabel': 'Webhookleveringen',
  'alerts.delivery.line': 'Webhook naar {role}: {state}',
  'alerts.delivery.retry': 'Nu opnieuw proberen',
  'alerts.delivery.retrying': 'Opnieuw proberen…',
  'alerts.delivery.retryRefused': 'Opnieuw proberen geweigerd: {reason}',
  'alerts.delivery.state.delivered': '{hasTime, select, yes {afgeleverd op {at}} other {afgeleverd}}',
  'alerts.delivery.state.sending': 'wordt nu verstuurd',
  'alerts.delivery.state.queued': 'in de wachtrij',
  'alerts.delivery.state.failed':
    'mislukt na {attempts, plural, one {# poging} other {# pogingen}}{hasError, select, yes {: {error}} other {}}',
  'alerts.delivery.state.retrying':
    '{hasTime, select, yes {nieuwe poging op {at}} other {nieuwe poging zodra het tijd is}} ({attempts, plural, one {# poging mislukt} other {# pogingen mislukt}}{hasError, select, yes {: {error}} other {}})',
  'alerts.webhooks.title': 'Webhooks per rol',
  'alerts.webhooks.intro':
    'Meldingen over de KPI’s van een rol worden met POST naar de URL van die rol gestuurd als ondertekende JSON (Standard Webhooks) met een Slack-compatibel veld {field}: een inkomende-webhook-URL van Slack werkt zoals hij is. Mislukte leveringen worden opnieuw geprobeerd na 1 min, 5 min, 30 min, 2 u en 12 u.',
  'alerts.webhooks.what': 'de webhooks',
  'alerts.webhook.placeholder': 'https://hooks.slack.com/services/…',
  'alerts.webhook.notUrl': 'geen URL',
  'alerts.webhook.save': 'Opslaan',
  'alerts.webhook.saveNewSecret': 'Opslaan (nieuw geheim)',
  'alerts.webhook.remove': 'Verwijderen',
  'alerts.webhook.sending': 'Wordt verstuurd sinds {since} · geheim …{hint}',
  'alerts.webhook.notSending': 'Wordt nergens heen verstuurd',
} satisfies Record<keyof typeof en, string>;
