import { useQuery } from '@tanstack/react-query';
import { can } from '../../../shared/access';
import { type Annotation, rolesTouched } from '../../../shared/annotations';
import { useDeleteAnnotation } from '../../api/annotations';
import { catalogOptions } from '../../api/queries';
import { useUser } from '../../auth/SessionContext';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { annotationDays, annotationScope } from '../../lib/annotations';
import './annotations.css';

/**
 * The events marked on a chart, numbered as on the chart, with their days, what they are tied
 * to and their note; a delete button for the people allowed to remove one.
 */
export function AnnotationList({ annotations, label }: { annotations: readonly Annotation[]; label: string }) {
  const t = useT();
  const words = useErrorWords();
  const user = useUser();
  const catalog = useQuery(catalogOptions()).data;
  const remove = useDeleteAnnotation();
  if (annotations.length === 0) return null;
  const roleOfKpi = (k: string) => catalog?.kpis.find((x) => x.key === k)?.role;
  const names = {
    role: (k: string) => catalog?.roles.find((r) => r.key === k)?.name ?? k,
    kpi: (k: string) => catalog?.kpis.find((x) => x.key === k)?.name ?? k,
  };
  return (
    <div className="annotations">
      <ol className="annotation-list" aria-label={label}>
        {annotations.map((a, i) => (
          <li key={a.id} data-annotation={a.id}>
            <span className="annotation-n" aria-hidden="true">
              {i + 1}
            </span>
            <span className="annotation-text">
              <strong>{a.title}</strong> <span className="annotation-days">{annotationDays(a)}</span>{' '}
              <span className="pill">{annotationScope(a, names, t)}</span>
              {a.note && <span className="annotation-note">{a.note}</span>}
            </span>
            {can.changeAnnotation(user, a.createdBy.id, rolesTouched(a, roleOfKpi)) && (
              <button
                type="button"
                className="btn btn-link"
                aria-label={t('annotations.list.deleteLabel', { title: a.title })}
                disabled={remove.isPending}
                onClick={() =>
                  window.confirm(t('annotations.list.confirmDelete', { title: a.title })) && remove.mutate(a.id)
                }
              >
                {t('annotations.list.delete')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {remove.error && (
        <p className="form-msg form-msg-error" role="alert">
          {words.error(remove.error)}
        </p>
      )}
    </div>
  );
}
