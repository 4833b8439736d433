import type { ImportReport } from '../../../shared/imports';

/** The first rows exactly as parsed, under the file's own header. */
export function PreviewTable({ report }: { report: ImportReport }) {
  return (
    <div className="import-preview">
      <table>
        <caption>First rows as parsed</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {report.header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.sample.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              {report.header.map((h, i) => (
                <td key={h}>{r.cells[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
