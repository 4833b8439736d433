import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type ErrorWords, errorWords } from './errorText';

/** `const words = useErrorWords(); words.error(mutation.error)`: server errors in the reader's language. */
export function useErrorWords(): ErrorWords {
  const intl = useIntl();
  return useMemo(
    () =>
      errorWords(
        (id, values) => intl.formatMessage({ id }, values),
        intl.locale,
        intl.formatMessage({ id: 'query.unreachable' }),
      ),
    [intl],
  );
}
