import { type ReactNode, useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageKey } from './messages/en';

type Plain = string | number | boolean | Date | null | undefined;

/**
 * `t('nav.overview')`, `t('health', { green: 3, total: 4 })`: a message of the current
 * language by a key the compiler checks, ICU plurals and selects included.
 */
export function useT() {
  const intl = useIntl();
  return useMemo(() => (id: MessageKey, values?: Record<string, Plain>) => intl.formatMessage({ id }, values), [intl]);
}

/** A message with markup inside the sentence: `<T id="…" values={{ link: (s) => <a>{s}</a> }} />`. */
export function T({
  id,
  values,
}: {
  id: MessageKey;
  values?: Record<string, Plain | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;
}) {
  return <FormattedMessage id={id} values={values} />;
}
