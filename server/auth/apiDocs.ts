import { z } from 'zod';
import {
  auditListSchema,
  changePasswordSchema,
  createdTokenSchema,
  createTokenSchema,
  createUserSchema,
  preferencesSchema,
  resetPasswordSchema,
  sessionSchema,
  signInSchema,
  tokenListSchema,
  tokenSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
} from '../../shared/auth.js';
import { type ApiRouteDoc, errorDoc } from '../ops/openapi.js';

const error = errorDoc;
const idParams = z.object({ id: z.coerce.number().int().positive() });
const denied = { 401: error('Not signed in.'), 403: error('This account may not do this.') };

/**
 * Accounts routes for the OpenAPI document. Their examples run last against a fresh install
 * signed in as `admin@test.local` with the password `example-password-1`; sign-in rotates
 * the session and sign-out ends it, so those two close the list.
 */
export const authRouteDocs: ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/auth/session',
    tag: 'Accounts',
    summary: 'Who is signed in',
    example: { url: '/api/auth/session' },
    responses: {
      200: { description: 'The signed-in person.', schema: sessionSchema },
      401: error('Nobody is signed in.'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/password',
    tag: 'Accounts',
    summary: 'Change your own password (your other sessions end)',
    body: changePasswordSchema,
    example: { url: '/api/auth/password', body: { current: 'example-password-1', password: 'example-password-2' } },
    responses: { 204: { description: 'Changed.' }, 422: error('The current password is wrong.'), ...denied },
  },
  {
    method: 'patch',
    path: '/api/auth/preferences',
    tag: 'Accounts',
    summary: 'Your own settings: the UI language (null follows the browser)',
    body: preferencesSchema,
    example: { url: '/api/auth/preferences', body: { locale: 'es' } },
    responses: {
      200: { description: 'The updated person.', schema: sessionSchema },
      400: error('Not a supported language.'),
      ...denied,
    },
  },
  {
    method: 'get',
    path: '/api/users',
    tag: 'Accounts',
    summary: 'Everyone with an account (admins)',
    example: { url: '/api/users' },
    responses: { 200: { description: 'Users.', schema: userListSchema }, ...denied },
  },
  {
    method: 'post',
    path: '/api/users',
    tag: 'Accounts',
    summary: 'Add a person (admins)',
    body: createUserSchema,
    example: {
      url: '/api/users',
      body: {
        email: 'sofia@shop.example',
        name: 'Sofia',
        role: 'owner',
        owns: ['customer_service'],
        password: 'first-password-1',
      },
    },
    responses: { 201: { description: 'Created.', schema: userSchema }, 409: error('The email is taken.'), ...denied },
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    tag: 'Accounts',
    summary: 'Change a person’s name, access, owned roles or active state (admins)',
    params: idParams,
    body: updateUserSchema,
    example: { url: '/api/users/2', body: { owns: ['customer_service', 'logistics'] } },
    responses: {
      200: { description: 'Updated.', schema: userSchema },
      409: error('It would remove the last admin.'),
      ...denied,
    },
  },
  {
    method: 'post',
    path: '/api/users/{id}/password',
    tag: 'Accounts',
    summary: 'Reset a person’s password (admins); their sessions end',
    params: idParams,
    body: resetPasswordSchema,
    example: { url: '/api/users/2/password', body: { password: 'temporary-password-1' } },
    responses: { 204: { description: 'Reset.' }, 404: error('No such user.'), ...denied },
  },
  {
    method: 'get',
    path: '/api/tokens',
    tag: 'Accounts',
    summary: 'Your API tokens (admins see all)',
    example: { url: '/api/tokens' },
    responses: { 200: { description: 'Tokens, without their secrets.', schema: tokenListSchema }, ...denied },
  },
  {
    method: 'post',
    path: '/api/tokens',
    tag: 'Accounts',
    summary: 'Create an API token; the secret is in this answer only',
    body: createTokenSchema,
    example: { url: '/api/tokens', body: { name: 'nightly export', scopes: ['read', 'ingest'] } },
    responses: { 201: { description: 'Created, with `token`.', schema: createdTokenSchema }, ...denied },
  },
  {
    method: 'delete',
    path: '/api/tokens/{id}',
    tag: 'Accounts',
    summary: 'Revoke an API token',
    params: idParams,
    example: { url: '/api/tokens/1' },
    responses: { 200: { description: 'Revoked.', schema: tokenSchema }, 404: error('No such token.'), ...denied },
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: 'Accounts',
    summary: 'The audit log, newest first (admins)',
    query: z.object({
      before: z.coerce.number().int().optional(),
      limit: z.coerce.number().int().min(1).max(500).optional(),
    }),
    example: { url: '/api/audit?limit=50' },
    responses: { 200: { description: 'Entries with before and after.', schema: auditListSchema }, ...denied },
  },
  {
    method: 'post',
    path: '/api/auth/sign-in',
    tag: 'Accounts',
    summary: 'Sign in; sets the HttpOnly session cookie',
    body: signInSchema,
    example: { url: '/api/auth/sign-in', body: { email: 'admin@test.local', password: 'example-password-2' } },
    responses: {
      200: { description: 'Signed in.', schema: sessionSchema },
      401: error('Email and password do not match an active account.'),
      429: error('Too many failed attempts; `details.retryAfterSeconds`.'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/sign-out',
    tag: 'Accounts',
    summary: 'Sign out; ends the session on the server',
    example: { url: '/api/auth/sign-out' },
    responses: { 204: { description: 'Signed out (also when nobody was signed in).' } },
  },
];
