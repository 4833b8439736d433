import type { DateFormat, ImportOptions, ImportReport } from '../../../shared/imports';
import type { CatalogResponse } from '../../../shared/schemas';

const DATE_LABEL: Record<DateFormat, string> = {
  ymd: 'YYYY-MM-DD',
  ymd_compact: 'YYYYMMDD',
  dmy: 'DD/MM/YYYY (day first)',
  mdy: 'MM/DD/YYYY (month first)',
  week: 'ISO week (2026-W07)',
  month: 'Month (2026-02)',
  timestamp: 'Date and time',
};

/** The choices the server cannot make alone: ambiguous dates, locale, segment, spreading, skipping. */
export function ImportOptionsForm({
  report,
  options,
  catalog,
  onChange,
}: {
  report: ImportReport;
  options: ImportOptions;
  catalog: CatalogResponse;
  onChange: (o: ImportOptions) => void;
}) {
  const d = report.detection;
  const format = options.dateFormat ?? d.dateFormat ?? '';
  const set = (patch: Partial<ImportOptions>) => onChange({ ...options, ...patch });
  const periodic = format === 'week' || format === 'month';
  return (
    <fieldset className="import-options">
      <legend>Detected, and your choices</legend>
      <p>
        {d.encoding.toUpperCase()}, {d.delimiter === '\t' ? 'tab' : `"${d.delimiter}"`}-separated, header on row{' '}
        {d.headerRow}, {d.shape} file{report.profile ? `, profile "${report.profile}"` : ''}.
      </p>
      {d.shape !== 'rows' && (
        <label>
          Dates{' '}
          <select
            value={format}
            required
            aria-invalid={!format}
            onChange={(e) => set({ dateFormat: e.target.value as DateFormat })}
          >
            {!format && <option value="">Choose: the dates fit more than one format</option>}
            {(Object.keys(DATE_LABEL) as DateFormat[])
              .filter((f) => f !== 'timestamp')
              .map((f) => (
                <option key={f} value={f}>
                  {DATE_LABEL[f]}
                  {d.dateFormatCandidates.includes(f) ? ' — fits' : ''}
                </option>
              ))}
          </select>
        </label>
      )}
      <label>
        Numbers{' '}
        <select
          value={options.numberLocale ?? d.numberLocale}
          onChange={(e) => set({ numberLocale: e.target.value as 'dot' | 'comma' })}
        >
          <option value="dot">1,234.5</option>
          <option value="comma">1.234,5</option>
        </select>
      </label>
      <label>
        Segment for every row{' '}
        <select value={options.segment ?? ''} onChange={(e) => set({ segment: e.target.value || undefined })}>
          <option value="">(from the file, or the whole business)</option>
          {catalog.segments.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {periodic && (
        <label>
          <input
            type="checkbox"
            checked={options.spreadPeriods ?? false}
            onChange={(e) => set({ spreadPeriods: e.target.checked })}
          />{' '}
          Spread each {format} evenly over its days
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={options.skipBadRows ?? false}
          onChange={(e) => set({ skipBadRows: e.target.checked })}
        />{' '}
        Skip bad rows and import the rest (they are listed)
      </label>
      {report.duplicateOf && (
        <label>
          <input
            type="checkbox"
            checked={options.allowDuplicate ?? false}
            onChange={(e) => set({ allowDuplicate: e.target.checked })}
          />{' '}
          Import again although this exact file was imported as #{report.duplicateOf.id}
        </label>
      )}
      {d.shape !== 'rows' && (
        <label>
          Save this mapping as{' '}
          <input
            type="text"
            placeholder="e.g. GA4 daily export"
            value={options.saveProfileAs ?? ''}
            onChange={(e) => set({ saveProfileAs: e.target.value || undefined })}
          />
        </label>
      )}
    </fieldset>
  );
}
