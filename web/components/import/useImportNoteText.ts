import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type FormatById, joinMessages } from '../../i18n/errorText';
import { importNoteMessages } from '../../i18n/serverErrors';

/** A note as the report carries it: the English sentence, and its code and parameters when sent. */
export interface NoteLike {
  text: string;
  code?: unknown;
  params?: unknown;
}

/**
 * Words an import note (a skipped row, why a column was mapped so) in the reader's language.
 * English readers get the server's own sentence, as for errors (web/i18n/errorText.ts); a code
 * this build does not know, or a note sent without one, falls back to that sentence too.
 */
export function importNoteText(format: FormatById, locale: string): (note: NoteLike) => string {
  if (locale.startsWith('en')) return (n) => n.text;
  return (n) =>
    (typeof n.code === 'string' && joinMessages(format, importNoteMessages(n.code, n.params, locale))) || n.text;
}

/** `const noteText = useImportNoteText(); noteText(report.noteDetails[0])`. */
export function useImportNoteText(): (note: NoteLike) => string {
  const intl = useIntl();
  return useMemo(() => importNoteText((id, values) => intl.formatMessage({ id }, values), intl.locale), [intl]);
}
