import { useQuery } from '@tanstack/react-query';
import { auditOptions } from '../../api/admin';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatDateTime } from '../../lib/format';

const brief = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v).slice(0, 160));

/** The latest 100 changes: who, what, when, before and after. */
export function AuditPanel() {
  const t = useT();
  const words = useErrorWords();
  const audit = useQuery(auditOptions());
  return (
    <section aria-labelledby="audit-heading" className="panel">
      <h2 id="audit-heading">{t('admin.audit.title')}</h2>
      {audit.isError && <p role="alert">{t('admin.audit.loadFailed', { reason: words.error(audit.error) })}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.what')}</th>
              <th scope="col">{t('admin.audit.before')}</th>
              <th scope="col">{t('admin.audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>
                  {e.action} <code>{e.entityKey}</code>
                </td>
                <td>
                  <code>{brief(e.before)}</code>
                </td>
                <td>
                  <code>{brief(e.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
