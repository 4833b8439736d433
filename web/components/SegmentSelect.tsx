import { useQuery } from '@tanstack/react-query';
import { catalogOptions } from '../api/queries';
import { useT } from '../i18n/useT';

/** All segments or one (a store, a channel); the choice lives in the URL. */
export function SegmentSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const catalog = useQuery(catalogOptions());
  const t = useT();
  return (
    <label className="field-inline">
      <span>{t('segment.label')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('segment.all')}</option>
        {catalog.data?.segments.map((s) => (
          <option key={s.key} value={s.key}>
            {s.name}
          </option>
        ))}
        {value && !catalog.data?.segments.some((s) => s.key === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
