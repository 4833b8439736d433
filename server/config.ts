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
  /** Unset: load the demo dataset into an empty database. `0` starts empty. */
  ROLECARD_DEMO: flag.optional(),
});

export type Config = {
  port: number;
  host: string;
  dbPath: string;
  timeZone: string;
  weekStart: 'monday' | 'sunday';
  currency: string;
  demo: boolean;
  maxUploadMb: number;
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
    maxUploadMb: e.ROLECARD_MAX_UPLOAD_MB,
  };
}

/** Defaults for tests and tools that build an app without reading the environment. */
export const defaultConfig: Config = loadConfig({});
