import type { Messages } from '../en';
import catalog from './catalog';
import common from './common';
import forms from './forms';

export const nl: Messages = { ...common, ...catalog, ...forms };
