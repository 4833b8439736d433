import type { RowError } from '../../../shared/imports';

/** The first errors (up to 200) and the total, each saying row, column and what to fix. */
export function ErrorTable({ errors, total }: { errors: RowError[]; total: number }) {
  if (!total) return null;
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">
        {total.toLocaleString()} problem{total === 1 ? '' : 's'}
        {total > errors.length ? ` (first ${errors.length} shown)` : ''}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // Errors have no id; their order is stable for one report.
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <tr key={i}>
              <td>{e.row?.toLocaleString() ?? '—'}</td>
              <td>{e.column ?? '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
