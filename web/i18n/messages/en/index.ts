import common from './common';
import importMessages from './import';
import integrations from './integrations';

/** English: the source language; every other one must have exactly these keys. */
export const en = {
  ...common,
  ...importMessages,
  ...integrations,
};
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
