import type { Messages } from '../en';
import common from './common';
import importMessages from './import';

export const it: Messages = {
  ...common,
  ...importMessages,
};
