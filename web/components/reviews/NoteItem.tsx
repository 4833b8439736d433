import { type ReactNode, useState } from 'react';
import type { ReviewNote } from '../../../shared/reviews';
import { useDeleteNote, useEditNote } from '../../api/reviews';
import { useUser } from '../../auth/SessionContext';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../lib/format';
import { writtenAfterReview } from '../../lib/reviews';

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
  const t = useT();
  const words = useErrorWords();
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
        {note.updatedAt && <span className="note-flag">{t('reviews.note.edited')}</span>}
        {writtenAfterReview(note, reviewedAt) && <span className="note-flag">{t('reviews.note.afterReview')}</span>}
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
            {t('reviews.note.editLabel')}
          </label>
          <textarea id={`edit-${note.id}`} value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="btn btn-primary" disabled={edit.isPending}>
            {t('reviews.note.save')}
          </button>
          <button type="button" className="btn" onClick={() => setDraft(null)}>
            {t('reviews.note.cancel')}
          </button>
        </form>
      )}
      {open && draft === null && (mine || user.role === 'admin') && (
        <p className="note-actions">
          {mine && (
            <button type="button" className="btn btn-link" onClick={() => setDraft(note.body)}>
              {t('reviews.note.edit')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-link"
            disabled={remove.isPending}
            onClick={() => window.confirm(t('reviews.note.confirmDelete')) && remove.mutate(note.id)}
          >
            {t('reviews.note.delete')}
          </button>
        </p>
      )}
      {error && (
        <p className="form-msg form-msg-error" role="alert">
          {words.error(error)}
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
  const t = useT();
  return (
    <p className="note-meta">
      <span className="note-kind">{t('reviews.note.kind', { kind: note.kind })}</span>{' '}
      <strong>{note.author.name}</strong> ·{' '}
      <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, undefined, timeZone)}</time>
      {kpiName && <span className="pill">{kpiName}</span>}
      {children}
    </p>
  );
}
