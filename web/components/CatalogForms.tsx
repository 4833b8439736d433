import { measureDefSchema } from '../../shared/catalog';
import type { CatalogResponse } from '../../shared/schemas';
import { unitSchema } from '../../shared/units';
import { useCreateKpi, useCreateMeasure, useCreateRole } from '../api/mutations';
import { useT } from '../i18n/useT';
import { useFormState } from '../lib/useFormState';
import { Field, FormMessage } from './Field';

/** The units a measure's daily value may have, as the shared contract lists them. */
const MEASURE_UNITS = measureDefSchema.shape.unit.unwrap().options;

/** Adds a role; the key is permanent, the name can change later. */
export function AddRoleForm() {
  const create = useCreateRole();
  const t = useT();
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
          return t('catalog.addRole.done', { name: f.values.name });
        }, true);
      }}
    >
      <h3 id="add-role">{t('catalog.addRole.title')}</h3>
      <Field id="role-key" label={t('catalog.field.key')} hint={t('catalog.field.keyHint')} error={f.errors.fields.key}>
        {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
      </Field>
      <Field id="role-name" label={t('catalog.field.name')} error={f.errors.fields.name}>
        {(a) => <input {...a} {...f.bind('name')} />}
      </Field>
      <Field id="role-description" label={t('catalog.field.description')} error={f.errors.fields.description}>
        {(a) => <input {...a} {...f.bind('description')} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t('catalog.addRole.submit')}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}

/** Adds a measure: an additive daily quantity that KPIs are built from. */
export function AddMeasureForm() {
  const create = useCreateMeasure();
  const t = useT();
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
          return t('catalog.addMeasure.done', { name: f.values.name });
        }, true);
      }}
    >
      <h3 id="add-measure">{t('catalog.addMeasure.title')}</h3>
      <Field
        id="measure-key"
        label={t('catalog.field.key')}
        hint={t('catalog.field.keyHint')}
        error={f.errors.fields.key}
      >
        {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
      </Field>
      <Field id="measure-name" label={t('catalog.field.name')} error={f.errors.fields.name}>
        {(a) => <input {...a} {...f.bind('name')} />}
      </Field>
      <Field id="measure-unit" label={t('catalog.addMeasure.unit')} error={f.errors.fields.unit}>
        {(a) => (
          <select {...a} {...f.bind('unit')}>
            {MEASURE_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`catalog.addMeasure.unit.${u}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t('catalog.addMeasure.submit')}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}

/** Adds a KPI: the sum of one measure, or a ratio of two measures' sums. */
export function AddKpiForm({ catalog }: { catalog: CatalogResponse }) {
  const create = useCreateKpi();
  const t = useT();
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
      <option value="">{t('catalog.addKpi.chooseMeasure')}</option>
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
          return t('catalog.addKpi.done', { name: v.name });
        }, true);
      }}
    >
      <h3 id="add-kpi">{t('catalog.addKpi.title')}</h3>
      <div className="form-grid">
        <Field id="kpi-key" label={t('catalog.field.key')} hint={t('catalog.field.keyHint')} error={err.key}>
          {(a) => <input {...a} {...f.bind('key')} autoComplete="off" />}
        </Field>
        <Field id="kpi-name" label={t('catalog.field.name')} error={err.name}>
          {(a) => <input {...a} {...f.bind('name')} />}
        </Field>
        <Field id="kpi-role" label={t('catalog.addKpi.role')} error={err.role}>
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
        <Field id="kpi-unit" label={t('catalog.addKpi.unit')} error={err.unit}>
          {(a) => (
            <select {...a} {...f.bind('unit')}>
              {unitSchema.options.map((u) => (
                <option key={u} value={u}>
                  {t(`catalog.unit.${u}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="kpi-direction" label={t('catalog.addKpi.direction')} error={err.direction}>
          {(a) => (
            <select {...a} {...f.bind('direction')}>
              <option value="higher">{t('catalog.addKpi.direction.higher')}</option>
              <option value="lower">{t('catalog.addKpi.direction.lower')}</option>
            </select>
          )}
        </Field>
        <Field id="kpi-kind" label={t('catalog.addKpi.formula')} error={err['formula.kind']}>
          {(a) => (
            <select {...a} {...f.bind('kind')}>
              <option value="ratio">{t('catalog.addKpi.formula.ratio')}</option>
              <option value="sum">{t('catalog.addKpi.formula.sum')}</option>
            </select>
          )}
        </Field>
        <Field
          id="kpi-numerator"
          label={t(f.values.kind === 'sum' ? 'catalog.addKpi.measure' : 'catalog.addKpi.numerator')}
          error={err['formula.numerator'] ?? err['formula.measure'] ?? err.formula}
        >
          {measureSelect('numerator')}
        </Field>
        {f.values.kind === 'ratio' && (
          <Field id="kpi-denominator" label={t('catalog.addKpi.denominator')} error={err['formula.denominator']}>
            {measureSelect('denominator')}
          </Field>
        )}
      </div>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t('catalog.addKpi.submit')}
      </button>
      <FormMessage error={f.errors.general} ok={f.ok} />
    </form>
  );
}
