import type { ReactNode } from 'react';

/**
 * A labelled form control with its error right below it; the control gets aria-invalid and
 * aria-describedby through the render prop so screen readers read the error with the field.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** What a form says after submitting: a general error or a success note. */
export function FormMessage({ error, ok }: { error?: string; ok?: string }) {
  if (error)
    return (
      <p className="form-msg form-msg-error" role="alert">
        {error}
      </p>
    );
  if (ok)
    return (
      <p className="form-msg form-msg-ok" role="status">
        {ok}
      </p>
    );
  return null;
}
