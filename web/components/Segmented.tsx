/** A radio group styled as a segmented control (arrow keys move within it, as radios do). */
export function Segmented<K extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { key: K; label: string }[];
  value: K;
  onChange: (k: K) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.key} className={o.key === value ? 'is-on' : undefined}>
          <input type="radio" name={label} value={o.key} checked={o.key === value} onChange={() => onChange(o.key)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
