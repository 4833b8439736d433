import commonMessages from './common';
import dashboardMessages from './dashboard';
import importMessages from './import';
import integrationsMessages from './integrations';

/** English: the source language; every other one must have exactly these keys. */
export const en = {
  ...commonMessages,
  ...dashboardMessages,
  ...importMessages,
  ...integrationsMessages,
};
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
