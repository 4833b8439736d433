import type { Messages } from '../en';
import common from './common';
import importMessages from './import';
import integrations from './integrations';

export const it: Messages = {
  ...common,
  ...importMessages,
  ...integrations,
};
