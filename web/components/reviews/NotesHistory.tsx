import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { ReviewNote } from '../../../shared/reviews';
import { noteHistoryOptions } from '../../api/reviews';
import { Empty, ErrorNotice, Skeleton } from '../QueryState';
import { NoteMeta } from './NoteItem';
import './reviews.css';

interface Props {
  role: { key: string; name: string };
  kpiName: (key: string) => string;
  timeZone: string;
}

/** A role's review notes across weeks, newest week first, each week linking to its review. */
export function NotesHistory({ role, kpiName, timeZone }: Props) {
  const history = useQuery(noteHistoryOptions(role.key));
  const weeks = new Map<string, ReviewNote[]>();
  for (const n of history.data?.notes ?? []) weeks.set(n.week, [...(weeks.get(n.week) ?? []), n]);
  return (
    <section className="card notes-history" aria-labelledby="notes-history">
      <h2 id="notes-history">Review notes</h2>
      {history.isError ? (
        <ErrorNotice what="the review notes" error={history.error} onRetry={() => history.refetch()} />
      ) : !history.data ? (
        <Skeleton height={80} label="Loading notes…" />
      ) : weeks.size === 0 ? (
        <Empty>No review notes for {role.name} yet; they are written on the weekly review.</Empty>
      ) : (
        [...weeks].map(([week, notes]) => (
          <div key={week} className="notes-week">
            <h3>
              <Link href={`/?week=${week}`}>Week {week}</Link>
            </h3>
            <ol className="note-list">
              {notes.map((n) => (
                <li key={n.id} className={`note note-${n.kind}`}>
                  <NoteMeta note={n} kpiName={n.kpi ? kpiName(n.kpi) : undefined} timeZone={timeZone} />
                  <p className="note-body">{n.body}</p>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
