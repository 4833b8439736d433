import type { DateFormat, ImportOptions, ImportReport } from '../../../shared/imports';
import type { CatalogResponse } from '../../../shared/schemas';
import type { MessageKey } from '../../i18n/messages/en';
import { useT } from '../../i18n/useT';

const DATE_LABEL: Record<DateFormat, MessageKey> = {
  ymd: 'import.dateFormat.ymd',
  ymd_compact: 'import.dateFormat.ymd_compact',
  dmy: 'import.dateFormat.dmy',
  mdy: 'import.dateFormat.mdy',
  week: 'import.dateFormat.week',
  month: 'import.dateFormat.month',
  timestamp: 'import.dateFormat.timestamp',
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
  const t = useT();
  const d = report.detection;
  const format = options.dateFormat ?? d.dateFormat ?? '';
  const set = (patch: Partial<ImportOptions>) => onChange({ ...options, ...patch });
  const periodic = format === 'week' || format === 'month';
  return (
    <fieldset className="import-options">
      <legend>{t('import.options.legend')}</legend>
      <p>
        {t('import.options.detected', {
          encoding: d.encoding.toUpperCase(),
          delimiter: d.delimiter === '\t' ? 'tab' : d.delimiter,
          headerRow: d.headerRow,
          shape: d.shape,
          hasProfile: report.profile ? 'yes' : 'no',
          profile: report.profile ?? '',
        })}
      </p>
      {d.shape !== 'rows' && (
        <label>
          {t('import.options.dates')}{' '}
          <select
            value={format}
            required
            aria-invalid={!format}
            onChange={(e) => set({ dateFormat: e.target.value as DateFormat })}
          >
            {!format && <option value="">{t('import.options.chooseDate')}</option>}
            {(Object.keys(DATE_LABEL) as DateFormat[])
              .filter((f) => f !== 'timestamp')
              .map((f) => (
                <option key={f} value={f}>
                  {d.dateFormatCandidates.includes(f)
                    ? t('import.options.fits', { format: t(DATE_LABEL[f]) })
                    : t(DATE_LABEL[f])}
                </option>
              ))}
          </select>
        </label>
      )}
      <label>
        {t('import.options.numbers')}{' '}
        <select
          value={options.numberLocale ?? d.numberLocale}
          onChange={(e) => set({ numberLocale: e.target.value as 'dot' | 'comma' })}
        >
          <option value="dot">1,234.5</option>
          <option value="comma">1.234,5</option>
        </select>
      </label>
      <label>
        {t('import.options.segment')}{' '}
        <select value={options.segment ?? ''} onChange={(e) => set({ segment: e.target.value || undefined })}>
          <option value="">{t('import.options.segmentFromFile')}</option>
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
          {t('import.options.spread', { period: format })}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={options.skipBadRows ?? false}
          onChange={(e) => set({ skipBadRows: e.target.checked })}
        />{' '}
        {t('import.options.skipBadRows')}
      </label>
      {report.duplicateOf && (
        <label>
          <input
            type="checkbox"
            checked={options.allowDuplicate ?? false}
            onChange={(e) => set({ allowDuplicate: e.target.checked })}
          />{' '}
          {t('import.options.allowDuplicate', { id: report.duplicateOf.id })}
        </label>
      )}
      {d.shape !== 'rows' && (
        <label>
          {t('import.options.saveAs')}{' '}
          <input
            type="text"
            placeholder={t('import.options.saveAsPlaceholder')}
            value={options.saveProfileAs ?? ''}
            onChange={(e) => set({ saveProfileAs: e.target.value || undefined })}
          />
        </label>
      )}
    </fieldset>
  );
}
