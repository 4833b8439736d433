import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importHistoryOptions, undoImport } from '../../api/imports';
import { useErrorWords } from '../../i18n/useErrorWords';
import { useT } from '../../i18n/useT';
import { formatCount, formatDateTime } from '../../lib/format';

/** Past imports with their counts; undo restores the values an import replaced. */
export function ImportHistory() {
  const qc = useQueryClient();
  const t = useT();
  const words = useErrorWords();
  const history = useQuery(importHistoryOptions());
  const undo = useMutation({
    mutationFn: undoImport,
    onSuccess: () => {
      // Undo changes values every view may show.
      void qc.invalidateQueries();
    },
  });
  return (
    <section aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('import.history.title')}</h2>
      {history.isPending && <p role="status">{t('app.loading')}</p>}
      {history.isError && (
        <p role="alert">{t('import.history.couldNotLoad', { reason: words.error(history.error) })}</p>
      )}
      {undo.isError && <p role="alert">{words.error(undo.error)}</p>}
      {history.data && history.data.imports.length === 0 && <p>{t('import.history.empty')}</p>}
      {history.data && history.data.imports.length > 0 && (
        <table className="import-history">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('import.history.file')}</th>
              <th scope="col">{t('import.history.when')}</th>
              <th scope="col">{t('import.history.rows')}</th>
              <th scope="col">{t('import.history.counts')}</th>
              <th scope="col">{t('import.history.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('import.history.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.data.imports.map((i) => (
              <tr key={i.id}>
                <td>{i.id}</td>
                <td>
                  {i.fileName}
                  {i.profile && <small> ({i.profile})</small>}
                </td>
                <td>{formatDateTime(i.createdAt)}</td>
                <td>
                  {formatCount(i.rows)}
                  {i.skippedRows > 0 && <small> {t('import.history.skipped', { count: i.skippedRows })}</small>}
                </td>
                <td>
                  {formatCount(i.inserted)} / {formatCount(i.updated)} / {formatCount(i.unchanged)}
                </td>
                <td>{t(`import.history.state.${i.status}`)}</td>
                <td>
                  {i.status === 'committed' && (
                    <button
                      type="button"
                      disabled={undo.isPending}
                      onClick={() => {
                        if (window.confirm(t('import.history.undoConfirm', { id: i.id, fileName: i.fileName })))
                          undo.mutate(i.id);
                      }}
                    >
                      {t('import.history.undo')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
