import { can } from '../../../shared/access';
import type { ReviewNote } from '../../../shared/reviews';
import type { ScorecardRole } from '../../../shared/schemas';
import { useUser } from '../../auth/SessionContext';
import { excerpt } from '../../lib/reviews';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';

interface Props {
  role: ScorecardRole;
  week: string;
  /** The week's notes on this role; undefined while loading (a line of the final height is kept). */
  notes: readonly ReviewNote[] | undefined;
  reviewedAt: string | null;
  timeZone: string;
}

/**
 * A role's review notes on its card: the count and the latest note at a glance, the whole
 * thread (and the form, for people who may write) when opened.
 */
export function RoleNotes({ role, week, notes, reviewedAt, timeZone }: Props) {
  const user = useUser();
  const mayWrite = can.writeNote(user, role.role.key);
  if (notes === undefined)
    return (
      <div className="role-notes" aria-hidden="true">
        <p className="role-notes-line">{'\u00a0'}</p>
      </div>
    );
  if (notes.length === 0 && !mayWrite)
    return (
      <div className="role-notes">
        <p className="role-notes-line subtle">No review notes this week.</p>
      </div>
    );
  const latest = notes[notes.length - 1];
  const kpis = role.kpis.map((k) => k.kpi);
  const nameOf = (key: string | null) => kpis.find((k) => k.key === key)?.name;
  return (
    <details className="role-notes">
      <summary className="role-notes-line">
        {latest ? (
          <>
            <span className="role-notes-count">
              <span aria-hidden="true">✎</span> {notes.length === 1 ? '1 note' : `${notes.length} notes`}
            </span>
            <span className="role-notes-latest">
              {latest.author.name}: “{excerpt(latest.body)}”
            </span>
          </>
        ) : (
          <span className="role-notes-add">
            <span aria-hidden="true">✎</span> Add a note for this week
          </span>
        )}
      </summary>
      {notes.length > 0 && (
        <ol className="note-list">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} kpiName={nameOf(n.kpi)} reviewedAt={reviewedAt} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {mayWrite && <NoteForm week={week} role={role.role} kpis={kpis} />}
    </details>
  );
}
