import type { ColumnMapping, ImportReport } from '../../../shared/imports';
import type { CatalogResponse } from '../../../shared/schemas';
import type { MessageKey } from '../../i18n/messages/en';
import { useT } from '../../i18n/useT';
import { useImportNoteText } from './useImportNoteText';

type Column = ImportReport['mapping'][number];

const ROLE_LABEL: Record<string, MessageKey> = {
  'role:ignore': 'import.mapping.role.ignore',
  'role:date': 'import.mapping.role.date',
  'role:segment': 'import.mapping.role.segment',
  'role:key': 'import.mapping.role.key',
  'role:value': 'import.mapping.role.value',
  'role:weight': 'import.mapping.role.weight',
};

/** The select value for a column: a role, or the measure/KPI it feeds. */
function choiceOf(c: ColumnMapping): string {
  const t = c.targets[0];
  if (c.role === 'value' && t) return `${t.kind}:${t.key}`;
  return `role:${c.role}`;
}

function fromChoice(column: string, choice: string, prev: ColumnMapping): ColumnMapping {
  const [kind, key] = choice.split(':') as [string, string];
  if (kind === 'role') return { column, role: key as ColumnMapping['role'], targets: [] };
  const same = prev.targets[0]?.key === key && prev.targets[0]?.kind === kind;
  // Keep extra targets (a "Good" column feeding satisfied and responses) when unchanged.
  return same ? prev : { column, role: 'value', targets: [{ kind: kind as 'measure' | 'kpi', key }] };
}

/** How sure the server's guess is; also the badge's class, so the colour never stands alone. */
const confidenceOf = (c: number) => (c >= 1 ? 'exact' : c >= 0.9 ? 'synonym' : c > 0 ? 'check' : 'unmatched');

/** One row per file column: what it is, how sure the guess is, and rate/duration options. */
export function MappingTable({
  mapping,
  catalog,
  onChange,
}: {
  mapping: Column[];
  catalog: CatalogResponse;
  onChange: (m: ColumnMapping[]) => void;
}) {
  const t = useT();
  const noteText = useImportNoteText();
  // The server's proposal carries confidence and notes; the analyst's mapping does not.
  const strip = ({ confidence: _c, note: _n, noteDetail: _d, ...c }: ColumnMapping & Partial<Column>) => c;
  const update = (i: number, next: ColumnMapping) => onChange(mapping.map((c, j) => strip(j === i ? next : c)));
  return (
    <table className="import-mapping">
      <thead>
        <tr>
          <th scope="col">{t('import.mapping.column')}</th>
          <th scope="col">{t('import.mapping.mapsTo')}</th>
          <th scope="col">{t('import.mapping.readAs')}</th>
          <th scope="col">{t('import.mapping.match')}</th>
        </tr>
      </thead>
      <tbody>
        {mapping.map((c, i) => {
          const match = confidenceOf(c.confidence);
          const kpi = c.targets[0]?.kind === 'kpi' ? catalog.kpis.find((k) => k.key === c.targets[0]?.key) : undefined;
          return (
            <tr key={c.column}>
              <th scope="row">{c.column}</th>
              <td>
                <select
                  aria-label={t('import.mapping.mappingFor', { column: c.column })}
                  value={choiceOf(c)}
                  onChange={(e) => update(i, fromChoice(c.column, e.target.value, c))}
                >
                  {Object.entries(ROLE_LABEL).map(([v, l]) => (
                    <option key={v} value={v}>
                      {t(l)}
                    </option>
                  ))}
                  <optgroup label={t('import.mapping.kpis')}>
                    {catalog.kpis.map((k) => (
                      <option key={k.key} value={`kpi:${k.key}`}>
                        {k.name}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('import.mapping.measures')}>
                    {catalog.measures.map((m) => (
                      <option key={m.key} value={`measure:${m.key}`}>
                        {m.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
                {c.targets.length > 1 && (
                  <small>
                    {' '}
                    +{' '}
                    {c.targets
                      .slice(1)
                      .map((t) => t.key)
                      .join(', ')}
                  </small>
                )}
              </td>
              <td>
                {kpi?.unit === 'percent' && (
                  <select
                    aria-label={t('import.mapping.rateFor', { column: c.column })}
                    value={c.rateAs ?? 'fraction'}
                    onChange={(e) => update(i, { ...c, rateAs: e.target.value as 'percent' | 'fraction' })}
                  >
                    <option value="percent">{t('import.mapping.rate.percent')}</option>
                    <option value="fraction">{t('import.mapping.rate.fraction')}</option>
                  </select>
                )}
                {kpi?.unit === 'duration' && (
                  <select
                    aria-label={t('import.mapping.durationFor', { column: c.column })}
                    value={c.durationUnit ?? 'seconds'}
                    onChange={(e) =>
                      update(i, { ...c, durationUnit: e.target.value as 'seconds' | 'minutes' | 'hours' })
                    }
                  >
                    <option value="seconds">{t('import.mapping.duration.seconds')}</option>
                    <option value="minutes">{t('import.mapping.duration.minutes')}</option>
                    <option value="hours">{t('import.mapping.duration.hours')}</option>
                  </select>
                )}
              </td>
              <td>
                <span className={`match match-${match}`}>{t(`import.mapping.confidence.${match}`)}</span>
                {c.note && <small> {noteText({ text: c.note, ...c.noteDetail })}</small>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
