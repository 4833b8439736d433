import type { Messages } from '../en';
import admin from './admin';
import apiRef from './apiRef';
import catalog from './catalog';
import common from './common';
import forms from './forms';

export const it: Messages = { ...common, ...catalog, ...admin, ...apiRef, ...forms };
