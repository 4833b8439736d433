import { ApiError } from '../../api/client';
import { useT } from '../../i18n/useT';

/**
 * What to show for a failed upload, preview or commit. The server's own message is shown as it
 * comes (it names the file, row or limit); only the failures the browser makes up itself —
 * no connection, or an answer that is not the API's error shape — are told in the reader's
 * language, recognised by their codes.
 */
export function useImportErrorText(): (error: Error) => string {
  const t = useT();
  return (error) => {
    if (!(error instanceof ApiError)) return error.message;
    if (error.code === 'network') return t('import.error.network');
    if (error.code === 'http_error') return t('import.error.http', { status: error.status });
    return error.message;
  };
}
