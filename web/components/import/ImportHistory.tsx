import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importHistoryOptions, undoImport } from '../../api/imports';

/** Past imports with their counts; undo restores the values an import replaced. */
export function ImportHistory() {
  const qc = useQueryClient();
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
      <h2 id="import-history-title">Import history</h2>
      {history.isPending && <p role="status">Loading…</p>}
      {history.isError && <p role="alert">Could not load the history: {history.error.message}</p>}
      {undo.isError && <p role="alert">{undo.error.message}</p>}
      {history.data && history.data.imports.length === 0 && <p>No imports yet.</p>}
      {history.data && history.data.imports.length > 0 && (
        <table className="import-history">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">File</th>
              <th scope="col">When</th>
              <th scope="col">Rows</th>
              <th scope="col">Inserted / updated / unchanged</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                <td>{new Date(i.createdAt).toLocaleString()}</td>
                <td>
                  {i.rows.toLocaleString()}
                  {i.skippedRows > 0 && <small> ({i.skippedRows} skipped)</small>}
                </td>
                <td>
                  {i.inserted.toLocaleString()} / {i.updated.toLocaleString()} / {i.unchanged.toLocaleString()}
                </td>
                <td>{i.status}</td>
                <td>
                  {i.status === 'committed' && (
                    <button
                      type="button"
                      disabled={undo.isPending}
                      onClick={() => {
                        if (
                          window.confirm(
                            `Undo import #${i.id} (${i.fileName})? Its values are restored to what they were before.`,
                          )
                        )
                          undo.mutate(i.id);
                      }}
                    >
                      Undo
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
