import admin from './admin';
import apiRef from './apiRef';
import catalog from './catalog';
import common from './common';
import forms from './forms';

/** English: the source language; every other one must have exactly these keys. */
export const en = { ...common, ...catalog, ...admin, ...apiRef, ...forms };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
