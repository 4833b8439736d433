/**
 * The server's errors in words, one message per code of shared/errorCodes.ts:
 * `errors.<code>` for an error body (`error.code`, values from `error.details.params`),
 * `errors.issue.<code>` for one problem in a list (a request field, a batch item, a CSV line),
 * and `errors.hint.suggestions`, shown after either when it carries near matches. ICU argument
 * names are the parameter names the server sends; web/i18n/serverErrors.ts turns lists, days
 * and instants into text for the locale first.
 */
export default {
  // --- requests and access
  'errors.invalid_request':
    '{place, select, body {The request} query {The query string} url {The address} form {The form} header {The request headers} other {The cookies}} {count, plural, one {has a problem} other {have # problems}}.',
  'errors.bad_request': 'The request could not be read: check that the body is valid JSON.',
  'errors.malformed_json': 'The body is not valid JSON.',
  'errors.unsupported_media_type':
    '{accepts, select, json {Send the body as JSON (application/json); got “{received}”.} other {Send the body as JSON, or a CSV upload as text/csv; got “{received}”.}}',
  'errors.payload_too_large':
    '{kind, select, upload {The file is larger than the upload limit of {limit, number} MB. Split it, or ask an admin to raise the limit.} webhook {The body is over this source’s limit of {limit, number} bytes; send smaller batches.} other {The request body is too large.}}',
  'errors.not_found':
    '{what, select, role {There is no role with key “{key}”.} kpi {There is no KPI with key “{key}”.} measure {There is no measure with key “{key}”.} segment {There is no segment with key “{key}”.} import {There is no import #{key}.} user {There is no user with id {key}.} token {There is no API token with id {key}.} route {There is no API route {key}.} webhook_source {There is no webhook source “{key}”.} webhook_endpoint {No enabled webhook source has this address. Check the address on the Integrations page.} secret {This source has no active secret {key}.} profile {There is no saved profile “{key}”.} table {There is no table “{key}” to export. Tables: {options}.} alert_delivery {There is no alert delivery {key}.} alert_webhook {Role “{key}” has no alert webhook; there is nothing to remove.} note {There is no note with id {key}; it may have been deleted.} annotation {There is no annotation with id {key}; it may have been deleted.} other {“{key}” was not found.}}',
  'errors.sign_in_required': 'Sign in to continue.',
  'errors.invalid_credentials': 'That email and password do not match an active account.',
  'errors.too_many_attempts':
    '{scope, select, account {Too many failed sign-ins for this account; try again in {minutes, plural, one {# minute} other {# minutes}}.} other {Too many failed sign-ins from your network address; try again in {minutes, plural, one {# minute} other {# minutes}}.}}',
  'errors.wrong_password': 'Your current password is not right.',
  'errors.invalid_token': 'This API token is unknown or revoked; create a new one on the Users & tokens page.',
  'errors.missing_scope': 'This token lacks the “{scope}” scope needed for {route}.',
  'errors.cross_site':
    '{header, select, origin {Changes are accepted only from Rolecard’s own pages; this request came from {value}.} other {Changes are accepted only from Rolecard’s own pages (Sec-Fetch-Site was {value}).}}',
  'errors.forbidden':
    '{reason, select, no_rule {{route} has no permission rule, so nobody may call it.} token_route {API tokens cannot call {route}; sign in instead.} role {{role, select, admin {An admin} owner {An owner} analyst {An analyst} other {A viewer}} account may not call {route}; ask an admin.} not_owner {{ownsCount, plural, =0 {You own no roles} other {You own {owns}}}; {touchedCount, plural, =0 {this change belongs to another role.} other {this change belongs to {touched}.}}} grant_scopes {{role, select, admin {An admin} owner {An owner} analyst {An analyst} other {A viewer}} account cannot grant {scopes}; it may grant {allowed}.} token_revoke {Only an admin or the token’s owner may revoke it.} analyst_annotation {Analysts may change only the annotations they added; this one is by {author}.} note_author {{action, select, edit {Only its author ({author}) may edit this note; add a reply instead.} other {Only its author ({author}) or an admin may delete this note; add a reply instead.}}} other {You may not do this; ask an admin.}}',
  'errors.last_admin': 'This is the last active admin; make someone else admin first.',
  'errors.internal': 'Something went wrong on our side. Quote the request id when you report it.',
  // --- storage
  'errors.storage_full':
    'The database is full (disk space or its size limit): nothing was written. Reading still works; free some disk space and try again.',
  'errors.read_only':
    'The database is read-only right now: nothing was written. Reading still works; try again once it is writable.',
  'errors.not_durable':
    'The write reached the database but the disk did not confirm it, so it was not acknowledged. Retry: if it was kept, the retry is recognised and counted once.',
  'errors.busy':
    'The database is busy with another write (a backup or a long import): nothing was written. Try again in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
  // --- catalog, targets, scorecards
  'errors.already_exists':
    '{what, select, user {A user with email {key} already exists.} role {A role with key “{key}” already exists; choose another key.} measure {A measure with key “{key}” already exists; choose another key.} kpi {A KPI with key “{key}” already exists; choose another key.} other {A segment with key “{key}” already exists; choose another key.}}',
  'errors.unknown_reference':
    '{what, select, role {{field}: there is no role “{key}”.} kpi {{field}: there is no KPI “{key}”.} measure {{field}: there is no measure “{key}”.} role_kpi {{field}: {role} has no KPI “{key}”.} other {{field}: there is no segment “{key}”.}}',
  'errors.in_use':
    '{what, select, role {{count, plural, one {Role “{key}” still owns the KPI {kpis}. Move it to another role first.} other {Role “{key}” still owns # KPIs: {kpis}. Move them to another role first.}}} measure {{count, plural, one {Measure “{key}” is used by the KPI {kpis}; change or delete it first.} other {Measure “{key}” is used by the KPIs {kpis}; change or delete them first.}}} other {The “{key}” segment holds business-wide values and cannot be deleted.}}',
  'errors.has_data':
    '{what, select, measure {Measure “{key}” has {count, plural, one {# stored value} other {# stored values}}; it cannot be deleted.} kpi {KPI “{key}” has {count, plural, one {# target} other {# targets}} on record; it cannot be deleted.} other {Segment “{key}” has {count, plural, one {# stored value} other {# stored values}}; it cannot be deleted.}}',
  'errors.invalid_week': '“{value}” is not a week; use an ISO week such as 2026-W07.',
  'errors.out_of_range':
    '{bound, select, min {{value, number} is below {limit, number}, the lowest {kpiName} can be.} other {{value, number} is above {limit, number}, the highest {kpiName} can be{unit, select, percent { (percentages are fractions: 4.5% is 0.045)} other {}}.}}',
  'errors.invalid_range': 'The start ({from}) is after the end ({to}); swap them.',
  'errors.range_too_long':
    'The range spans more than {maxDays, plural, one {# day} other {# days}}; choose a shorter one.',
  // --- ingest
  'errors.week_not_over': 'Week {week} ends on {end}; it can be marked reviewed from the day after.',
  'errors.future_week': 'Week {week} has not started yet; notes are for weeks up to this one.',
  'errors.already_reviewed':
    'Week {week} was already marked reviewed on {reviewedAt} by {reviewedBy}; reopen it first to review it again.',
  'errors.not_reviewed': 'Week {week} is not marked reviewed, so there is nothing to reopen.',
  'errors.week_reviewed':
    'Week {week} was marked reviewed on {reviewedAt} by {reviewedBy}; its notes are the record of that review. Add a new note, or ask an admin to reopen the week.',
  'errors.notes_missing':
    '{count, plural, one {Week {week} cannot be marked reviewed: # red KPI has no note ({kpis}).} other {Week {week} cannot be marked reviewed: # red KPIs have no note ({kpis}).}} Add a note on each, or turn off “require a note on every red KPI”.',
  'errors.already_delivered':
    'Delivery {deliveryId} was already delivered on {deliveredAt}; there is nothing to retry.',
  'errors.in_flight': 'Delivery {deliveryId} is being sent right now; look again in a few seconds.',
  'errors.invalid_items':
    '{count, plural, =0 {The batch is not valid; nothing was written.} one {# problem in the batch; nothing was written.} other {# problems in the batch; nothing was written.}}',
  // --- CSV imports
  'errors.empty_upload': 'The request has no body: send the CSV file as the request body.',
  'errors.empty_file': '“{fileName}” is empty: export the data again.',
  'errors.unknown_upload': 'This upload expired or was already imported. Upload the file again.',
  'errors.already_committed': 'This upload was imported meanwhile; see the import history.',
  'errors.duplicate_import':
    'This file is identical to import #{importId} (“{fileName}”, {createdAt}); nothing was written. Undo that import first, or import the file again anyway.',
  'errors.invalid_rows':
    '{count, plural, one {# problem} other {# problems}} in “{fileName}”; nothing was written. Fix the file, or choose to skip bad rows.',
  'errors.import_too_large':
    '{kind, select, import {“{fileName}” needs more memory than an import may use ({limitMb, number} MB). Nothing was written. Split the file by date range, or ask an admin to raise ROLECARD_IMPORT_MEMORY_MB.} other {Undoing import #{importId} needs more memory than it may use ({limitMb, number} MB). Nothing was written. Ask an admin to raise ROLECARD_IMPORT_MEMORY_MB.}}',
  'errors.unknown_profile': 'There is no import profile “{name}”. Profiles: {options}.',
  'errors.profile_mismatch': 'Profile “{name}” needs columns the file does not have: {missing}.',
  'errors.built_in_profile': '“{name}” is a built-in profile: choose another name.',
  'errors.already_undone': 'Import #{importId} (“{fileName}”) was already undone on {undoneAt}.',
  'errors.undo_conflict':
    'Import #{importId} cannot be undone: {count, plural, one {# value it wrote was} other {# values it wrote were}} changed later (first: {measure} on {day} in {segment}, {source, select, csv {now from import #{sourceId}} webhook {now from webhook {sourceId}} api {now from the API} demo {now from the demo data} other {since deleted}}). Undo the later imports first, newest first.',
  'errors.unsupported_encoding':
    '{problem, select, utf16_without_bom {The file looks like UTF-16 text without a byte-order mark. Save it as “CSV UTF-8” and upload it again.} other {The file is not valid {encoding} near byte {offset, number}. Save it as “CSV UTF-8” and upload it again.}}',
  'errors.no_header': 'The file has no header row: it is empty or holds only comments.',
  'errors.no_columns':
    'Could not find columns in the header “{firstLine}”: separate the columns with commas, semicolons or tabs.',
  'errors.blank_header': 'Column {column, number} of the header has no name: give every column a header.',
  'errors.duplicate_header':
    'The header names “{name}” twice (columns {first, number} and {second, number}): rename one of them.',
  'errors.malformed_csv':
    'The file cannot be read as CSV{where, select, row { at row {row, number}} other {}}: {problem, select, quote_not_closed {a quoted field is never closed (a " is missing)} invalid_closing_quote {a quoted field is followed by other text, or a quote inside it is not doubled} text_after_quote {text follows a closing quote} field_too_long {a field is too long} other {the text is not valid CSV}}. Fix the quoting there and upload the file again.',
  // --- webhooks
  'errors.unauthorized':
    '{reason, select, missing_headers {The signature headers are missing: {headers}.} bad_signature {The {header} signature does not match.} other {The signed timestamp “{timestamp}” is more than {toleranceMinutes, plural, one {# minute} other {# minutes}} from our clock; a replay is refused.}}',
  'errors.missing_header': 'A Shopify delivery needs the {headers} headers.',
  'errors.rate_limited':
    'This source is limited to {limitPerMinute, plural, one {# delivery} other {# deliveries}} a minute; retry in {retryAfterSeconds, plural, one {# second} other {# seconds}}.',
  'errors.invalid_payload': 'The payload is not valid ({count, plural, one {# problem} other {# problems}}).',
  'errors.unsupported_currency':
    '{field} is in {currency}, but this source accepts {expected} only. If the shop sells in {currency}, set the source’s currency to {currency}; values are never converted.',
  'errors.unknown_topic':
    '{sender, select, shopify {Topic “{topic}” is not handled. Subscribe this source to {supported} only.} other {Event type “{topic}” is not handled. Send {supported}.}}',
  'errors.last_secret': 'This is the source’s only active secret: rotate it first, then revoke the old one.',

  // --- one problem among many: a request field
  'errors.issue.required': 'This is required.',
  'errors.issue.invalid_type':
    '{expected, select, string {Expected text} number {Expected a number} int {Expected a whole number} boolean {Expected true or false} array {Expected a list} object {Expected an object} other {Expected {expected}}}, got {received, select, string {text} number {a number} boolean {true or false} array {a list} object {an object} null {nothing (null)} other {{received}}}.',
  'errors.issue.too_small':
    '{of, select, string {{min, plural, =1 {This cannot be empty.} one {Use at least # character.} other {Use at least # characters.}}} array {{min, plural, =1 {Choose at least one.} one {Choose at least # item.} other {Choose at least # items.}}} number {{inclusive, select, yes {Must be at least {min, number}.} other {Must be more than {min, number}.}}} other {Too small.}}',
  'errors.issue.too_big':
    '{of, select, string {{max, plural, one {Use at most # character.} other {Use at most # characters.}}} array {{max, plural, one {Send at most # item.} other {Send at most # items.}}} number {{inclusive, select, yes {Must be at most {max, number}.} other {Must be less than {max, number}.}}} other {Too large.}}',
  'errors.issue.invalid_format':
    '{format, select, date {Use a date such as 2026-03-14 (YYYY-MM-DD).} week {Use an ISO week such as 2026-W07, or a date inside the week.} key {Use lowercase letters, digits and underscores, starting with a letter.} currency {Use a three-letter ISO 4217 code such as EUR.} decimal {Expected a decimal amount such as “19.99”.} table {Use a table name such as measure_values or targets.} timestamp_offset {Expected an ISO 8601 timestamp with an offset, such as 2026-03-17T23:30:00-05:00.} email {Enter a valid email address.} url {Enter a valid web address.} datetime {Expected an ISO 8601 date and time.} date_or_instant {Use a date such as 2026-11-16, or an instant such as 2026-11-16T08:00:00Z.} calendar_day {Use a real calendar day, such as 2026-03-14.} week_label {Use an ISO week such as 2026-W47.} other {The format is not valid.}}',
  'errors.issue.invalid_value': 'Must be {values}.',
  'errors.issue.unrecognized_keys': 'Remove the unknown fields: {keys}.',
  'errors.issue.not_multiple_of': 'Must be a multiple of {divisor, number}.',
  'errors.issue.invalid': 'This value is not valid.',
  'errors.issue.at_least_one_field': 'Change at least one of {fields}.',
  'errors.issue.time_zone': 'Must be an IANA time zone such as Europe/Madrid.',
  'errors.issue.table_needs_csv': 'The JSON export always holds every table: leave the table out, or choose CSV.',
  // --- a batch item
  'errors.issue.end_before_start': 'The last day cannot be before the first day.',
  'errors.issue.no_such_week': 'That year has no such week (weeks run from W01 to W52, or W53).',
  'errors.issue.not_a_calendar_day': '“{value}” is not a real calendar day.',
  'errors.issue.not_finite': '{value} is not a finite number.',
  'errors.issue.unknown_measure': 'There is no measure “{key}”.',
  'errors.issue.unknown_kpi': 'There is no KPI “{key}”.',
  'errors.issue.unknown_segment': 'There is no segment “{key}”: create it first, or choose another.',
  'errors.issue.negative_value': '{value, number} is negative, but {measure} cannot be below zero.',
  'errors.issue.would_go_negative': '{measure} on {day} would become {value, number}, but it cannot be below zero.',
  'errors.issue.kpi_not_incrementable':
    '{formula, select, sum {A KPI value cannot be incremented; send {measure} instead.} other {A KPI value cannot be incremented; send its measures instead.}}',
  'errors.issue.out_of_range':
    '{bound, select, min {{value, number} is below {limit, number}, the lowest {kpi} can be.} other {{value, number} is above {limit, number}, the highest {kpi} can be{unit, select, percent { (send rates as fractions: 45.3% is 0.453)} other {}}.}}',
  'errors.issue.rate_needs_weight':
    '{kpi} is a ratio ({numerator} / {denominator}) and needs a weight: add a “weight” with the day’s {denominator}, or a “{denominator}” value for the same day, so the rate is weighted instead of averaged.',
  'errors.issue.negative_weight': '{value, number} is negative, but a weight ({denominator}) cannot be below zero.',
  'errors.issue.conflicting_values':
    'This sets {measure} on {day} to {value, number}, but item {otherItem, number} already sets it to {otherValue, number}; send one value per measure, day and segment.',
  // --- a CSV line or the mapping
  'errors.issue.date_empty': 'The date is empty.',
  'errors.issue.timestamp_empty': 'The timestamp is empty.',
  'errors.issue.not_a_date':
    '“{value}” is not a date in the file’s format ({format, select, ymd {YYYY-MM-DD} ymd_compact {YYYYMMDD} dmy {DD/MM/YYYY} mdy {MM/DD/YYYY} week {an ISO week such as 2026-W07} month {a month such as 2026-02} other {a date and time with an offset}}).',
  'errors.issue.period_not_day':
    '{period, select, week {“{value}” is a week, not a day: choose to spread weeks evenly over their days in the mapping step, or import daily rows.} other {“{value}” is a month, not a day: choose to spread months evenly over their days in the mapping step, or import daily rows.}}',
  'errors.issue.not_a_number': '“{value}” is not a number.',
  'errors.issue.wrong_number_style':
    '{locale, select, dot {“{value}” is written like 1.234,5, but this file writes numbers like 1,234.5.} other {“{value}” is written like 1,234.5, but this file writes numbers like 1.234,5.}}',
  'errors.issue.not_a_duration': '“{value}” is not a duration (use hh:mm:ss, or seconds).',
  'errors.issue.percent_not_rate': '“{value}” is a percentage, but this column is not a rate.',
  'errors.issue.value_empty': 'The value is empty.',
  'errors.issue.measure_empty': 'The measure is empty.',
  'errors.issue.unknown_target': '“{value}” is not a known measure or KPI.',
  'errors.issue.rate_needs_weight_column':
    'This is a rate ({numerator} / {denominator}) and needs a weight: add a “{denominatorName}” column with each day’s {denominator} (or a weight column), so the rate is weighted instead of averaged.',
  'errors.issue.conflicting_rows':
    'This sets {measure} on {day} to {value, number}, but an earlier row of this file set it to {otherValue, number}; keep one row per day.',
  'errors.issue.too_many_cells':
    'This row has {cells, number} cells but the header has {columns, plural, one {# column} other {# columns}}: a value holding the delimiter {delimiter, select, tab {(a tab)} other {“{delimiter}”}} must be quoted.',
  'errors.issue.no_data_rows': 'The file has a header but no data rows.',
  'errors.issue.column_not_in_header': 'This column is in the mapping but not in the file header.',
  'errors.issue.duplicate_role_column':
    'Only one column can be the {role, select, date {date} segment {segment} key {measure name} weight {weight} value {value} other {ignored}} column.',
  'errors.issue.no_date_column': 'No column is mapped as the date: choose the date column.',
  'errors.issue.ambiguous_date_format':
    'The dates fit more than one format ({formats}): choose the date format in the mapping step.',
  'errors.issue.unknown_date_format':
    'The dates are in no known format (use YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY, MM/DD/YYYY, 2026-W07 or 2026-02).',
  'errors.issue.column_without_target': 'This value column feeds no measure or KPI: choose one, or ignore the column.',
  'errors.issue.unknown_mapping_target':
    '{kind, select, kpi {This column is mapped to an unknown KPI “{key}”.} other {This column is mapped to an unknown measure “{key}”.}}',
  'errors.issue.long_needs_value': 'A long file needs a value column beside its measure column.',
  'errors.issue.no_value_columns': 'No column is mapped to a measure or KPI: map at least one.',
  'errors.issue.profile_unknown_measure': 'Profile “{profile}” feeds an unknown measure “{measure}”.',
  'errors.issue.profile_missing_column': 'Profile “{profile}” needs this column, but the file does not have it.',

  // --- after either, when the parameters carry near matches
  'errors.hint.suggestions': 'Did you mean {suggestions}?',
};
