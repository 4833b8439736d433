import type { Messages } from '../en';
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

export const nl: Messages = {
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
