import type { MessageKey } from './messages/en';

/**
 * What a pure helper that words a sentence takes: `useT()`'s function in a component,
 * tests/helpers/translator.ts's in a test. Values are plain, as a sentence's arguments are.
 */
export type Translate = (id: MessageKey, values?: Record<string, string | number>) => string;
