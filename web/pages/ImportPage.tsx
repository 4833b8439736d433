import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportOptions, ImportReport } from '../../shared/imports';
import { ApiError } from '../api/client';
import { commitImport, importProgressOptions, previewImport, uploadFile } from '../api/imports';
import { catalogOptions } from '../api/queries';
import { DropZone } from '../components/import/DropZone';
import { ErrorTable } from '../components/import/ErrorTable';
import { ImportHistory } from '../components/import/ImportHistory';
import { ImportOptionsForm } from '../components/import/ImportOptionsForm';
import { MappingTable } from '../components/import/MappingTable';
import { PreviewTable } from '../components/import/PreviewTable';
import { ProgressBar } from '../components/import/ProgressBar';
import '../components/import/import.css';

const mb = (n: number) => (n < 1_048_576 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1_048_576).toFixed(1)} MB`);

/** Upload → preview and mapping → commit, with progress, line-level errors and history. */
export function ImportPage() {
  const qc = useQueryClient();
  const catalog = useQuery(catalogOptions());
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [result, setResult] = useState<ImportReport | null>(null);
  const [uploadId, setUploadId] = useState('');

  const upload = useMutation({
    mutationFn: (f: File) => {
      // Our own id, so the server's reading of the file can be followed before it answers.
      const id = crypto.randomUUID();
      setUploadId(id);
      return uploadFile(f, id, (loaded, total) => setSent({ loaded, total }));
    },
    onMutate: () => {
      setSent(null);
      setReport(null);
      setResult(null);
      setOptions({});
    },
    onSuccess: (r) => setReport(r),
  });
  const preview = useMutation({
    mutationFn: (o: ImportOptions) => previewImport(report?.uploadId ?? '', o),
    onSuccess: (r) => setReport(r),
  });
  const commit = useMutation({
    mutationFn: () => commitImport(report?.uploadId ?? '', options),
    onSuccess: (r) => {
      setResult(r);
      setReport(null);
      void qc.invalidateQueries();
    },
    onError: (e) => {
      // A refused commit carries the full report (errors by row): show it in place.
      if (e instanceof ApiError && e.code === 'invalid_rows') setReport(e.details as ImportReport);
    },
  });
  const uploaded = upload.isPending && sent !== null && sent.loaded >= sent.total;
  const progress = useQuery(importProgressOptions(uploadId, commit.isPending || uploaded));

  const change = (o: ImportOptions) => {
    setOptions(o);
    preview.mutate(o);
  };
  const busy = upload.isPending || preview.isPending || commit.isPending;
  const error = [upload.error, preview.error, commit.error].find(
    (e): e is Error => e instanceof Error && !(e instanceof ApiError && e.code === 'invalid_rows'),
  );
  const needsDate = report && report.detection.shape !== 'rows' && !(options.dateFormat ?? report.detection.dateFormat);

  return (
    <div className="page import-page">
      <h1>Import a CSV export</h1>
      <DropZone onFile={(f) => upload.mutate(f)} disabled={busy} />
      {upload.isPending && sent && (
        <ProgressBar
          label={
            uploaded
              ? `Reading and checking… ${(progress.data?.rows ?? 0).toLocaleString()} rows`
              : `Uploading… ${mb(sent.loaded)} of ${mb(sent.total)}`
          }
          value={uploaded ? (progress.data?.bytes ?? 0) : sent.loaded}
          max={uploaded ? (progress.data?.totalBytes ?? null) : sent.total}
        />
      )}
      {commit.isPending && (
        <ProgressBar
          label={`Importing… ${(progress.data?.rows ?? 0).toLocaleString()} rows processed`}
          value={progress.data?.bytes ?? 0}
          max={progress.data?.totalBytes ?? null}
        />
      )}
      {error && <p role="alert">{error.message}</p>}
      {result && (
        <p role="status" className="import-done">
          Imported “{result.fileName}” as #{result.importId}: {result.counts.rows.toLocaleString()} rows,{' '}
          {result.counts.inserted.toLocaleString()} values inserted, {result.counts.updated.toLocaleString()} updated,{' '}
          {result.counts.unchanged.toLocaleString()} unchanged
          {result.counts.badRows ? `, ${result.counts.badRows} bad rows skipped (listed below)` : ''}.
        </p>
      )}
      {result && <ErrorTable errors={result.errors} total={result.errorCount} />}
      {report && catalog.data && (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">
            Preview of “{report.fileName}” ({mb(report.size)})
          </h2>
          {report.duplicateOf && (
            <p role="alert">
              This exact file was already imported as #{report.duplicateOf.id} (“{report.duplicateOf.fileName}”).
            </p>
          )}
          {report.notes.map((n) => (
            <p key={n} className="import-note">
              {n}
            </p>
          ))}
          <ImportOptionsForm report={report} options={options} catalog={catalog.data} onChange={change} />
          {report.detection.shape !== 'rows' && (
            <MappingTable
              mapping={report.mapping}
              catalog={catalog.data}
              onChange={(mapping) => change({ ...options, mapping })}
            />
          )}
          <p>
            Would write: {report.counts.inserted.toLocaleString()} new values, {report.counts.updated.toLocaleString()}{' '}
            changed, {report.counts.unchanged.toLocaleString()} unchanged, from {report.counts.rows.toLocaleString()}{' '}
            rows.
          </p>
          <ErrorTable errors={report.errors} total={report.errorCount} />
          <PreviewTable report={report} />
          <button
            type="button"
            className="primary"
            disabled={busy || Boolean(needsDate) || (report.errorCount > 0 && !options.skipBadRows)}
            onClick={() => commit.mutate()}
          >
            {report.errorCount > 0 && !options.skipBadRows
              ? 'Fix the problems above, or choose to skip bad rows'
              : `Import ${report.counts.goodRows.toLocaleString()} row${report.counts.goodRows === 1 ? '' : 's'}`}
          </button>
        </section>
      )}
      <ImportHistory />
    </div>
  );
}
