import type { ImportReport } from '../../../shared/imports';
import { useT } from '../../i18n/useT';

/** The first rows exactly as parsed, under the file's own header. */
export function PreviewTable({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <div className="import-preview">
      <table>
        <caption>{t('import.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
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
