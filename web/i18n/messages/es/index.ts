import type { Messages } from '../en';
import adminMessages from './admin';
import apiRefMessages from './apiRef';
import catalogMessages from './catalog';
import commonMessages from './common';
import dashboardMessages from './dashboard';
import formsMessages from './forms';
import importMessages from './import';
import insightsMessages from './insights';
import integrationsMessages from './integrations';
import overviewMessages from './overview';
import roleMessages from './role';

export const es: Messages = {
  ...adminMessages,
  ...apiRefMessages,
  ...catalogMessages,
  ...commonMessages,
  ...dashboardMessages,
  ...formsMessages,
  ...importMessages,
  ...insightsMessages,
  ...integrationsMessages,
  ...overviewMessages,
  ...roleMessages,
};
