import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

/** One structured log entry; `level` defaults to info. Never put headers or bodies in one. */
export type LogEntry = Record<string, unknown> & { level?: string; msg?: string };
export type LogFn = (entry: LogEntry) => void;

/**
 * Key names whose values are replaced wherever they appear in an entry (two levels deep).
 * Defence in depth: the request logger never logs headers or bodies in the first place.
 */
const SECRET_KEYS = [
  'password',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'apiKey',
  'api_key',
  'x-shopify-hmac-sha256',
  'webhook-signature',
  'x-zendesk-webhook-signature',
  'headers',
  'body',
];
const redactPaths = SECRET_KEYS.flatMap((k) => {
  const p = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  return [p, `*.${p}`.replace('.[', '[')];
});

/** The process logger: JSON lines on stdout (or `dest` in tests) at the configured level. */
export function createLogger(level: Config['logLevel'], dest?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'rolecard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    dest,
  );
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace']);

/** Adapts a pino logger to the app's `log(entry)` dependency. */
export function toLogFn(logger: Logger): LogFn {
  return ({ level, msg, ...rest }) => {
    const l = level && LEVELS.has(level) ? (level as 'info') : 'info';
    logger[l](rest, msg ?? '');
  };
}
