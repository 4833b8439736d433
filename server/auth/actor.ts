import type { TokenScope } from '../../shared/auth.js';
import type { UserRecord } from '../db/users.js';

/** Who is making a request: a signed-in person, or a script with one of their API tokens. */
export type Actor =
  | { via: 'session'; user: UserRecord; session: string }
  | { via: 'token'; user: UserRecord; tokenId: number; scopes: TokenScope[] };

/** How an actor is named in the audit log. */
export function actorLabel(a: Actor): string {
  return a.via === 'token' ? `${a.user.email} (token #${a.tokenId})` : a.user.email;
}
