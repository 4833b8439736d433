import { z } from 'zod';
import { isTimeZone } from '../shared/period.js';

const flag = z
  .enum(['0', '1', 'true', 'false', 'on', 'off', ''])
  .transform((v) => (v === '' ? undefined : ['1', 'true', 'on'].includes(v)));

/** Every environment variable Rolecard reads, with its default; documented in the README. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  ROLECARD_DB: z.string().min(1).default('./data/rolecard.db'),
  ROLECARD_TZ: z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as Europe/Madrid'),
  ROLECARD_WEEK_START: z.enum(['monday', 'sunday']).default('monday'),
  ROLECARD_CURRENCY: z
    .string()
    .default('EUR')
    .refine((c) => {
      try {
        new Intl.NumberFormat('en', { style: 'currency', currency: c });
        return /^[A-Z]{3}$/.test(c);
      } catch {
        return false;
      }
    }, 'must be a three-letter ISO 4217 code such as EUR or USD'),
  /** Largest CSV upload accepted, in megabytes; bigger ones get 413 naming the limit. */
  ROLECARD_MAX_UPLOAD_MB: z.coerce.number().positive().max(100_000).default(100),
  /** Old-generation heap of the import worker; a file needing more is refused with 413 naming this. */
  ROLECARD_IMPORT_MEMORY_MB: z.coerce.number().int().min(32).max(65_536).default(96),
  /** How long an API or webhook write waits for a lock held by an import before answering 503. */
  ROLECARD_WRITE_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
  /** Unset: load the demo dataset into an empty database. `0` starts empty. */
  ROLECARD_DEMO: flag.optional(),
  /** The first admin, created on first start; without a password one is generated and printed once. */
  ROLECARD_ADMIN_EMAIL: z.email('must be an email address').default('admin@rolecard.local'),
  ROLECARD_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** A session ends after this long without a request, and in any case after the absolute limit. */
  ROLECARD_SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
  // Browsers cap cookie lifetimes at 400 days.
  ROLECARD_SESSION_MAX_DAYS: z.coerce.number().positive().max(400).default(30),
  /** pino level; `silent` turns request logs off. */
  ROLECARD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: no scheduled backups. Set: a backup at start and every interval into this folder. */
  ROLECARD_BACKUP_DIR: z.string().min(1).optional(),
  ROLECARD_BACKUP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(525_600).default(1440),
  ROLECARD_BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(7),
  /** How long SIGTERM / SIGINT waits for in-flight requests before closing their connections. */
  ROLECARD_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** A measure that normally arrives daily and has had no data for this many days raises an alert. */
  ROLECARD_ALERT_MISSING_DAYS: z.coerce.number().int().min(1).max(90).default(3),
  /** Origin people open Rolecard at; alert webhooks link to charts under it. Unset: http://localhost:PORT. */
  ROLECARD_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL such as https://kpi.example.com' })
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dbPath: string;
  timeZone: string;
  weekStart: 'monday' | 'sunday';
  currency: string;
  demo: boolean;
  adminEmail: string;
  adminPassword: string | undefined;
  sessionIdleHours: number;
  sessionMaxDays: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  backup: { dir: string | null; intervalMinutes: number; keep: number };
  shutdownTimeoutMs: number;
  maxUploadMb: number;
  alertMissingDays: number;
  /** Without a trailing slash. */
  publicUrl: string;
  importMemoryMb: number;
  writeWaitMs: number;
};

export class ConfigError extends Error {}

/** Reads the environment once; a bad variable stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((k) => (env[k] === undefined ? [] : [[k, env[k]]])),
  );
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee the configuration table in README.md.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.ROLECARD_DB,
    timeZone: e.ROLECARD_TZ,
    weekStart: e.ROLECARD_WEEK_START,
    currency: e.ROLECARD_CURRENCY,
    demo: e.ROLECARD_DEMO ?? true,
    adminEmail: e.ROLECARD_ADMIN_EMAIL,
    adminPassword: e.ROLECARD_ADMIN_PASSWORD,
    sessionIdleHours: e.ROLECARD_SESSION_IDLE_HOURS,
    sessionMaxDays: e.ROLECARD_SESSION_MAX_DAYS,
    logLevel: e.ROLECARD_LOG_LEVEL,
    backup: {
      dir: e.ROLECARD_BACKUP_DIR ?? null,
      intervalMinutes: e.ROLECARD_BACKUP_INTERVAL_MINUTES,
      keep: e.ROLECARD_BACKUP_KEEP,
    },
    shutdownTimeoutMs: e.ROLECARD_SHUTDOWN_TIMEOUT_MS,
    maxUploadMb: e.ROLECARD_MAX_UPLOAD_MB,
    alertMissingDays: e.ROLECARD_ALERT_MISSING_DAYS,
    publicUrl: (e.ROLECARD_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    importMemoryMb: e.ROLECARD_IMPORT_MEMORY_MB,
    writeWaitMs: e.ROLECARD_WRITE_WAIT_MS,
  };
}

/** Defaults for tests and tools that build an app without reading the environment. */
export const defaultConfig: Config = loadConfig({});
