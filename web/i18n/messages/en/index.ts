import common from './common';

/** English: the source language; every other one must have exactly these keys. */
export const en = { ...common };
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
