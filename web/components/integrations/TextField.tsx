import { Field } from '../Field';

/** A labelled text input with its hint and its server-side problem below it (the app's Field). */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
  numeric,
  required,
  secret,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  numeric?: boolean;
  required?: boolean;
  /** A signing secret: masked, never offered by the browser's autofill. */
  secret?: boolean;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          inputMode={numeric ? 'numeric' : undefined}
          required={required}
          type={secret ? 'password' : undefined}
          autoComplete={secret ? 'off' : undefined}
        />
      )}
    </Field>
  );
}
