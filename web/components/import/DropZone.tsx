import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';

/** Drag a CSV here or pick one; keyboard users get the same through the button. */
export function DropZone({ onFile, disabled }: { onFile: (f: File) => void; disabled: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <section
      className={`dropzone${over ? ' dropzone-over' : ''}`}
      aria-label={t('import.dropZone.label')}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files[0];
        if (f && !disabled) onFile(f);
      }}
    >
      <p>{t('import.dropZone.hint')}</p>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t('import.dropZone.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = '';
        }}
      />
    </section>
  );
}
