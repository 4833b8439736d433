import adminMessages from './admin';
import alertsMessages from './alerts';
import apiRefMessages from './apiRef';
import catalogMessages from './catalog';
import commonMessages from './common';
import dashboardMessages from './dashboard';
import formsMessages from './forms';
import importMessages from './import';
import integrationsMessages from './integrations';
import reviewPrintMessages from './reviewPrint';

/** English: the source language; every other one must have exactly these keys. */
export const en = {
  ...adminMessages,
  ...alertsMessages,
  ...apiRefMessages,
  ...catalogMessages,
  ...commonMessages,
  ...dashboardMessages,
  ...formsMessages,
  ...importMessages,
  ...integrationsMessages,
  ...reviewPrintMessages,
};
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
