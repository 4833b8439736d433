import type { NoteDetail } from '../../shared/importNotes.js';
import type { ImportReport } from '../../shared/imports.js';

/**
 * Notes travel twice: the English sentence the CLI and English readers see as it always was,
 * and its code and parameters (shared/importNotes.ts) for the UI's other languages.
 */

/** A proposed column's `note` with its `noteDetail`. */
export const noted = (detail: NoteDetail, note: string) => ({ note, noteDetail: detail });

/** Adds a note to the report: `notes` gets the sentence, `noteDetails` the same note coded. */
export function addNote(report: Pick<ImportReport, 'notes' | 'noteDetails'>, detail: NoteDetail, text: string): void {
  report.notes.push(text);
  report.noteDetails.push({ ...detail, text });
}
