import type { ErrorParams } from '../../shared/errorCodes.js';
import { countOverwritten, getImport, iterateChanges, markUndone, overwrittenCells } from '../db/imports.js';
import { deleteValue, updateValue } from '../db/measureValues.js';
import type { Db } from '../db/open.js';
import { ApiError } from '../http/errors.js';

/**
 * Undoes an import: every cell it changed gets back exactly its previous value and
 * provenance, and every cell it inserted is deleted, in one transaction. Refused (409) when
 * a later write changed one of those cells: restoring would destroy that newer data.
 */
export interface UndoResult {
  id: number;
  restored: number;
  deleted: number;
}

export function undoImport(db: Db, id: number, now: Date): UndoResult {
  return db.transaction(() => {
    const imp = getImport(db, id);
    if (!imp)
      throw new ApiError(404, 'not_found', `No import #${id}. See GET /api/imports for the history.`, {
        params: { what: 'import', key: String(id), suggestions: [] },
      });
    if (imp.status === 'undone')
      throw new ApiError(
        409,
        'already_undone',
        `Import #${id} ("${imp.fileName}") was already undone at ${imp.undoneAt}.`,
        { params: { importId: id, fileName: imp.fileName, undoneAt: imp.undoneAt ?? '' } },
      );
    const total = countOverwritten(db, id);
    // Both queries select the same cells, so there is a first one exactly when total > 0.
    const overwritten = total > 0 ? overwrittenCells(db, id, 20) : [];
    const [first] = overwritten;
    if (first) {
      const cells = overwritten.map((c) => ({
        measure: c.measure,
        segment: c.segment,
        day: c.day,
        now: c.source_kind ? `${c.source_kind} ${c.source_id}` : 'deleted',
      }));
      const now = cells[0]?.now;
      // Stored kinds are the provenance kinds (api, csv, webhook, demo); none: the value was deleted.
      const source = (first.source_kind ?? 'deleted') as ErrorParams<'undo_conflict'>['source'];
      throw new ApiError(
        409,
        'undo_conflict',
        `Import #${id} cannot be undone: ${total} of the values it wrote were changed later (first: ${first.measure} on ${first.day} in ${first.segment}, now from ${now}). Undo the later import(s) first, newest first.`,
        {
          params: {
            importId: id,
            count: total,
            measure: first.measure,
            day: first.day,
            segment: first.segment,
            source,
            sourceId: first.source_id ?? '',
          },
          total,
          cells,
        },
      );
    }
    let restored = 0;
    let deleted = 0;
    for (const c of iterateChanges(db, id)) {
      const k = { measureId: c.measure_id, segmentId: c.segment_id, day: c.day };
      if (c.prev_value === null) {
        deleteValue(db, k);
        deleted++;
      } else {
        updateValue(db, k, c.prev_value, c.prev_kind ?? '', c.prev_id ?? '', c.prev_at ?? '');
        restored++;
      }
    }
    markUndone(db, id, now.toISOString());
    return { id, restored, deleted };
  })();
}
