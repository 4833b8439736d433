import type { ColumnMapping, ImportReport } from '../../../shared/imports';
import type { CatalogResponse } from '../../../shared/schemas';

type Column = ImportReport['mapping'][number];

const ROLE_LABEL: Record<string, string> = {
  'role:ignore': 'Ignore this column',
  'role:date': 'Date',
  'role:segment': 'Segment (store, channel)',
  'role:key': 'Measure or KPI name (long file)',
  'role:value': 'Value (long file)',
  'role:weight': 'Weight of a rate (long file)',
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

const confidenceLabel = (c: number) => (c >= 1 ? 'exact' : c >= 0.9 ? 'synonym' : c > 0 ? 'check' : 'unmatched');

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
  // The server's proposal carries confidence and notes; the analyst's mapping does not.
  const strip = ({ confidence: _c, note: _n, ...c }: ColumnMapping & { confidence?: number; note?: string }) => c;
  const update = (i: number, next: ColumnMapping) => onChange(mapping.map((c, j) => strip(j === i ? next : c)));
  return (
    <table className="import-mapping">
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Maps to</th>
          <th scope="col">Read as</th>
          <th scope="col">Match</th>
        </tr>
      </thead>
      <tbody>
        {mapping.map((c, i) => {
          const kpi = c.targets[0]?.kind === 'kpi' ? catalog.kpis.find((k) => k.key === c.targets[0]?.key) : undefined;
          return (
            <tr key={c.column}>
              <th scope="row">{c.column}</th>
              <td>
                <select
                  aria-label={`Mapping for ${c.column}`}
                  value={choiceOf(c)}
                  onChange={(e) => update(i, fromChoice(c.column, e.target.value, c))}
                >
                  {Object.entries(ROLE_LABEL).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                  <optgroup label="KPIs (a rate needs its weight column)">
                    {catalog.kpis.map((k) => (
                      <option key={k.key} value={`kpi:${k.key}`}>
                        {k.name}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Measures">
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
                    aria-label={`Rate format for ${c.column}`}
                    value={c.rateAs ?? 'fraction'}
                    onChange={(e) => update(i, { ...c, rateAs: e.target.value as 'percent' | 'fraction' })}
                  >
                    <option value="percent">percent (45.3)</option>
                    <option value="fraction">fraction (0.453)</option>
                  </select>
                )}
                {kpi?.unit === 'duration' && (
                  <select
                    aria-label={`Duration unit for ${c.column}`}
                    value={c.durationUnit ?? 'seconds'}
                    onChange={(e) =>
                      update(i, { ...c, durationUnit: e.target.value as 'seconds' | 'minutes' | 'hours' })
                    }
                  >
                    <option value="seconds">seconds or hh:mm:ss</option>
                    <option value="minutes">minutes</option>
                    <option value="hours">hours</option>
                  </select>
                )}
              </td>
              <td>
                <span className={`match match-${confidenceLabel(c.confidence)}`}>{confidenceLabel(c.confidence)}</span>
                {c.note && <small> {c.note}</small>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
