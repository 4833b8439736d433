import { useQuery } from '@tanstack/react-query';
import { auditOptions } from '../../api/admin';

const brief = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v).slice(0, 160));

/** The latest 100 changes: who, what, when, before and after. */
export function AuditPanel() {
  const audit = useQuery(auditOptions());
  return (
    <section aria-labelledby="audit-heading" className="panel">
      <h2 id="audit-heading">Audit log</h2>
      {audit.isError && <p role="alert">Could not load the audit log: {audit.error.message}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
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
