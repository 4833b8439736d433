import type en from '../en/errors';

export default {
  // --- verzoeken en toegang
  'errors.invalid_request':
    '{place, select, body {Het verzoek} query {De querystring} url {Het adres} form {Het formulier} header {De header van het verzoek} other {De cookies}} {count, plural, one {bevat een probleem} other {bevat # problemen}}.',
  'errors.bad_request': 'Het verzoek kon niet worden gelezen: controleer of de body geldige JSON is.',
  'errors.malformed_json': 'De body is geen geldige JSON.',
  'errors.unsupported_media_type':
    '{accepts, select, json {Stuur de body als JSON (application/json); ontvangen: “{received}”.} other {Stuur de body als JSON, of een CSV-bestand als text/csv; ontvangen: “{received}”.}}',
  'errors.payload_too_large':
    '{kind, select, upload {Het bestand is groter dan de uploadlimiet van {limit, number} MB. Splits het, of vraag een beheerder de limiet te verhogen.} webhook {De body is groter dan de limiet van deze bron, {limit, number} bytes; stuur kleinere batches.} other {De body van het verzoek is te groot.}}',
  'errors.not_found':
    '{what, select, role {Er is geen rol met sleutel “{key}”.} kpi {Er is geen KPI met sleutel “{key}”.} measure {Er is geen meetwaarde met sleutel “{key}”.} segment {Er is geen segment met sleutel “{key}”.} import {Import #{key} bestaat niet.} user {Er is geen gebruiker met id {key}.} token {Er is geen API-token met id {key}.} route {API-route {key} bestaat niet.} webhook_source {Er is geen webhookbron “{key}”.} webhook_endpoint {Geen actieve webhookbron heeft dit adres. Controleer het adres op de pagina Integraties.} secret {Deze bron heeft geen actief geheim {key}.} profile {Er is geen opgeslagen profiel “{key}”.} table {Er is geen tabel “{key}” om te exporteren. Tabellen: {options}.} alert_delivery {Er is geen alertlevering {key}.} alert_webhook {Rol “{key}” heeft geen alertwebhook; er is niets te verwijderen.} note {Er is geen notitie met id {key}; misschien is ze verwijderd.} annotation {Er is geen annotatie met id {key}; misschien is ze verwijderd.} other {“{key}” is niet gevonden.}}',
  'errors.sign_in_required': 'Meld je aan om verder te gaan.',
  'errors.invalid_credentials': 'Dit e-mailadres en wachtwoord horen niet bij een actief account.',
  'errors.too_many_attempts':
    '{scope, select, account {Te veel mislukte aanmeldingen voor dit account; probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.} other {Te veel mislukte aanmeldingen vanaf je netwerkadres; probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw.}}',
  'errors.wrong_password': 'Je huidige wachtwoord klopt niet.',
  'errors.invalid_token':
    'Dit API-token bestaat niet of is ingetrokken; maak een nieuw aan op de pagina Gebruikers en tokens.',
  'errors.missing_scope': 'Dit token mist de bevoegdheid “{scope}” die nodig is voor {route}.',
  'errors.cross_site':
    '{header, select, origin {Wijzigingen worden alleen geaccepteerd vanaf de pagina’s van Rolecard zelf; dit verzoek kwam van {value}.} other {Wijzigingen worden alleen geaccepteerd vanaf de pagina’s van Rolecard zelf (Sec-Fetch-Site was {value}).}}',
  'errors.forbidden':
    '{reason, select, no_rule {{route} heeft geen toegangsregel, dus niemand mag deze aanroepen.} token_route {API-tokens kunnen {route} niet aanroepen; meld je in plaats daarvan aan.} role {Een {role, select, admin {beheerdersaccount} owner {eigenaarsaccount} analyst {analistenaccount} other {lezersaccount}} mag {route} niet aanroepen; vraag het een beheerder.} not_owner {{ownsCount, plural, =0 {Je bent van geen enkele rol eigenaar} other {Je bent eigenaar van {owns}}}; {touchedCount, plural, =0 {deze wijziging hoort bij een andere rol.} other {deze wijziging hoort bij {touched}.}}} grant_scopes {Een {role, select, admin {beheerdersaccount} owner {eigenaarsaccount} analyst {analistenaccount} other {lezersaccount}} kan {scopes} niet toekennen; het kan {allowed} toekennen.} token_revoke {Alleen een beheerder of de eigenaar van het token kan het intrekken.} analyst_annotation {Analisten mogen alleen de annotaties wijzigen die ze zelf hebben toegevoegd; deze is van {author}.} note_author {{action, select, edit {Alleen de auteur ({author}) mag deze notitie bewerken; voeg in plaats daarvan een reactie toe.} other {Alleen de auteur ({author}) of een beheerder mag deze notitie verwijderen; voeg in plaats daarvan een reactie toe.}}} other {Dit mag je niet doen; vraag het een beheerder.}}',
  'errors.last_admin': 'Dit is de laatste actieve beheerder; maak eerst iemand anders beheerder.',
  'errors.internal': 'Er ging iets mis aan onze kant. Vermeld het verzoek-id als je het meldt.',
  // --- opslag
  'errors.storage_full':
    'De database is vol (schijfruimte of de ingestelde maximale grootte): er is niets geschreven. Lezen werkt nog; maak schijfruimte vrij en probeer het opnieuw.',
  'errors.read_only':
    'De database is op dit moment alleen-lezen: er is niets geschreven. Lezen werkt nog; probeer het opnieuw zodra er weer geschreven kan worden.',
  'errors.not_durable':
    'De schrijfactie bereikte de database, maar de schijf bevestigde haar niet, dus ze is niet bevestigd. Probeer het opnieuw: als ze bewaard is, wordt de herhaling herkend en één keer geteld.',
  'errors.busy':
    'De database is bezig met een andere schrijfactie (een back-up of een lange import): er is niets geschreven. Probeer het over {retryAfterSeconds, plural, one {# seconde} other {# seconden}} opnieuw.',
  // --- catalogus, doelen, scorecards
  'errors.already_exists':
    '{what, select, user {Er bestaat al een gebruiker met e-mailadres {key}.} role {Er bestaat al een rol met sleutel “{key}”; kies een andere sleutel.} measure {Er bestaat al een meetwaarde met sleutel “{key}”; kies een andere sleutel.} kpi {Er bestaat al een KPI met sleutel “{key}”; kies een andere sleutel.} other {Er bestaat al een segment met sleutel “{key}”; kies een andere sleutel.}}',
  'errors.unknown_reference':
    '{what, select, role {{field}: er is geen rol “{key}”.} kpi {{field}: er is geen KPI “{key}”.} measure {{field}: er is geen meetwaarde “{key}”.} role_kpi {{field}: {role} heeft geen KPI “{key}”.} other {{field}: er is geen segment “{key}”.}}',
  'errors.in_use':
    '{what, select, role {{count, plural, one {Rol “{key}” heeft nog de KPI {kpis}. Verplaats die eerst naar een andere rol.} other {Rol “{key}” heeft nog # KPI’s: {kpis}. Verplaats ze eerst naar een andere rol.}}} measure {{count, plural, one {Meetwaarde “{key}” wordt gebruikt door de KPI {kpis}; wijzig of verwijder die eerst.} other {Meetwaarde “{key}” wordt gebruikt door de KPI’s {kpis}; wijzig of verwijder ze eerst.}}} other {Het segment “{key}” bevat de waarden van het hele bedrijf en kan niet worden verwijderd.}}',
  'errors.has_data':
    '{what, select, measure {Meetwaarde “{key}” heeft {count, plural, one {# opgeslagen waarde} other {# opgeslagen waarden}}; ze kan niet worden verwijderd.} kpi {KPI “{key}” heeft {count, plural, one {# vastgelegd doel} other {# vastgelegde doelen}}; hij kan niet worden verwijderd.} other {Segment “{key}” heeft {count, plural, one {# opgeslagen waarde} other {# opgeslagen waarden}}; het kan niet worden verwijderd.}}',
  'errors.invalid_week': '“{value}” is geen week; gebruik een ISO-week zoals 2026-W07.',
  'errors.out_of_range':
    '{bound, select, min {{value, number} is lager dan {limit, number}, de laagst mogelijke waarde voor {kpiName}.} other {{value, number} is hoger dan {limit, number}, de hoogst mogelijke waarde voor {kpiName}{unit, select, percent { (percentages zijn breuken: 4,5% is 0,045)} other {}}.}}',
  'errors.invalid_range': 'Het begin ({from}) ligt na het einde ({to}); draai ze om.',
  'errors.range_too_long':
    'De periode beslaat meer dan {maxDays, plural, one {# dag} other {# dagen}}; kies een kortere.',
  // --- invoer
  'errors.week_not_over': 'Week {week} eindigt op {end}; ze kan vanaf de dag erna als beoordeeld worden gemarkeerd.',
  'errors.future_week': 'Week {week} is nog niet begonnen; notities zijn voor weken tot en met deze.',
  'errors.already_reviewed':
    'Week {week} is al als beoordeeld gemarkeerd op {reviewedAt} door {reviewedBy}; heropen haar eerst om haar opnieuw te beoordelen.',
  'errors.not_reviewed': 'Week {week} is niet als beoordeeld gemarkeerd, dus er is niets te heropenen.',
  'errors.week_reviewed':
    'Week {week} is als beoordeeld gemarkeerd op {reviewedAt} door {reviewedBy}; de notities zijn het verslag van die beoordeling. Voeg een nieuwe notitie toe, of vraag een beheerder de week te heropenen.',
  'errors.notes_missing':
    '{count, plural, one {Week {week} kan niet als beoordeeld worden gemarkeerd: # rode KPI heeft geen notitie ({kpis}).} other {Week {week} kan niet als beoordeeld worden gemarkeerd: # rode KPI’s hebben geen notitie ({kpis}).}} Voeg bij elk een notitie toe, of zet “een notitie vereisen bij elke rode KPI” uit.',
  'errors.already_delivered':
    'Levering {deliveryId} is al afgeleverd op {deliveredAt}; er is niets opnieuw te proberen.',
  'errors.in_flight': 'Levering {deliveryId} wordt op dit moment verstuurd; kijk over een paar seconden opnieuw.',
  'errors.invalid_items':
    '{count, plural, =0 {De batch is niet geldig; er is niets geschreven.} one {# probleem in de batch; er is niets geschreven.} other {# problemen in de batch; er is niets geschreven.}}',
  // --- CSV-imports
  'errors.empty_upload': 'Het verzoek heeft geen body: stuur het CSV-bestand als body van het verzoek.',
  'errors.empty_file': '“{fileName}” is leeg: exporteer de gegevens opnieuw.',
  'errors.unknown_upload': 'Deze upload is verlopen of al geïmporteerd. Upload het bestand opnieuw.',
  'errors.already_committed': 'Deze upload is intussen geïmporteerd; zie de importgeschiedenis.',
  'errors.duplicate_import':
    'Dit bestand is identiek aan import #{importId} (“{fileName}”, {createdAt}); er is niets geschreven. Maak die import eerst ongedaan, of importeer het bestand toch opnieuw.',
  'errors.invalid_rows':
    '{count, plural, one {# probleem} other {# problemen}} in “{fileName}”; er is niets geschreven. Verbeter het bestand, of kies ervoor foute rijen over te slaan.',
  'errors.import_too_large':
    '{kind, select, import {“{fileName}” heeft meer geheugen nodig dan een import mag gebruiken ({limitMb, number} MB). Er is niets geschreven. Splits het bestand op datumbereik, of vraag een beheerder ROLECARD_IMPORT_MEMORY_MB te verhogen.} other {Import #{importId} ongedaan maken heeft meer geheugen nodig dan mag ({limitMb, number} MB). Er is niets geschreven. Vraag een beheerder ROLECARD_IMPORT_MEMORY_MB te verhogen.}}',
  'errors.unknown_profile': 'Er is geen importprofiel “{name}”. Profielen: {options}.',
  'errors.profile_mismatch': 'Profiel “{name}” heeft kolommen nodig die het bestand niet heeft: {missing}.',
  'errors.built_in_profile': '“{name}” is een ingebouwd profiel: kies een andere naam.',
  'errors.already_undone': 'Import #{importId} (“{fileName}”) is al ongedaan gemaakt op {undoneAt}.',
  'errors.undo_conflict':
    'Import #{importId} kan niet ongedaan worden gemaakt: {count, plural, one {# waarde die hij schreef is} other {# waarden die hij schreef zijn}} later gewijzigd (eerste: {measure} op {day} in {segment}, {source, select, csv {nu uit import #{sourceId}} webhook {nu uit webhook {sourceId}} api {nu uit de API} demo {nu uit de demogegevens} other {inmiddels verwijderd}}). Maak eerst de latere imports ongedaan, de nieuwste eerst.',
  'errors.unsupported_encoding':
    '{problem, select, utf16_without_bom {Het bestand lijkt UTF-16-tekst zonder byte-order mark. Sla het op als “CSV UTF-8” en upload het opnieuw.} other {Het bestand is geen geldige {encoding} rond byte {offset, number}. Sla het op als “CSV UTF-8” en upload het opnieuw.}}',
  'errors.no_header': 'Het bestand heeft geen kopregel: het is leeg of bevat alleen opmerkingen.',
  'errors.no_columns':
    'Geen kolommen gevonden in de kopregel “{firstLine}”: scheid de kolommen met komma’s, puntkomma’s of tabs.',
  'errors.blank_header': 'Kolom {column, number} van de kopregel heeft geen naam: geef elke kolom een kop.',
  'errors.duplicate_header':
    'De kopregel noemt “{name}” twee keer (kolommen {first, number} en {second, number}): hernoem er een.',
  'errors.malformed_csv':
    'Het bestand kan niet als CSV worden gelezen{where, select, row { op rij {row, number}} other {}}: {problem, select, quote_not_closed {een veld tussen aanhalingstekens wordt nooit gesloten (er ontbreekt een ")} invalid_closing_quote {na een veld tussen aanhalingstekens volgt nog tekst, of een aanhalingsteken erin is niet verdubbeld} text_after_quote {er staat tekst na een sluitend aanhalingsteken} field_too_long {een veld is te lang} other {de tekst is geen geldige CSV}}. Herstel daar de aanhalingstekens en upload het bestand opnieuw.',
  // --- webhooks
  'errors.unauthorized':
    '{reason, select, missing_headers {De handtekeningheaders ontbreken: {headers}.} bad_signature {De handtekening in {header} klopt niet.} other {De ondertekende tijdstempel “{timestamp}” wijkt meer dan {toleranceMinutes, plural, one {# minuut} other {# minuten}} af van onze klok; een herhaling wordt geweigerd.}}',
  'errors.missing_header': 'Een Shopify-levering heeft de headers {headers} nodig.',
  'errors.rate_limited':
    'Deze bron is beperkt tot {limitPerMinute, plural, one {# levering} other {# leveringen}} per minuut; probeer het over {retryAfterSeconds, plural, one {# seconde} other {# seconden}} opnieuw.',
  'errors.invalid_payload': 'De inhoud is niet geldig ({count, plural, one {# probleem} other {# problemen}}).',
  'errors.unsupported_currency':
    '{field} is in {currency}, maar deze bron accepteert alleen {expected}. Verkoopt de winkel in {currency}, stel dan de valuta van de bron in op {currency}; waarden worden nooit omgerekend.',
  'errors.unknown_topic':
    '{sender, select, shopify {Onderwerp “{topic}” wordt niet verwerkt. Abonneer deze bron alleen op {supported}.} other {Gebeurtenistype “{topic}” wordt niet verwerkt. Stuur {supported}.}}',
  'errors.last_secret':
    'Dit is het enige actieve geheim van de bron: maak eerst een nieuw aan en trek daarna het oude in.',

  // --- één probleem van meerdere: een veld van het verzoek
  'errors.issue.required': 'Dit veld is verplicht.',
  'errors.issue.invalid_type':
    '{expected, select, string {Tekst verwacht} number {Een getal verwacht} int {Een geheel getal verwacht} boolean {Waar of onwaar verwacht} array {Een lijst verwacht} object {Een object verwacht} other {{expected} verwacht}}, maar {received, select, string {tekst} number {een getal} boolean {waar of onwaar} array {een lijst} object {een object} null {een lege waarde (null)} other {{received}}} ontvangen.',
  'errors.issue.too_small':
    '{of, select, string {{min, plural, =1 {Dit mag niet leeg zijn.} one {Gebruik minstens # teken.} other {Gebruik minstens # tekens.}}} array {{min, plural, =1 {Kies er minstens één.} one {Kies minstens # item.} other {Kies minstens # items.}}} number {{inclusive, select, yes {Moet minstens {min, number} zijn.} other {Moet groter zijn dan {min, number}.}}} other {Te klein.}}',
  'errors.issue.too_big':
    '{of, select, string {{max, plural, one {Gebruik hoogstens # teken.} other {Gebruik hoogstens # tekens.}}} array {{max, plural, one {Stuur hoogstens # item.} other {Stuur hoogstens # items.}}} number {{inclusive, select, yes {Mag hoogstens {max, number} zijn.} other {Moet kleiner zijn dan {max, number}.}}} other {Te groot.}}',
  'errors.issue.invalid_format':
    '{format, select, date {Gebruik een datum zoals 2026-03-14 (JJJJ-MM-DD).} week {Gebruik een ISO-week zoals 2026-W07, of een datum binnen die week.} key {Gebruik kleine letters, cijfers en underscores, te beginnen met een letter.} currency {Gebruik een ISO 4217-code van drie letters, zoals EUR.} decimal {Een decimaal bedrag verwacht, zoals “19.99”.} table {Gebruik een tabelnaam zoals measure_values of targets.} timestamp_offset {Een ISO 8601-tijdstempel met tijdverschil verwacht, zoals 2026-03-17T23:30:00-05:00.} email {Vul een geldig e-mailadres in.} url {Vul een geldig webadres in.} datetime {Een ISO 8601-datum en -tijd verwacht.} date_or_instant {Gebruik een datum zoals 2026-11-16, of een tijdstip zoals 2026-11-16T08:00:00Z.} calendar_day {Gebruik een bestaande kalenderdag, zoals 2026-03-14.} week_label {Gebruik een ISO-week zoals 2026-W47.} other {De opmaak is niet geldig.}}',
  'errors.issue.invalid_value': 'Moet {values} zijn.',
  'errors.issue.unrecognized_keys': 'Verwijder de onbekende velden: {keys}.',
  'errors.issue.not_multiple_of': 'Moet een veelvoud van {divisor, number} zijn.',
  'errors.issue.invalid': 'Deze waarde is niet geldig.',
  'errors.issue.at_least_one_field': 'Wijzig minstens één van deze velden: {fields}.',
  'errors.issue.time_zone': 'Moet een IANA-tijdzone zijn, zoals Europe/Amsterdam.',
  'errors.issue.table_needs_csv': 'De JSON-export bevat altijd alle tabellen: laat de tabel weg, of kies CSV.',
  // --- een item van een batch
  'errors.issue.end_before_start': 'De laatste dag kan niet vóór de eerste dag liggen.',
  'errors.issue.no_such_week': 'Dat jaar heeft zo’n week niet (weken lopen van W01 tot W52, of W53).',
  'errors.issue.not_a_calendar_day': '“{value}” is geen bestaande kalenderdag.',
  'errors.issue.not_finite': '{value} is geen eindig getal.',
  'errors.issue.unknown_measure': 'Er is geen meetwaarde “{key}”.',
  'errors.issue.unknown_kpi': 'Er is geen KPI “{key}”.',
  'errors.issue.unknown_segment': 'Er is geen segment “{key}”: maak het eerst aan, of kies een ander.',
  'errors.issue.negative_value': '{value, number} is negatief, maar {measure} kan niet onder nul komen.',
  'errors.issue.would_go_negative': '{measure} op {day} zou {value, number} worden, maar kan niet onder nul komen.',
  'errors.issue.kpi_not_incrementable':
    '{formula, select, sum {Een KPI-waarde kan niet worden opgehoogd; stuur in plaats daarvan {measure}.} other {Een KPI-waarde kan niet worden opgehoogd; stuur in plaats daarvan de meetwaarden ervan.}}',
  'errors.issue.out_of_range':
    '{bound, select, min {{value, number} is lager dan {limit, number}, de laagst mogelijke waarde voor {kpi}.} other {{value, number} is hoger dan {limit, number}, de hoogst mogelijke waarde voor {kpi}{unit, select, percent { (stuur ratio’s als breuken: 45,3% is 0,453)} other {}}.}}',
  'errors.issue.rate_needs_weight':
    '{kpi} is een verhouding ({numerator} / {denominator}) en heeft een weging nodig: voeg een “weight” toe met de {denominator} van die dag, of een waarde voor “{denominator}” op dezelfde dag, zodat het percentage wordt gewogen in plaats van gemiddeld.',
  'errors.issue.negative_weight':
    '{value, number} is negatief, maar een weging ({denominator}) kan niet onder nul komen.',
  'errors.issue.conflicting_values':
    'Dit zet {measure} op {day} op {value, number}, maar item {otherItem, number} zet het al op {otherValue, number}; stuur één waarde per meetwaarde, dag en segment.',
  // --- een CSV-regel of de koppeling
  'errors.issue.date_empty': 'De datum is leeg.',
  'errors.issue.timestamp_empty': 'De tijdstempel is leeg.',
  'errors.issue.not_a_date':
    '“{value}” is geen datum in de opmaak van het bestand ({format, select, ymd {JJJJ-MM-DD} ymd_compact {JJJJMMDD} dmy {DD/MM/JJJJ} mdy {MM/DD/JJJJ} week {een ISO-week zoals 2026-W07} month {een maand zoals 2026-02} other {datum en tijd met tijdverschil}}).',
  'errors.issue.period_not_day':
    '{period, select, week {“{value}” is een week, geen dag: kies in de koppelingsstap om weken gelijk over hun dagen te verdelen, of importeer rijen per dag.} other {“{value}” is een maand, geen dag: kies in de koppelingsstap om maanden gelijk over hun dagen te verdelen, of importeer rijen per dag.}}',
  'errors.issue.not_a_number': '“{value}” is geen getal.',
  'errors.issue.wrong_number_style':
    '{locale, select, dot {“{value}” is geschreven als 1.234,5, maar dit bestand schrijft getallen als 1,234.5.} other {“{value}” is geschreven als 1,234.5, maar dit bestand schrijft getallen als 1.234,5.}}',
  'errors.issue.not_a_duration': '“{value}” is geen duur (gebruik uu:mm:ss, of seconden).',
  'errors.issue.percent_not_rate': '“{value}” is een percentage, maar deze kolom is geen ratio.',
  'errors.issue.value_empty': 'De waarde is leeg.',
  'errors.issue.measure_empty': 'De meetwaarde is leeg.',
  'errors.issue.unknown_target': '“{value}” is geen bekende meetwaarde of KPI.',
  'errors.issue.rate_needs_weight_column':
    'Dit is een ratio ({numerator} / {denominator}) en heeft een weging nodig: voeg een kolom “{denominatorName}” toe met de {denominator} van elke dag (of een wegingskolom), zodat de ratio wordt gewogen in plaats van gemiddeld.',
  'errors.issue.conflicting_rows':
    'Dit zet {measure} op {day} op {value, number}, maar een eerdere rij van dit bestand zette het op {otherValue, number}; houd één rij per dag.',
  'errors.issue.too_many_cells':
    'Deze rij heeft {cells, number} cellen, maar de kopregel heeft {columns, plural, one {# kolom} other {# kolommen}}: een waarde met het scheidingsteken {delimiter, select, tab {(een tab)} other {“{delimiter}”}} moet tussen aanhalingstekens staan.',
  'errors.issue.no_data_rows': 'Het bestand heeft een kopregel maar geen gegevensrijen.',
  'errors.issue.column_not_in_header': 'Deze kolom staat in de koppeling, maar niet in de kopregel van het bestand.',
  'errors.issue.duplicate_role_column':
    'Maar één kolom kan de {role, select, date {datumkolom} segment {segmentkolom} key {kolom met de meetwaardenaam} weight {wegingskolom} value {waardekolom} other {genegeerde kolom}} zijn.',
  'errors.issue.no_date_column': 'Geen kolom is als datum gekoppeld: kies de datumkolom.',
  'errors.issue.ambiguous_date_format':
    'De datums passen bij meer dan één opmaak ({formats}): kies de datumopmaak in de koppelingsstap.',
  'errors.issue.unknown_date_format':
    'De datums hebben geen bekende opmaak (gebruik JJJJ-MM-DD, JJJJMMDD, DD/MM/JJJJ, MM/DD/JJJJ, 2026-W07 of 2026-02).',
  'errors.issue.column_without_target':
    'Deze waardekolom voedt geen meetwaarde of KPI: kies er een, of negeer de kolom.',
  'errors.issue.unknown_mapping_target':
    '{kind, select, kpi {Deze kolom is gekoppeld aan een onbekende KPI, “{key}”.} other {Deze kolom is gekoppeld aan een onbekende meetwaarde, “{key}”.}}',
  'errors.issue.long_needs_value': 'Een lang bestand heeft een waardekolom nodig naast de kolom met meetwaarden.',
  'errors.issue.no_value_columns': 'Geen kolom is aan een meetwaarde of KPI gekoppeld: koppel er minstens één.',
  'errors.issue.profile_unknown_measure': 'Profiel “{profile}” voedt een onbekende meetwaarde, “{measure}”.',
  'errors.issue.profile_missing_column': 'Profiel “{profile}” heeft deze kolom nodig, maar het bestand heeft hem niet.',

  // --- na elk van beide, als de parameters bijna-overeenkomsten bevatten
  'errors.hint.suggestions': 'Bedoelde je {suggestions}?',
} satisfies Record<keyof typeof en, string>;
