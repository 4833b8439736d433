import { type ReactNode, useState } from 'react';
import type { ReviewNote } from '../../../shared/reviews';
import { useDeleteNote, useEditNote } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { formatInstant, writtenAfterReview } from '../../lib/reviews';

interface Props {
  note: ReviewNote;
  /** The KPI's name when the note is about one. */
  kpiName?: string;
  /** When the week was marked reviewed (notes are locked then), or null. */
  reviewedAt: string | null;
  timeZone: string;
}

/**
 * One note or reply: author, time, what it is about, the text. Its author may edit it, and
 * its author or an admin delete it, until the week is marked reviewed (the server says so too).
 */
export function NoteItem({ note, kpiName, reviewedAt, timeZone }: Props) {
  const user = useUser();
  const edit = useEditNote();
  const remove = useDeleteNote();
  const [draft, setDraft] = useState<string | null>(null);
  const open = reviewedAt === null;
  const mine = note.author.id === user.id;
  const error = edit.error ?? remove.error;
  return (
    <li className={`note note-${note.kind}`} data-note={note.id}>
      <NoteMeta note={note} kpiName={kpiName} timeZone={timeZone}>
        {note.updatedAt && <span className="note-flag">edited</span>}
        {writtenAfterReview(note, reviewedAt) && <span className="note-flag">after review</span>}
      </NoteMeta>
      {draft === null ? (
        <p className="note-body">{note.body}</p>
      ) : (
        <form
          className="note-edit"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate({ id: note.id, body: draft }, { onSuccess: () => setDraft(null) });
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${note.id}`}>
            Edit note
          </label>
          <textarea id={`edit-${note.id}`} value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="btn btn-primary" disabled={edit.isPending}>
            Save
          </button>
          <button type="button" className="btn" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
      {open && draft === null && (mine || user.role === 'admin') && (
        <p className="note-actions">
          {mine && (
            <button type="button" className="btn btn-link" onClick={() => setDraft(note.body)}>
              Edit
            </button>
          )}
          <button
            type="button"
            className="btn btn-link"
            disabled={remove.isPending}
            onClick={() => window.confirm('Delete this note?') && remove.mutate(note.id)}
          >
            Delete
          </button>
        </p>
      )}
      {error && (
        <p className="form-msg form-msg-error" role="alert">
          {error.message}
        </p>
      )}
    </li>
  );
}

/** Who wrote a note, when, whether it is a note or a reply, and the KPI it is about. */
export function NoteMeta({
  note,
  kpiName,
  timeZone,
  children,
}: {
  note: ReviewNote;
  kpiName?: string;
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <p className="note-meta">
      <span className="note-kind">{note.kind === 'note' ? 'Note' : 'Reply'}</span> <strong>{note.author.name}</strong> ·{' '}
      <time dateTime={note.createdAt}>{formatInstant(note.createdAt, timeZone)}</time>
      {kpiName && <span className="pill">{kpiName}</span>}
      {children}
    </p>
  );
}
