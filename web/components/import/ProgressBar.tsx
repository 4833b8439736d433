/** A labelled progress bar: bytes while uploading, rows while the server works. */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number | null }) {
  return (
    <div className="import-progress" role="status">
      <span>{label}</span>
      {max ? <progress value={value} max={max} /> : <progress />}
    </div>
  );
}
