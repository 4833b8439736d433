import type en from '../en/errors';

export default {
  // --- richieste e accesso
  'errors.invalid_request':
    '{place, select, body {La richiesta} query {La stringa di query} url {L’indirizzo} form {Il modulo} header {L’intestazione della richiesta} other {I cookie}} {count, plural, one {ha un problema} other {ha # problemi}}.',
  'errors.bad_request': 'Impossibile leggere la richiesta: controlla che il corpo sia JSON valido.',
  'errors.malformed_json': 'Il corpo non è JSON valido.',
  'errors.unsupported_media_type':
    '{accepts, select, json {Invia il corpo come JSON (application/json); ricevuto “{received}”.} other {Invia il corpo come JSON, oppure un file CSV come text/csv; ricevuto “{received}”.}}',
  'errors.payload_too_large':
    '{kind, select, upload {Il file supera il limite di caricamento di {limit, number} MB. Dividilo, oppure chiedi a un amministratore di alzare il limite.} webhook {Il corpo supera il limite di questa sorgente, {limit, number} byte; invia lotti più piccoli.} other {Il corpo della richiesta è troppo grande.}}',
  'errors.not_found':
    '{what, select, role {Non esiste nessun ruolo con chiave “{key}”.} kpi {Non esiste nessun KPI con chiave “{key}”.} measure {Non esiste nessuna misura con chiave “{key}”.} segment {Non esiste nessun segmento con chiave “{key}”.} import {Non esiste l’importazione #{key}.} user {Non esiste nessun utente con id {key}.} token {Non esiste nessun token API con id {key}.} route {Non esiste la route API {key}.} webhook_source {Non esiste nessuna sorgente webhook “{key}”.} webhook_endpoint {Nessuna sorgente webhook attiva ha questo indirizzo. Controllalo nella pagina Integrazioni.} secret {Questa sorgente non ha nessun segreto attivo {key}.} profile {Non esiste nessun profilo salvato “{key}”.} table {Non esiste nessuna tabella “{key}” da esportare. Tabelle: {options}.} alert_delivery {Non esiste l’invio di avviso {key}.} alert_webhook {Il ruolo “{key}” non ha un webhook di avviso; non c’è nulla da rimuovere.} note {Non esiste nessuna nota con id {key}; potrebbe essere stata eliminata.} annotation {Non esiste nessuna annotazione con id {key}; potrebbe essere stata eliminata.} other {“{key}” non è stato trovato.}}',
  'errors.sign_in_required': 'Accedi per continuare.',
  'errors.invalid_credentials': 'Questa email e questa password non corrispondono a nessun account attivo.',
  'errors.too_many_attempts':
    '{scope, select, account {Troppi accessi non riusciti per questo account; riprova tra {minutes, plural, one {# minuto} other {# minuti}}.} other {Troppi accessi non riusciti dal tuo indirizzo di rete; riprova tra {minutes, plural, one {# minuto} other {# minuti}}.}}',
  'errors.wrong_password': 'La password attuale non è corretta.',
  'errors.invalid_token':
    'Questo token API non esiste o è stato revocato; creane uno nuovo nella pagina Utenti e token.',
  'errors.missing_scope': 'A questo token manca il permesso “{scope}” necessario per {route}.',
  'errors.cross_site':
    '{header, select, origin {Le modifiche sono accettate solo dalle pagine di Rolecard; questa richiesta arriva da {value}.} other {Le modifiche sono accettate solo dalle pagine di Rolecard (Sec-Fetch-Site era {value}).}}',
  'errors.forbidden':
    '{reason, select, no_rule {{route} non ha nessuna regola di permesso, quindi nessuno può chiamarla.} token_route {I token API non possono chiamare {route}; accedi invece con il tuo account.} role {Un account {role, select, admin {amministratore} owner {responsabile} analyst {analista} other {lettore}} non può chiamare {route}; chiedi a un amministratore.} not_owner {{ownsCount, plural, =0 {Non sei responsabile di nessun ruolo} other {Sei responsabile di {owns}}}; {touchedCount, plural, =0 {questa modifica riguarda un altro ruolo.} other {questa modifica riguarda {touched}.}}} grant_scopes {Un account {role, select, admin {amministratore} owner {responsabile} analyst {analista} other {lettore}} non può concedere {scopes}; può concedere {allowed}.} token_revoke {Solo un amministratore o il proprietario del token può revocarlo.} analyst_annotation {Gli analisti possono modificare solo le annotazioni che hanno aggiunto; questa è di {author}.} note_author {{action, select, edit {Solo il suo autore ({author}) può modificare questa nota; aggiungi invece una risposta.} other {Solo il suo autore ({author}) o un amministratore può eliminare questa nota; aggiungi invece una risposta.}}} other {Non puoi farlo; chiedi a un amministratore.}}',
  'errors.last_admin': 'È l’ultimo amministratore attivo; nomina prima un altro amministratore.',
  'errors.internal': 'Qualcosa è andato storto sul server. Indica l’id della richiesta quando segnali il problema.',
  // --- archiviazione
  'errors.storage_full':
    'Il database è pieno (spazio su disco o limite di dimensione): non è stato scritto nulla. La lettura funziona ancora; libera spazio e riprova.',
  'errors.read_only':
    'Il database è in sola lettura in questo momento: non è stato scritto nulla. La lettura funziona ancora; riprova quando sarà di nuovo scrivibile.',
  'errors.not_durable':
    "La scrittura è arrivata al database ma il disco non l'ha confermata, quindi non è stata accettata. Riprova: se è stata conservata, il nuovo invio viene riconosciuto e contato una sola volta.",
  'errors.busy':
    'Il database è occupato da un’altra scrittura (un backup o un’importazione lunga): non è stato scritto nulla. Riprova tra {retryAfterSeconds, plural, one {# secondo} other {# secondi}}.',
  // --- catalogo, obiettivi, scorecard
  'errors.already_exists':
    '{what, select, user {Esiste già un utente con email {key}.} role {Esiste già un ruolo con chiave “{key}”; scegli un’altra chiave.} measure {Esiste già una misura con chiave “{key}”; scegli un’altra chiave.} kpi {Esiste già un KPI con chiave “{key}”; scegli un’altra chiave.} other {Esiste già un segmento con chiave “{key}”; scegli un’altra chiave.}}',
  'errors.unknown_reference':
    '{what, select, role {{field}: non esiste il ruolo “{key}”.} kpi {{field}: non esiste il KPI “{key}”.} measure {{field}: non esiste la misura “{key}”.} role_kpi {{field}: {role} non ha nessun KPI “{key}”.} other {{field}: non esiste il segmento “{key}”.}}',
  'errors.in_use':
    '{what, select, role {{count, plural, one {Il ruolo “{key}” ha ancora il KPI {kpis}. Spostalo prima in un altro ruolo.} other {Il ruolo “{key}” ha ancora # KPI: {kpis}. Spostali prima in un altro ruolo.}}} measure {{count, plural, one {La misura “{key}” è usata dal KPI {kpis}; modificalo o eliminalo prima.} other {La misura “{key}” è usata dai KPI {kpis}; modificali o eliminali prima.}}} other {Il segmento “{key}” contiene i valori di tutta l’azienda e non può essere eliminato.}}',
  'errors.has_data':
    '{what, select, measure {La misura “{key}” ha {count, plural, one {# valore salvato} other {# valori salvati}}; non può essere eliminata.} kpi {Il KPI “{key}” ha {count, plural, one {# obiettivo registrato} other {# obiettivi registrati}}; non può essere eliminato.} other {Il segmento “{key}” ha {count, plural, one {# valore salvato} other {# valori salvati}}; non può essere eliminato.}}',
  'errors.invalid_week': '“{value}” non è una settimana; usa una settimana ISO come 2026-W07.',
  'errors.out_of_range':
    '{bound, select, min {{value, number} è sotto {limit, number}, il valore più basso possibile per {kpiName}.} other {{value, number} è sopra {limit, number}, il valore più alto possibile per {kpiName}{unit, select, percent { (le percentuali sono frazioni: 4,5% è 0,045)} other {}}.}}',
  'errors.invalid_range': 'L’inizio ({from}) è successivo alla fine ({to}); invertili.',
  'errors.range_too_long':
    'L’intervallo supera {maxDays, plural, one {# giorno} other {# giorni}}; scegline uno più breve.',
  // --- acquisizione
  'errors.week_not_over': 'La settimana {week} finisce il {end}; può essere segnata come rivista dal giorno dopo.',
  'errors.future_week':
    'La settimana {week} non è ancora iniziata; le note sono per le settimane fino a quella attuale.',
  'errors.already_reviewed':
    'La settimana {week} è già stata segnata come rivista il {reviewedAt} da {reviewedBy}; riaprila prima per rivederla di nuovo.',
  'errors.not_reviewed': 'La settimana {week} non è segnata come rivista, quindi non c’è nulla da riaprire.',
  'errors.week_reviewed':
    'La settimana {week} è stata segnata come rivista il {reviewedAt} da {reviewedBy}; le sue note sono il resoconto di quella revisione. Aggiungi una nuova nota, oppure chiedi a un amministratore di riaprire la settimana.',
  'errors.notes_missing':
    '{count, plural, one {La settimana {week} non può essere segnata come rivista: # KPI in rosso non ha una nota ({kpis}).} other {La settimana {week} non può essere segnata come rivista: # KPI in rosso non hanno una nota ({kpis}).}} Aggiungi una nota a ciascuno, oppure disattiva “richiedi una nota per ogni KPI in rosso”.',
  'errors.already_delivered':
    'L’invio {deliveryId} è già stato consegnato il {deliveredAt}; non c’è nulla da riprovare.',
  'errors.in_flight': 'L’invio {deliveryId} è in corso proprio ora; ricontrolla tra qualche secondo.',
  'errors.invalid_items':
    '{count, plural, =0 {Il lotto non è valido; non è stato scritto nulla.} one {# problema nel lotto; non è stato scritto nulla.} other {# problemi nel lotto; non è stato scritto nulla.}}',
  // --- importazioni CSV
  'errors.empty_upload': 'La richiesta non ha un corpo: invia il file CSV come corpo della richiesta.',
  'errors.empty_file': '“{fileName}” è vuoto: esporta di nuovo i dati.',
  'errors.unknown_upload': 'Questo caricamento è scaduto o è già stato importato. Carica di nuovo il file.',
  'errors.already_committed':
    'Questo caricamento è stato importato nel frattempo; vedi la cronologia delle importazioni.',
  'errors.duplicate_import':
    'Questo file è identico all’importazione #{importId} (“{fileName}”, {createdAt}); non è stato scritto nulla. Annulla prima quell’importazione, oppure importa di nuovo il file comunque.',
  'errors.invalid_rows':
    '{count, plural, one {# problema} other {# problemi}} in “{fileName}”; non è stato scritto nulla. Correggi il file, oppure scegli di saltare le righe errate.',
  'errors.import_too_large':
    '{kind, select, import {“{fileName}” richiede più memoria di quanta ne possa usare un’importazione ({limitMb, number} MB). Non è stato scritto nulla. Dividi il file per intervalli di date, oppure chiedi a un amministratore di alzare ROLECARD_IMPORT_MEMORY_MB.} other {Annullare l’importazione #{importId} richiede più memoria di quanta ne possa usare ({limitMb, number} MB). Non è stato scritto nulla. Chiedi a un amministratore di alzare ROLECARD_IMPORT_MEMORY_MB.}}',
  'errors.unknown_profile': 'Non esiste nessun profilo di importazione “{name}”. Profili: {options}.',
  'errors.profile_mismatch': 'Il profilo “{name}” richiede colonne che il file non ha: {missing}.',
  'errors.built_in_profile': '“{name}” è un profilo predefinito: scegli un altro nome.',
  'errors.already_undone': 'L’importazione #{importId} (“{fileName}”) è già stata annullata il {undoneAt}.',
  'errors.undo_conflict':
    'L’importazione #{importId} non può essere annullata: {count, plural, one {# valore che ha scritto è stato modificato} other {# valori che ha scritto sono stati modificati}} in seguito (il primo: {measure} il {day} in {segment}, {source, select, csv {ora dall’importazione #{sourceId}} webhook {ora dal webhook {sourceId}} api {ora dall’API} demo {ora dai dati dimostrativi} other {poi eliminato}}). Annulla prima le importazioni successive, partendo dalla più recente.',
  'errors.unsupported_encoding':
    '{problem, select, utf16_without_bom {Il file sembra testo UTF-16 senza byte order mark. Salvalo come “CSV UTF-8” e caricalo di nuovo.} other {Il file non è {encoding} valido vicino al byte {offset, number}. Salvalo come “CSV UTF-8” e caricalo di nuovo.}}',
  'errors.no_header': 'Il file non ha una riga di intestazione: è vuoto o contiene solo commenti.',
  'errors.no_columns':
    'Impossibile trovare colonne nell’intestazione “{firstLine}”: separa le colonne con virgole, punti e virgola o tabulazioni.',
  'errors.blank_header':
    'La colonna {column, number} dell’intestazione non ha nome: dai un’intestazione a ogni colonna.',
  'errors.duplicate_header':
    'L’intestazione nomina “{name}” due volte (colonne {first, number} e {second, number}): rinominane una.',
  'errors.malformed_csv':
    'Il file non può essere letto come CSV{where, select, row { alla riga {row, number}} other {}}: {problem, select, quote_not_closed {un campo tra virgolette non viene mai chiuso (manca una ")} invalid_closing_quote {un campo tra virgolette è seguito da altro testo, oppure una virgoletta al suo interno non è raddoppiata} text_after_quote {c’è del testo dopo una virgoletta di chiusura} field_too_long {un campo è troppo lungo} other {il testo non è CSV valido}}. Correggi lì le virgolette e carica di nuovo il file.',
  // --- webhook
  'errors.unauthorized':
    '{reason, select, missing_headers {Mancano le intestazioni di firma: {headers}.} bad_signature {La firma {header} non corrisponde.} other {Il timestamp firmato “{timestamp}” si discosta dal nostro orologio di più di {toleranceMinutes, plural, one {# minuto} other {# minuti}}; viene rifiutato come ripetizione.}}',
  'errors.missing_header': 'Una consegna Shopify richiede le intestazioni {headers}.',
  'errors.rate_limited':
    'Questa sorgente è limitata a {limitPerMinute, plural, one {# consegna} other {# consegne}} al minuto; riprova tra {retryAfterSeconds, plural, one {# secondo} other {# secondi}}.',
  'errors.invalid_payload': 'Il contenuto non è valido ({count, plural, one {# problema} other {# problemi}}).',
  'errors.unsupported_currency':
    '{field} è in {currency}, ma questa sorgente accetta solo {expected}. Se il negozio vende in {currency}, imposta la valuta della sorgente su {currency}; i valori non vengono mai convertiti.',
  'errors.unknown_topic':
    '{sender, select, shopify {L’argomento “{topic}” non è gestito. Iscrivi questa sorgente solo a {supported}.} other {Il tipo di evento “{topic}” non è gestito. Invia {supported}.}}',
  'errors.last_secret': 'È l’unico segreto attivo della sorgente: creane prima uno nuovo, poi revoca quello vecchio.',

  // --- un problema tra tanti: un campo della richiesta
  'errors.issue.required': 'Questo campo è obbligatorio.',
  'errors.issue.invalid_type':
    '{expected, select, string {Era atteso un testo} number {Era atteso un numero} int {Era atteso un numero intero} boolean {Era atteso vero o falso} array {Era attesa una lista} object {Era atteso un oggetto} other {Era atteso {expected}}}, ma è arrivato {received, select, string {un testo} number {un numero} boolean {vero o falso} array {una lista} object {un oggetto} null {un valore vuoto (null)} other {{received}}}.',
  'errors.issue.too_small':
    '{of, select, string {{min, plural, =1 {Non può essere vuoto.} one {Usa almeno # carattere.} other {Usa almeno # caratteri.}}} array {{min, plural, =1 {Scegline almeno uno.} one {Scegli almeno # elemento.} other {Scegli almeno # elementi.}}} number {{inclusive, select, yes {Deve essere almeno {min, number}.} other {Deve essere maggiore di {min, number}.}}} other {È troppo piccolo.}}',
  'errors.issue.too_big':
    '{of, select, string {{max, plural, one {Usa al massimo # carattere.} other {Usa al massimo # caratteri.}}} array {{max, plural, one {Invia al massimo # elemento.} other {Invia al massimo # elementi.}}} number {{inclusive, select, yes {Deve essere al massimo {max, number}.} other {Deve essere minore di {max, number}.}}} other {È troppo grande.}}',
  'errors.issue.invalid_format':
    '{format, select, date {Usa una data come 2026-03-14 (AAAA-MM-GG).} week {Usa una settimana ISO come 2026-W07, oppure una data all’interno della settimana.} key {Usa lettere minuscole, cifre e trattini bassi, iniziando con una lettera.} currency {Usa un codice ISO 4217 di tre lettere, come EUR.} decimal {Era atteso un importo decimale come “19.99”.} table {Usa un nome di tabella come measure_values o targets.} timestamp_offset {Era atteso un timestamp ISO 8601 con fuso orario, come 2026-03-17T23:30:00-05:00.} email {Inserisci un indirizzo email valido.} url {Inserisci un indirizzo web valido.} datetime {Era attesa una data e ora ISO 8601.} date_or_instant {Usa una data come 2026-11-16, oppure un istante come 2026-11-16T08:00:00Z.} calendar_day {Usa un giorno reale del calendario, come 2026-03-14.} week_label {Usa una settimana ISO come 2026-W47.} other {Il formato non è valido.}}',
  'errors.issue.invalid_value': 'Deve essere {values}.',
  'errors.issue.unrecognized_keys': 'Togli i campi sconosciuti: {keys}.',
  'errors.issue.not_multiple_of': 'Deve essere un multiplo di {divisor, number}.',
  'errors.issue.invalid': 'Questo valore non è valido.',
  'errors.issue.at_least_one_field': 'Modifica almeno uno di questi campi: {fields}.',
  'errors.issue.time_zone': 'Deve essere un fuso orario IANA, come Europe/Madrid.',
  'errors.issue.table_needs_csv':
    'L’esportazione JSON contiene sempre tutte le tabelle: togli la tabella, oppure scegli CSV.',
  // --- un elemento di un lotto
  'errors.issue.end_before_start': 'L’ultimo giorno non può essere prima del primo.',
  'errors.issue.no_such_week': 'Quell’anno non ha questa settimana (le settimane vanno da W01 a W52, o W53).',
  'errors.issue.not_a_calendar_day': '“{value}” non è un giorno reale del calendario.',
  'errors.issue.not_finite': '{value} non è un numero finito.',
  'errors.issue.unknown_measure': 'Non esiste la misura “{key}”.',
  'errors.issue.unknown_kpi': 'Non esiste il KPI “{key}”.',
  'errors.issue.unknown_segment': 'Non esiste il segmento “{key}”: crealo prima, oppure scegline un altro.',
  'errors.issue.negative_value': '{value, number} è negativo, ma {measure} non può scendere sotto zero.',
  'errors.issue.would_go_negative': '{measure} del {day} diventerebbe {value, number}, ma non può scendere sotto zero.',
  'errors.issue.kpi_not_incrementable':
    '{formula, select, sum {Il valore di un KPI non può essere incrementato; invia invece {measure}.} other {Il valore di un KPI non può essere incrementato; invia invece le sue misure.}}',
  'errors.issue.out_of_range':
    '{bound, select, min {{value, number} è sotto {limit, number}, il valore più basso possibile per {kpi}.} other {{value, number} è sopra {limit, number}, il valore più alto possibile per {kpi}{unit, select, percent { (invia i tassi come frazioni: 45,3% è 0,453)} other {}}.}}',
  'errors.issue.rate_needs_weight':
    '{kpi} è un rapporto ({numerator} / {denominator}) e ha bisogno di un peso: aggiungi un “weight” con il valore di {denominator} del giorno, oppure un valore di “{denominator}” per lo stesso giorno, così il tasso viene ponderato invece che mediato.',
  'errors.issue.negative_weight': '{value, number} è negativo, ma un peso ({denominator}) non può scendere sotto zero.',
  'errors.issue.conflicting_values':
    'Imposta {measure} del {day} a {value, number}, ma l’elemento {otherItem, number} lo imposta già a {otherValue, number}; invia un solo valore per misura, giorno e segmento.',
  // --- una riga CSV o la mappatura
  'errors.issue.date_empty': 'La data è vuota.',
  'errors.issue.timestamp_empty': 'Il timestamp è vuoto.',
  'errors.issue.not_a_date':
    '“{value}” non è una data nel formato del file ({format, select, ymd {AAAA-MM-GG} ymd_compact {AAAAMMGG} dmy {GG/MM/AAAA} mdy {MM/GG/AAAA} week {una settimana ISO come 2026-W07} month {un mese come 2026-02} other {data e ora con fuso orario}}).',
  'errors.issue.period_not_day':
    '{period, select, week {“{value}” è una settimana, non un giorno: scegli di ripartire le settimane in parti uguali sui loro giorni nel passo di mappatura, oppure importa righe giornaliere.} other {“{value}” è un mese, non un giorno: scegli di ripartire i mesi in parti uguali sui loro giorni nel passo di mappatura, oppure importa righe giornaliere.}}',
  'errors.issue.not_a_number': '“{value}” non è un numero.',
  'errors.issue.wrong_number_style':
    '{locale, select, dot {“{value}” è scritto come 1.234,5, ma questo file scrive i numeri come 1,234.5.} other {“{value}” è scritto come 1,234.5, ma questo file scrive i numeri come 1.234,5.}}',
  'errors.issue.not_a_duration': '“{value}” non è una durata (usa hh:mm:ss, oppure i secondi).',
  'errors.issue.percent_not_rate': '“{value}” è una percentuale, ma questa colonna non è un tasso.',
  'errors.issue.value_empty': 'Il valore è vuoto.',
  'errors.issue.measure_empty': 'La misura è vuota.',
  'errors.issue.unknown_target': '“{value}” non è una misura né un KPI noti.',
  'errors.issue.rate_needs_weight_column':
    'È un tasso ({numerator} / {denominator}) e ha bisogno di un peso: aggiungi una colonna “{denominatorName}” con il valore di {denominator} di ogni giorno (oppure una colonna di peso), così il tasso viene ponderato invece che mediato.',
  'errors.issue.conflicting_rows':
    'Imposta {measure} del {day} a {value, number}, ma una riga precedente di questo file lo ha impostato a {otherValue, number}; tieni una sola riga per giorno.',
  'errors.issue.too_many_cells':
    'Questa riga ha {cells, number} celle, ma l’intestazione ha {columns, plural, one {# colonna} other {# colonne}}: un valore che contiene il separatore {delimiter, select, tab {(una tabulazione)} other {“{delimiter}”}} deve stare tra virgolette.',
  'errors.issue.no_data_rows': 'Il file ha un’intestazione ma nessuna riga di dati.',
  'errors.issue.column_not_in_header': 'Questa colonna è nella mappatura ma non nell’intestazione del file.',
  'errors.issue.duplicate_role_column':
    'Solo una colonna può essere la colonna {role, select, date {della data} segment {del segmento} key {del nome della misura} weight {del peso} value {del valore} other {ignorata}}.',
  'errors.issue.no_date_column': 'Nessuna colonna è mappata come data: scegli la colonna della data.',
  'errors.issue.ambiguous_date_format':
    'Le date corrispondono a più di un formato ({formats}): scegli il formato della data nel passo di mappatura.',
  'errors.issue.unknown_date_format':
    'Le date non sono in nessun formato noto (usa AAAA-MM-GG, AAAAMMGG, GG/MM/AAAA, MM/GG/AAAA, 2026-W07 o 2026-02).',
  'errors.issue.column_without_target':
    'Questa colonna di valori non alimenta nessuna misura né KPI: scegline uno, oppure ignora la colonna.',
  'errors.issue.unknown_mapping_target':
    '{kind, select, kpi {Questa colonna è mappata su un KPI sconosciuto, “{key}”.} other {Questa colonna è mappata su una misura sconosciuta, “{key}”.}}',
  'errors.issue.long_needs_value':
    'Un file lungo ha bisogno di una colonna di valori accanto alla colonna delle misure.',
  'errors.issue.no_value_columns': 'Nessuna colonna è mappata su una misura o un KPI: mappane almeno una.',
  'errors.issue.profile_unknown_measure': 'Il profilo “{profile}” alimenta una misura sconosciuta, “{measure}”.',
  'errors.issue.profile_missing_column': 'Il profilo “{profile}” richiede questa colonna, ma il file non ce l’ha.',

  // --- dopo l’uno o l’altro, quando i parametri portano corrispondenze vicine
  'errors.hint.suggestions': 'Forse intendevi {suggestions}?',
} satisfies Record<keyof typeof en, string>;
