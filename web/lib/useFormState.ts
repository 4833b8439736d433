import { useState } from 'react';
import { useErrorWords } from '../i18n/useErrorWords';
import { useT } from '../i18n/useT';
import { type FormErrors, toFormErrors } from './formErrors';

/**
 * Values, field errors and a success note for one form. `submit` runs the write and turns a
 * zod or server rejection into messages next to the fields.
 */
export function useFormState<V extends Record<string, string>>(initial: V) {
  const t = useT();
  const words = useErrorWords();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [ok, setOk] = useState<string>();
  const bind = (name: keyof V & string) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const submit = async (write: () => Promise<string>, reset = false) => {
    setOk(undefined);
    try {
      const note = await write();
      setErrors({ fields: {} });
      setOk(note);
      if (reset) setValues(initial);
    } catch (err) {
      setErrors(toFormErrors(err, t, words));
    }
  };
  return { values, setValues, errors, ok, bind, submit };
}
