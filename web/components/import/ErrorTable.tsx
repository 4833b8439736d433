import type { RowError } from '../../../shared/imports';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatCount } from '../../lib/format';

/** The first errors (up to 200) and the total, each saying row, column and what to fix. */
export function ErrorTable({ errors, total }: { errors: RowError[]; total: number }) {
  const t = useT();
  const words = useErrorWords();
  if (!total) return null;
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">
        {total > errors.length
          ? t('import.errors.titlePartial', { total, shown: errors.length })
          : t('import.errors.title', { total })}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.errors.column')}</th>
            <th scope="col">{t('import.errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            // Errors have no id; their order is stable for one report.
            // biome-ignore lint/suspicious/noArrayIndexKey: static list
            <tr key={i}>
              <td>{e.row === null ? '—' : formatCount(e.row)}</td>
              <td>{e.column ?? '—'}</td>
              <td>{words.issue(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
