import { z } from 'zod';
import { partialUpdate } from './errorCodes.js';
import { localeSchema } from './locales.js';
import { keySchema } from './units.js';

/** What a person may do: admin (everything), owner (their roles' targets), analyst (data), viewer. */
export const userRoleSchema = z.enum(['admin', 'owner', 'analyst', 'viewer']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** What an API token may be used for. */
export const tokenScopeSchema = z.enum(['read', 'ingest', 'import']);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export const emailSchema = z.email('use an email address like name@example.com').max(254);
/** Long passphrases welcome; 10 characters is the floor (NIST 800-63B asks for at least 8). */
export const passwordSchema = z.string().min(10, 'use at least 10 characters').max(200, 'use at most 200 characters');

export const signInSchema = z.object({
  email: z.string().min(1, 'enter your email'),
  password: z.string().min(1, 'enter your password'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: userRoleSchema,
  /** Business roles this person owns (for `owner`). */
  owns: z.array(keySchema),
  disabled: z.boolean(),
  createdAt: z.string(),
  /** The UI language this person chose; null follows their browser. */
  locale: localeSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

/** A person's own settings, changed from the user menu. */
export const preferencesSchema = z.object({ locale: localeSchema.nullable() });

export const sessionSchema = z.object({ user: userSchema });
export type Session = z.infer<typeof sessionSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().min(1).max(80),
  role: userRoleSchema,
  owns: z.array(keySchema).default([]),
  password: passwordSchema,
});
export const updateUserSchema = partialUpdate(
  { name: z.string().min(1).max(80), role: userRoleSchema, owns: z.array(keySchema), disabled: z.boolean() },
  'send at least one field to change',
);
export const resetPasswordSchema = z.object({ password: passwordSchema });
export const changePasswordSchema = z.object({ current: z.string().min(1), password: passwordSchema });
export const userListSchema = z.object({ users: z.array(userSchema) });

export const createTokenSchema = z.object({
  name: z.string().min(1).max(80),
  scopes: z.array(tokenScopeSchema).min(1, 'choose at least one scope'),
});
export const tokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(tokenScopeSchema),
  userId: z.number().int(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof tokenSchema>;
/** The secret appears once, in the answer to its creation. */
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
export const tokenListSchema = z.object({ tokens: z.array(tokenSchema) });

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityKey: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });
