import type { Messages } from '../en';
import common from './common';
import dashboard from './dashboard';

export const es: Messages = { ...common, ...dashboard };
