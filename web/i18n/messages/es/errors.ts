import type en from '../en/errors';

export default {
  // --- peticiones y acceso
  'errors.invalid_request':
    '{place, select, body {La petición} query {La cadena de consulta} url {La dirección} form {El formulario} header {La cabecera de la petición} other {Las cookies}} {count, plural, one {tiene un problema} other {tiene # problemas}}.',
  'errors.bad_request': 'No se pudo leer la petición: comprueba que el cuerpo sea JSON válido.',
  'errors.malformed_json': 'El cuerpo no es JSON válido.',
  'errors.unsupported_media_type':
    '{accepts, select, json {Envía el cuerpo como JSON (application/json); se recibió “{received}”.} other {Envía el cuerpo como JSON, o un archivo CSV como text/csv; se recibió “{received}”.}}',
  'errors.payload_too_large':
    '{kind, select, upload {El archivo supera el límite de subida de {limit, number} MB. Divídelo o pide a un administrador que suba el límite.} webhook {El cuerpo supera el límite de esta fuente, {limit, number} bytes; envía lotes más pequeños.} other {El cuerpo de la petición es demasiado grande.}}',
  'errors.not_found':
    '{what, select, role {No hay ningún rol con la clave “{key}”.} kpi {No hay ningún KPI con la clave “{key}”.} measure {No hay ninguna medida con la clave “{key}”.} segment {No hay ningún segmento con la clave “{key}”.} import {No existe la importación #{key}.} user {No hay ningún usuario con el id {key}.} token {No hay ningún token de API con el id {key}.} route {No existe la ruta de la API {key}.} webhook_source {No hay ninguna fuente de webhook “{key}”.} webhook_endpoint {Ninguna fuente de webhook activa tiene esta dirección. Compruébala en la página de Integraciones.} secret {Esta fuente no tiene ningún secreto activo {key}.} profile {No hay ningún perfil guardado “{key}”.} table {No hay ninguna tabla “{key}” que exportar. Tablas: {options}.} alert_delivery {No existe el envío de alerta {key}.} alert_webhook {El rol “{key}” no tiene webhook de alertas; no hay nada que quitar.} note {No hay ninguna nota con el id {key}; puede que se haya eliminado.} annotation {No hay ninguna anotación con el id {key}; puede que se haya eliminado.} other {No se encontró “{key}”.}}',
  'errors.sign_in_required': 'Inicia sesión para continuar.',
  'errors.invalid_credentials': 'Ese correo y esa contraseña no corresponden a ninguna cuenta activa.',
  'errors.too_many_attempts':
    '{scope, select, account {Demasiados intentos fallidos de inicio de sesión en esta cuenta; vuelve a intentarlo dentro de {minutes, plural, one {# minuto} other {# minutos}}.} other {Demasiados intentos fallidos de inicio de sesión desde tu dirección de red; vuelve a intentarlo dentro de {minutes, plural, one {# minuto} other {# minutos}}.}}',
  'errors.wrong_password': 'La contraseña actual no es correcta.',
  'errors.invalid_token': 'Este token de API no existe o fue revocado; crea uno nuevo en la página Usuarios y tokens.',
  'errors.missing_scope': 'A este token le falta el permiso “{scope}” necesario para {route}.',
  'errors.cross_site':
    '{header, select, origin {Solo se aceptan cambios desde las propias páginas de Rolecard; esta petición llegó desde {value}.} other {Solo se aceptan cambios desde las propias páginas de Rolecard (Sec-Fetch-Site era {value}).}}',
  'errors.forbidden':
    '{reason, select, no_rule {{route} no tiene ninguna regla de permisos, así que nadie puede llamarla.} token_route {Los tokens de API no pueden llamar a {route}; inicia sesión.} role {Una cuenta de {role, select, admin {administrador} owner {responsable} analyst {analista} other {lector}} no puede llamar a {route}; pídeselo a un administrador.} not_owner {{ownsCount, plural, =0 {No eres responsable de ningún rol} other {Eres responsable de {owns}}}; {touchedCount, plural, =0 {este cambio corresponde a otro rol.} other {este cambio corresponde a {touched}.}}} grant_scopes {Una cuenta de {role, select, admin {administrador} owner {responsable} analyst {analista} other {lector}} no puede conceder {scopes}; puede conceder {allowed}.} token_revoke {Solo un administrador o el dueño del token puede revocarlo.} analyst_annotation {Los analistas solo pueden cambiar las anotaciones que añadieron; esta es de {author}.} note_author {{action, select, edit {Solo su autor ({author}) puede editar esta nota; añade una respuesta.} other {Solo su autor ({author}) o un administrador puede eliminar esta nota; añade una respuesta.}}} other {No puedes hacer esto; pídeselo a un administrador.}}',
  'errors.last_admin': 'Es el último administrador activo; nombra antes administrador a otra persona.',
  'errors.internal': 'Algo ha fallado en el servidor. Indica el id de la petición al informar del error.',
  // --- almacenamiento
  'errors.storage_full':
    'La base de datos está llena (espacio en disco o su límite de tamaño): no se escribió nada. La lectura sigue funcionando; libera espacio y vuelve a intentarlo.',
  'errors.read_only':
    'La base de datos es de solo lectura en este momento: no se escribió nada. La lectura sigue funcionando; vuelve a intentarlo cuando admita escrituras.',
  'errors.not_durable':
    'La escritura llegó a la base de datos, pero el disco no la confirmó, así que no se dio por recibida. Vuelve a intentarlo: si se guardó, el reintento se reconoce y se cuenta una sola vez.',
  'errors.busy':
    'La base de datos está ocupada con otra escritura (una copia de seguridad o una importación larga): no se escribió nada. Vuelve a intentarlo dentro de {retryAfterSeconds, plural, one {# segundo} other {# segundos}}.',
  // --- catálogo, objetivos, cuadros de mando
  'errors.already_exists':
    '{what, select, user {Ya existe un usuario con el correo {key}.} role {Ya existe un rol con la clave “{key}”; elige otra clave.} measure {Ya existe una medida con la clave “{key}”; elige otra clave.} kpi {Ya existe un KPI con la clave “{key}”; elige otra clave.} other {Ya existe un segmento con la clave “{key}”; elige otra clave.}}',
  'errors.unknown_reference':
    '{what, select, role {{field}: no existe el rol “{key}”.} kpi {{field}: no existe el KPI “{key}”.} measure {{field}: no existe la medida “{key}”.} role_kpi {{field}: {role} no tiene ningún KPI “{key}”.} other {{field}: no existe el segmento “{key}”.}}',
  'errors.in_use':
    '{what, select, role {{count, plural, one {El rol “{key}” todavía tiene el KPI {kpis}. Pásalo antes a otro rol.} other {El rol “{key}” todavía tiene # KPI: {kpis}. Pásalos antes a otro rol.}}} measure {{count, plural, one {El KPI {kpis} usa la medida “{key}”; cámbialo o elimínalo antes.} other {Los KPI {kpis} usan la medida “{key}”; cámbialos o elimínalos antes.}}} other {El segmento “{key}” guarda los valores de todo el negocio y no se puede eliminar.}}',
  'errors.has_data':
    '{what, select, measure {La medida “{key}” tiene {count, plural, one {# valor guardado} other {# valores guardados}}; no se puede eliminar.} kpi {El KPI “{key}” tiene {count, plural, one {# objetivo registrado} other {# objetivos registrados}}; no se puede eliminar.} other {El segmento “{key}” tiene {count, plural, one {# valor guardado} other {# valores guardados}}; no se puede eliminar.}}',
  'errors.invalid_week': '“{value}” no es una semana; usa una semana ISO como 2026-W07.',
  'errors.out_of_range':
    '{bound, select, min {{value, number} es menor que {limit, number}, el valor más bajo posible de {kpiName}.} other {{value, number} es mayor que {limit, number}, el valor más alto posible de {kpiName}{unit, select, percent { (los porcentajes son fracciones: 4,5 % es 0,045)} other {}}.}}',
  'errors.invalid_range': 'El inicio ({from}) es posterior al final ({to}); inviértelos.',
  'errors.range_too_long':
    'El intervalo abarca más de {maxDays, plural, one {# día} other {# días}}; elige uno más corto.',
  // --- ingesta
  'errors.week_not_over':
    'La semana {week} termina el {end}; se puede marcar como revisada a partir del día siguiente.',
  'errors.future_week': 'La semana {week} aún no ha empezado; las notas son para semanas hasta la actual.',
  'errors.already_reviewed':
    'La semana {week} ya se marcó como revisada el {reviewedAt} por {reviewedBy}; reábrela antes para revisarla de nuevo.',
  'errors.not_reviewed': 'La semana {week} no está marcada como revisada, así que no hay nada que reabrir.',
  'errors.week_reviewed':
    'La semana {week} se marcó como revisada el {reviewedAt} por {reviewedBy}; sus notas son el registro de esa revisión. Añade una nota nueva o pide a un administrador que reabra la semana.',
  'errors.notes_missing':
    '{count, plural, one {La semana {week} no se puede marcar como revisada: # KPI en rojo no tiene nota ({kpis}).} other {La semana {week} no se puede marcar como revisada: # KPI en rojo no tienen nota ({kpis}).}} Añade una nota a cada uno o desactiva “exigir una nota en cada KPI en rojo”.',
  'errors.already_delivered': 'El envío {deliveryId} ya se entregó el {deliveredAt}; no hay nada que reintentar.',
  'errors.in_flight': 'El envío {deliveryId} se está enviando ahora mismo; vuelve a mirar en unos segundos.',
  'errors.invalid_items':
    '{count, plural, =0 {El lote no es válido; no se escribió nada.} one {# problema en el lote; no se escribió nada.} other {# problemas en el lote; no se escribió nada.}}',
  // --- importaciones CSV
  'errors.empty_upload': 'La petición no tiene cuerpo: envía el archivo CSV como cuerpo de la petición.',
  'errors.empty_file': '“{fileName}” está vacío: vuelve a exportar los datos.',
  'errors.unknown_upload': 'Esta subida caducó o ya se importó. Vuelve a subir el archivo.',
  'errors.already_committed': 'Esta subida se importó mientras tanto; consulta el historial de importaciones.',
  'errors.duplicate_import':
    'Este archivo es idéntico a la importación #{importId} (“{fileName}”, {createdAt}); no se escribió nada. Deshaz antes esa importación, o vuelve a importar el archivo de todos modos.',
  'errors.invalid_rows':
    '{count, plural, one {# problema} other {# problemas}} en “{fileName}”; no se escribió nada. Corrige el archivo o elige omitir las filas incorrectas.',
  'errors.import_too_large':
    '{kind, select, import {“{fileName}” necesita más memoria de la que puede usar una importación ({limitMb, number} MB). No se escribió nada. Divide el archivo por intervalos de fechas, o pide a un administrador que suba ROLECARD_IMPORT_MEMORY_MB.} other {Deshacer la importación #{importId} necesita más memoria de la que puede usar ({limitMb, number} MB). No se escribió nada. Pide a un administrador que suba ROLECARD_IMPORT_MEMORY_MB.}}',
  'errors.unknown_profile': 'No hay ningún perfil de importación “{name}”. Perfiles: {options}.',
  'errors.profile_mismatch': 'El perfil “{name}” necesita columnas que el archivo no tiene: {missing}.',
  'errors.built_in_profile': '“{name}” es un perfil predefinido: elige otro nombre.',
  'errors.already_undone': 'La importación #{importId} (“{fileName}”) ya se deshizo el {undoneAt}.',
  'errors.undo_conflict':
    'No se puede deshacer la importación #{importId}: {count, plural, one {# valor que escribió cambió} other {# valores que escribió cambiaron}} después (el primero: {measure} el {day} en {segment}, {source, select, csv {ahora de la importación #{sourceId}} webhook {ahora del webhook {sourceId}} api {ahora de la API} demo {ahora de los datos de demostración} other {eliminado desde entonces}}). Deshaz antes las importaciones posteriores, empezando por la más reciente.',
  'errors.unsupported_encoding':
    '{problem, select, utf16_without_bom {El archivo parece texto UTF-16 sin marca de orden de bytes. Guárdalo como “CSV UTF-8” y vuelve a subirlo.} other {El archivo no es {encoding} válido cerca del byte {offset, number}. Guárdalo como “CSV UTF-8” y vuelve a subirlo.}}',
  'errors.no_header': 'El archivo no tiene fila de encabezado: está vacío o solo contiene comentarios.',
  'errors.no_columns':
    'No se encontraron columnas en el encabezado “{firstLine}”: separa las columnas con comas, puntos y coma o tabuladores.',
  'errors.blank_header':
    'La columna {column, number} del encabezado no tiene nombre: ponle un encabezado a cada columna.',
  'errors.duplicate_header':
    'El encabezado nombra “{name}” dos veces (columnas {first, number} y {second, number}): cambia el nombre de una de ellas.',
  'errors.malformed_csv':
    'El archivo no se puede leer como CSV{where, select, row { en la fila {row, number}} other {}}: {problem, select, quote_not_closed {un campo entre comillas no se cierra nunca (falta una ")} invalid_closing_quote {a un campo entre comillas le sigue otro texto, o una comilla de dentro no está duplicada} text_after_quote {hay texto después de unas comillas de cierre} field_too_long {un campo es demasiado largo} other {el texto no es CSV válido}}. Corrige ahí las comillas y vuelve a subir el archivo.',
  // --- webhooks
  'errors.unauthorized':
    '{reason, select, missing_headers {Faltan las cabeceras de firma: {headers}.} bad_signature {La firma {header} no coincide.} other {La marca de tiempo firmada “{timestamp}” se aleja más de {toleranceMinutes, plural, one {# minuto} other {# minutos}} de nuestro reloj; se rechaza como repetición.}}',
  'errors.missing_header': 'Una entrega de Shopify necesita las cabeceras {headers}.',
  'errors.rate_limited':
    'Esta fuente está limitada a {limitPerMinute, plural, one {# entrega} other {# entregas}} por minuto; vuelve a intentarlo dentro de {retryAfterSeconds, plural, one {# segundo} other {# segundos}}.',
  'errors.invalid_payload': 'El contenido no es válido ({count, plural, one {# problema} other {# problemas}}).',
  'errors.unsupported_currency':
    '{field} está en {currency}, pero esta fuente solo acepta {expected}. Si la tienda vende en {currency}, cambia la moneda de la fuente a {currency}; los valores nunca se convierten.',
  'errors.unknown_topic':
    '{sender, select, shopify {El tema “{topic}” no se procesa. Suscribe esta fuente solo a {supported}.} other {El tipo de evento “{topic}” no se procesa. Envía {supported}.}}',
  'errors.last_secret': 'Es el único secreto activo de la fuente: genera antes uno nuevo y después revoca el anterior.',

  // --- un problema entre varios: un campo de la petición
  'errors.issue.required': 'Este campo es obligatorio.',
  'errors.issue.invalid_type':
    '{expected, select, string {Se esperaba texto} number {Se esperaba un número} int {Se esperaba un número entero} boolean {Se esperaba verdadero o falso} array {Se esperaba una lista} object {Se esperaba un objeto} other {Se esperaba {expected}}}, pero llegó {received, select, string {texto} number {un número} boolean {verdadero o falso} array {una lista} object {un objeto} null {un valor vacío (null)} other {{received}}}.',
  'errors.issue.too_small':
    '{of, select, string {{min, plural, =1 {No puede estar vacío.} one {Usa al menos # carácter.} other {Usa al menos # caracteres.}}} array {{min, plural, =1 {Elige al menos uno.} one {Elige al menos # elemento.} other {Elige al menos # elementos.}}} number {{inclusive, select, yes {Debe ser como mínimo {min, number}.} other {Debe ser mayor que {min, number}.}}} other {Es demasiado pequeño.}}',
  'errors.issue.too_big':
    '{of, select, string {{max, plural, one {Usa como máximo # carácter.} other {Usa como máximo # caracteres.}}} array {{max, plural, one {Envía como máximo # elemento.} other {Envía como máximo # elementos.}}} number {{inclusive, select, yes {Debe ser como máximo {max, number}.} other {Debe ser menor que {max, number}.}}} other {Es demasiado grande.}}',
  'errors.issue.invalid_format':
    '{format, select, date {Usa una fecha como 2026-03-14 (AAAA-MM-DD).} week {Usa una semana ISO como 2026-W07, o una fecha dentro de la semana.} key {Usa letras minúsculas, cifras y guiones bajos, empezando por una letra.} currency {Usa un código ISO 4217 de tres letras, como EUR.} decimal {Se esperaba un importe decimal como “19.99”.} table {Usa un nombre de tabla como measure_values o targets.} timestamp_offset {Se esperaba una marca de tiempo ISO 8601 con desfase horario, como 2026-03-17T23:30:00-05:00.} email {Escribe un correo electrónico válido.} url {Escribe una dirección web válida.} datetime {Se esperaba una fecha y hora ISO 8601.} date_or_instant {Usa una fecha como 2026-11-16, o un instante como 2026-11-16T08:00:00Z.} calendar_day {Usa un día real del calendario, como 2026-03-14.} week_label {Usa una semana ISO como 2026-W47.} other {El formato no es válido.}}',
  'errors.issue.invalid_value': 'Debe ser {values}.',
  'errors.issue.unrecognized_keys': 'Quita los campos desconocidos: {keys}.',
  'errors.issue.not_multiple_of': 'Debe ser un múltiplo de {divisor, number}.',
  'errors.issue.invalid': 'Este valor no es válido.',
  'errors.issue.at_least_one_field': 'Cambia al menos uno de estos campos: {fields}.',
  'errors.issue.time_zone': 'Debe ser una zona horaria IANA, como Europe/Madrid.',
  'errors.issue.table_needs_csv': 'La exportación JSON siempre incluye todas las tablas: quita la tabla o elige CSV.',
  // --- un elemento de un lote
  'errors.issue.end_before_start': 'El último día no puede ser anterior al primero.',
  'errors.issue.no_such_week': 'Ese año no tiene esa semana (las semanas van de la W01 a la W52, o la W53).',
  'errors.issue.not_a_calendar_day': '“{value}” no es un día real del calendario.',
  'errors.issue.not_finite': '{value} no es un número finito.',
  'errors.issue.unknown_measure': 'No existe la medida “{key}”.',
  'errors.issue.unknown_kpi': 'No existe el KPI “{key}”.',
  'errors.issue.unknown_segment': 'No existe el segmento “{key}”: créalo antes o elige otro.',
  'errors.issue.negative_value': '{value, number} es negativo, pero {measure} no puede ser menor que cero.',
  'errors.issue.would_go_negative':
    '{measure} del {day} pasaría a ser {value, number}, pero no puede ser menor que cero.',
  'errors.issue.kpi_not_incrementable':
    '{formula, select, sum {El valor de un KPI no se puede incrementar; envía {measure} en su lugar.} other {El valor de un KPI no se puede incrementar; envía sus medidas en su lugar.}}',
  'errors.issue.out_of_range':
    '{bound, select, min {{value, number} es menor que {limit, number}, el valor más bajo posible de {kpi}.} other {{value, number} es mayor que {limit, number}, el valor más alto posible de {kpi}{unit, select, percent { (envía las tasas como fracciones: 45,3 % es 0,453)} other {}}.}}',
  'errors.issue.rate_needs_weight':
    '{kpi} es un cociente ({numerator} / {denominator}) y necesita una ponderación: añade un “weight” con el valor de {denominator} del día, o un valor de “{denominator}” para el mismo día, para que la tasa se pondere en lugar de promediarse.',
  'errors.issue.negative_weight':
    '{value, number} es negativo, pero una ponderación ({denominator}) no puede ser menor que cero.',
  'errors.issue.conflicting_values':
    'Fija {measure} del {day} en {value, number}, pero el elemento {otherItem, number} ya lo fija en {otherValue, number}; envía un solo valor por medida, día y segmento.',
  // --- una línea CSV o la asignación de columnas
  'errors.issue.date_empty': 'La fecha está vacía.',
  'errors.issue.timestamp_empty': 'La marca de tiempo está vacía.',
  'errors.issue.not_a_date':
    '“{value}” no es una fecha en el formato del archivo ({format, select, ymd {AAAA-MM-DD} ymd_compact {AAAAMMDD} dmy {DD/MM/AAAA} mdy {MM/DD/AAAA} week {una semana ISO como 2026-W07} month {un mes como 2026-02} other {fecha y hora con desfase horario}}).',
  'errors.issue.period_not_day':
    '{period, select, week {“{value}” es una semana, no un día: elige repartir las semanas por igual entre sus días en el paso de asignación, o importa filas diarias.} other {“{value}” es un mes, no un día: elige repartir los meses por igual entre sus días en el paso de asignación, o importa filas diarias.}}',
  'errors.issue.not_a_number': '“{value}” no es un número.',
  'errors.issue.wrong_number_style':
    '{locale, select, dot {“{value}” está escrito como 1.234,5, pero este archivo escribe los números como 1,234.5.} other {“{value}” está escrito como 1,234.5, pero este archivo escribe los números como 1.234,5.}}',
  'errors.issue.not_a_duration': '“{value}” no es una duración (usa hh:mm:ss, o segundos).',
  'errors.issue.percent_not_rate': '“{value}” es un porcentaje, pero esta columna no es una tasa.',
  'errors.issue.value_empty': 'El valor está vacío.',
  'errors.issue.measure_empty': 'La medida está vacía.',
  'errors.issue.unknown_target': '“{value}” no es una medida ni un KPI conocidos.',
  'errors.issue.rate_needs_weight_column':
    'Es una tasa ({numerator} / {denominator}) y necesita una ponderación: añade una columna “{denominatorName}” con el valor de {denominator} de cada día (o una columna de ponderación), para que la tasa se pondere en lugar de promediarse.',
  'errors.issue.conflicting_rows':
    'Fija {measure} del {day} en {value, number}, pero una fila anterior de este archivo lo fijó en {otherValue, number}; deja una sola fila por día.',
  'errors.issue.too_many_cells':
    'Esta fila tiene {cells, number} celdas, pero el encabezado tiene {columns, plural, one {# columna} other {# columnas}}: un valor que contenga el separador {delimiter, select, tab {(un tabulador)} other {“{delimiter}”}} debe ir entre comillas.',
  'errors.issue.no_data_rows': 'El archivo tiene encabezado, pero ninguna fila de datos.',
  'errors.issue.column_not_in_header': 'Esta columna está en la asignación, pero no en el encabezado del archivo.',
  'errors.issue.duplicate_role_column':
    'Solo una columna puede ser la columna {role, select, date {de fecha} segment {de segmento} key {del nombre de la medida} weight {de ponderación} value {de valor} other {ignorada}}.',
  'errors.issue.no_date_column': 'Ninguna columna está asignada como fecha: elige la columna de fecha.',
  'errors.issue.ambiguous_date_format':
    'Las fechas encajan con más de un formato ({formats}): elige el formato de fecha en el paso de asignación.',
  'errors.issue.unknown_date_format':
    'Las fechas no tienen ningún formato conocido (usa AAAA-MM-DD, AAAAMMDD, DD/MM/AAAA, MM/DD/AAAA, 2026-W07 o 2026-02).',
  'errors.issue.column_without_target':
    'Esta columna de valores no alimenta ninguna medida ni KPI: elige uno, o ignora la columna.',
  'errors.issue.unknown_mapping_target':
    '{kind, select, kpi {Esta columna está asignada a un KPI desconocido, “{key}”.} other {Esta columna está asignada a una medida desconocida, “{key}”.}}',
  'errors.issue.long_needs_value': 'Un archivo largo necesita una columna de valores junto a su columna de medidas.',
  'errors.issue.no_value_columns': 'Ninguna columna está asignada a una medida o un KPI: asigna al menos una.',
  'errors.issue.profile_unknown_measure': 'El perfil “{profile}” alimenta una medida desconocida, “{measure}”.',
  'errors.issue.profile_missing_column': 'El perfil “{profile}” necesita esta columna, pero el archivo no la tiene.',

  // --- después de cualquiera, cuando los parámetros traen coincidencias cercanas
  'errors.hint.suggestions': '¿Querías decir {suggestions}?',
} satisfies Record<keyof typeof en, string>;
