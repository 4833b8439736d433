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
import { useImportErrorText } from '../components/import/useImportErrorText';
import { useImportNoteText } from '../components/import/useImportNoteText';
import '../components/import/import.css';
import { useT } from '../i18n/useT';
import { formatFileSize } from '../lib/format';

/** Upload → preview and mapping → commit, with progress, line-level errors and history. */
export function ImportPage() {
  const qc = useQueryClient();
  const t = useT();
  const errorText = useImportErrorText();
  const noteText = useImportNoteText();
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
      <h1>{t('import.title')}</h1>
      <DropZone onFile={(f) => upload.mutate(f)} disabled={busy} />
      {upload.isPending && sent && (
        <ProgressBar
          label={
            uploaded
              ? t('import.progress.reading', { rows: progress.data?.rows ?? 0 })
              : t('import.progress.uploading', { sent: formatFileSize(sent.loaded), total: formatFileSize(sent.total) })
          }
          value={uploaded ? (progress.data?.bytes ?? 0) : sent.loaded}
          max={uploaded ? (progress.data?.totalBytes ?? null) : sent.total}
        />
      )}
      {commit.isPending && (
        <ProgressBar
          label={t('import.progress.importing', { rows: progress.data?.rows ?? 0 })}
          value={progress.data?.bytes ?? 0}
          max={progress.data?.totalBytes ?? null}
        />
      )}
      {error && <p role="alert">{errorText(error)}</p>}
      {result && (
        <p role="status" className="import-done">
          {t('import.done', { fileName: result.fileName, id: result.importId, ...result.counts })}
        </p>
      )}
      {result && <ErrorTable errors={result.errors} total={result.errorCount} />}
      {report && catalog.data && (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">
            {t('import.preview.title', { fileName: report.fileName, size: formatFileSize(report.size) })}
          </h2>
          {report.duplicateOf && (
            <p role="alert">
              {t('import.preview.duplicate', { id: report.duplicateOf.id, fileName: report.duplicateOf.fileName })}
            </p>
          )}
          {report.noteDetails.map((n) => (
            <p key={n.text} className="import-note">
              {noteText(n)}
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
          <p>{t('import.preview.wouldWrite', report.counts)}</p>
          <ErrorTable errors={report.errors} total={report.errorCount} />
          <PreviewTable report={report} />
          <button
            type="button"
            className="primary"
            disabled={busy || Boolean(needsDate) || (report.errorCount > 0 && !options.skipBadRows)}
            onClick={() => commit.mutate()}
          >
            {report.errorCount > 0 && !options.skipBadRows
              ? t('import.commit.fixFirst')
              : t('import.commit.submit', { rows: report.counts.goodRows })}
          </button>
        </section>
      )}
      <ImportHistory />
    </div>
  );
}
