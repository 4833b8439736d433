import { useState } from 'react';

/** The one time a secret is shown: copy it into the sending tool now, it is never shown again. */
export function SecretReveal({ value, onDone }: { value: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-reveal" role="alert">
      <p>
        <strong>Copy this signing secret now.</strong> It is shown only once; afterwards only its last four characters
        are visible.
      </p>
      <code data-testid="secret-value">{value}</code>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </div>
  );
}
