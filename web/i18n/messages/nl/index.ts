import type { Messages } from '../en';
import commonMessages from './common';
import dashboardMessages from './dashboard';
import importMessages from './import';
import integrationsMessages from './integrations';

export const nl: Messages = {
  ...commonMessages,
  ...dashboardMessages,
  ...importMessages,
  ...integrationsMessages,
};
