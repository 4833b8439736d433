import { useState } from 'react';
import { T, useT } from '../../i18n/useT';

/** The one time a secret is shown: copy it into the sending tool now, it is never shown again. */
export function SecretReveal({ value, onDone }: { value: string; onDone: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-reveal" role="alert">
      <p>
        <T id="integrations.secret.warning" values={{ strong: (s) => <strong>{s}</strong> }} />
      </p>
      <code data-testid="secret-value">{value}</code>
      <div className="row">
        <button
          type="button"
          className="btn"
          onClick={() =>
            navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('integrations.secret.copied') : t('integrations.secret.copy')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onDone}>
          {t('integrations.secret.stored')}
        </button>
      </div>
    </div>
  );
}
