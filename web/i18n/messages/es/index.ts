import type { Messages } from '../en';
import adminMessages from './admin';
import alertsMessages from './alerts';
import annotationsMessages from './annotations';
import apiRefMessages from './apiRef';
import catalogMessages from './catalog';
import commonMessages from './common';
import dashboardMessages from './dashboard';
import errorsMessages from './errors';
import formsMessages from './forms';
import importMessages from './import';
import insightsMessages from './insights';
import integrationsMessages from './integrations';
import overviewMessages from './overview';
import reviewPrintMessages from './reviewPrint';
import reviewsMessages from './reviews';
import roleMessages from './role';

export const es: Messages = {
  ...adminMessages,
  ...alertsMessages,
  ...annotationsMessages,
  ...apiRefMessages,
  ...catalogMessages,
  ...commonMessages,
  ...dashboardMessages,
  ...errorsMessages,
  ...formsMessages,
  ...importMessages,
  ...insightsMessages,
  ...integrationsMessages,
  ...overviewMessages,
  ...reviewPrintMessages,
  ...reviewsMessages,
  ...roleMessages,
};
