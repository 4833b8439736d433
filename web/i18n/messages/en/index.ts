import common from './common';
import dashboard from './dashboard';

/** English: the source language; every other one must have exactly these keys. */
export const en = { ...common, ...dashboard };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
