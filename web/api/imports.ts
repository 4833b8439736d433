import { queryOptions } from '@tanstack/react-query';
import {
  type ImportOptions,
  type ImportReport,
  importListSchema,
  importReportSchema,
  progressSchema,
  undoResultSchema,
} from '../../shared/imports';
import { errorBodySchema } from '../../shared/schemas';
import { ApiError, api } from './client';

/**
 * Uploads a file with XMLHttpRequest (fetch has no upload progress) and resolves with the
 * server's preview. `onBytes` reports bytes sent, for the progress bar.
 */
export function uploadFile(
  file: File,
  uploadId: string,
  onBytes: (sent: number, total: number) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports?name=${encodeURIComponent(file.name)}&id=${uploadId}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (e) => onBytes(e.loaded, e.lengthComputable ? e.total : file.size);
    // The page tells these two in the reader's language by their codes (useImportErrorText);
    // the messages here are for developers' logs.
    xhr.onerror = () => reject(new ApiError(0, 'network', `upload of ${file.name} failed: no connection`));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: handled below
      }
      if (xhr.status === 201) return resolve(importReportSchema.parse(json));
      const err = errorBodySchema.safeParse(json);
      reject(
        err.success
          ? new ApiError(xhr.status, err.data.error.code, err.data.error.message, err.data.error.details)
          : new ApiError(xhr.status, 'http_error', `upload answered HTTP ${xhr.status} without an API error body`),
      );
    };
    xhr.send(file);
  });
}

export const previewImport = (uploadId: string, options: ImportOptions) =>
  api(`/imports/uploads/${uploadId}/preview`, importReportSchema, { method: 'POST', body: options });

export const commitImport = (uploadId: string, options: ImportOptions) =>
  api(`/imports/uploads/${uploadId}/commit`, importReportSchema, { method: 'POST', body: options });

export const undoImport = (id: number) => api(`/imports/${id}/undo`, undoResultSchema, { method: 'POST' });

export const importHistoryOptions = () =>
  queryOptions({ queryKey: ['imports'], queryFn: ({ signal }) => api('/imports', importListSchema, { signal }) });

/** Rows processed so far, polled while the first preview or a commit runs. */
export const importProgressOptions = (uploadId: string, enabled: boolean) =>
  queryOptions({
    queryKey: ['imports', 'progress', uploadId],
    queryFn: ({ signal }) => api(`/imports/uploads/${uploadId}/progress`, progressSchema, { signal }),
    enabled,
    refetchInterval: enabled ? 500 : false,
  });
