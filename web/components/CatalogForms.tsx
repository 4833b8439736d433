import type { CatalogResponse } from '../../shared/schemas';
import { unitSchema } from '../../shared/units';
import { useCreateKpi, useCreateMeasure, useCreateRole } from '../api/mutations';
import { useFormState } from '../lib/useFormState';
import { Field, FormMessage } from './Field';

const KEY_HINT = 'lowercase_with_underscores; used in URLs, CSV headers and the API';

/** Adds a role; the key is permanent, the name can change later. */
export function AddRoleForm() {
  const create = useCreateRole();
  const f = useFormState({ key: '', name: '', description: '' });
  return (
    <form
      className="card form-card"
      noValidate
      aria-labelledby="add-role"
      onSubmit={(e) => {
        e.preventDefault();
        f.submit(async () => {
          await create.mutateAsync(f.values);
          return `Role “${f.values.name}” added.`;
        }, true);
      }}
    >
      <h3 id="add-role">Add a role</h3>
      <Field id="role-key" label="Key" hint={KEY_HINT} error={f.errors.fields.key}>
        {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
      </Field>
      <Field id="role-name" label="Name" error={f.errors.fields.name}>
        {(a) => <input {...a} {...f.bind('name')} />}
      </Field>
      <Field id="role-description" label="Description" error={f.errors.fields.description}>
        {(a) => <input {...a} {...f.bind('description')} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        Add role
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}

/** Adds a measure: an additive daily quantity that KPIs are built from. */
export function AddMeasureForm() {
  const create = useCreateMeasure();
  const f = useFormState({ key: '', name: '', description: '', unit: 'count' });
  return (
    <form
      className="card form-card"
      noValidate
      aria-labelledby="add-measure"
      onSubmit={(e) => {
        e.preventDefault();
        f.submit(async () => {
          await create.mutateAsync({ ...f.values, unit: f.values.unit as 'count' });
          return `Measure “${f.values.name}” added; send its daily values to /api/ingest or import a CSV.`;
        }, true);
      }}
    >
      <h3 id="add-measure">Add a measure</h3>
      <Field id="measure-key" label="Key" hint={KEY_HINT} error={f.errors.fields.key}>
        {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
      </Field>
      <Field id="measure-name" label="Name" error={f.errors.fields.name}>
        {(a) => <input {...a} {...f.bind('name')} />}
      </Field>
      <Field id="measure-unit" label="Unit of a day's value" error={f.errors.fields.unit}>
        {(a) => (
          <select {...a} {...f.bind('unit')}>
            <option value="count">Count</option>
            <option value="currency">Money</option>
            <option value="duration">Seconds</option>
            <option value="score">Score</option>
          </select>
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        Add measure
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}

/** Adds a KPI: the sum of one measure, or a ratio of two measures' sums. */
export function AddKpiForm({ catalog }: { catalog: CatalogResponse }) {
  const create = useCreateKpi();
  const f = useFormState({
    key: '',
    name: '',
    role: catalog.roles[0]?.key ?? '',
    unit: 'percent',
    direction: 'higher',
    kind: 'ratio',
    numerator: '',
    denominator: '',
  });
  const err = f.errors.fields;
  const measureSelect = (name: 'numerator' | 'denominator') => (a: object) => (
    <select {...a} {...f.bind(name)}>
      <option value="">Choose a measure…</option>
      {catalog.measures.map((m) => (
        <option key={m.key} value={m.key}>
          {m.name}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="card form-card form-wide"
      noValidate
      aria-labelledby="add-kpi"
      onSubmit={(e) => {
        e.preventDefault();
        const v = f.values;
        f.submit(async () => {
          await create.mutateAsync({
            key: v.key,
            name: v.name,
            role: v.role,
            unit: v.unit as 'percent',
            direction: v.direction as 'higher',
            formula:
              v.kind === 'sum'
                ? { kind: 'sum', measure: v.numerator }
                : { kind: 'ratio', numerator: v.numerator, denominator: v.denominator },
          });
          return `KPI “${v.name}” added.`;
        }, true);
      }}
    >
      <h3 id="add-kpi">Add a KPI</h3>
      <div className="form-grid">
        <Field id="kpi-key" label="Key" hint={KEY_HINT} error={err.key}>
          {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
        </Field>
        <Field id="kpi-name" label="Name" error={err.name}>
          {(a) => <input {...a} {...f.bind('name')} />}
        </Field>
        <Field id="kpi-role" label="Owner role" error={err.role}>
          {(a) => (
            <select {...a} {...f.bind('role')}>
              {catalog.roles.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="kpi-unit" label="Shown as" error={err.unit}>
          {(a) => (
            <select {...a} {...f.bind('unit')}>
              {unitSchema.options.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="kpi-direction" label="Better when" error={err.direction}>
          {(a) => (
            <select {...a} {...f.bind('direction')}>
              <option value="higher">Higher</option>
              <option value="lower">Lower</option>
            </select>
          )}
        </Field>
        <Field id="kpi-kind" label="Formula" error={err['formula.kind']}>
          {(a) => (
            <select {...a} {...f.bind('kind')}>
              <option value="ratio">Ratio: sum(a) / sum(b)</option>
              <option value="sum">Sum of one measure</option>
            </select>
          )}
        </Field>
        <Field
          id="kpi-numerator"
          label={f.values.kind === 'sum' ? 'Measure' : 'Numerator'}
          error={err['formula.numerator'] ?? err['formula.measure'] ?? err.formula}
        >
          {measureSelect('numerator')}
        </Field>
        {f.values.kind === 'ratio' && (
          <Field id="kpi-denominator" label="Denominator" error={err['formula.denominator']}>
            {measureSelect('denominator')}
          </Field>
        )}
      </div>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        Add KPI
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
