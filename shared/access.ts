import type { User } from './auth.js';

/** Admins, or an owner of this business role. */
const adminOrOwnerOf = (u: User, roleKey: string) =>
  u.role === 'admin' || (u.role === 'owner' && u.owns.includes(roleKey));

const ownsAll = (u: User, roles: readonly string[]) =>
  u.role === 'owner' && roles.length > 0 && roles.every((r) => u.owns.includes(r));

/**
 * What the UI offers each person. The server decides for real (server/auth/permissions.ts);
 * these only hide controls a person may not use, so nobody meets a button that answers 403.
 */
export const can = {
  editCatalog: (u: User) => u.role === 'admin',
  setTarget: adminOrOwnerOf,
  /** A review note on a role's week: admins write notes, the role's owners reply. */
  writeNote: adminOrOwnerOf,
  reviewWeek: (u: User) => u.role === 'admin',
  /**
   * Adding an annotation touching these business roles (`rolesTouched` in shared/annotations):
   * admins and analysts any, owners only when every role touched is theirs.
   */
  annotate: (u: User, touched: readonly string[]) => u.role === 'admin' || u.role === 'analyst' || ownsAll(u, touched),
  /** Changing one: admins any, analysts those they added, owners those touching only their roles. */
  changeAnnotation: (u: User, createdBy: number | null, touched: readonly string[]) =>
    u.role === 'admin' || (u.role === 'analyst' && createdBy === u.id) || ownsAll(u, touched),
  importData: (u: User) => u.role === 'admin' || u.role === 'analyst',
  manageTokens: (u: User) => u.role === 'admin' || u.role === 'analyst',
  manageUsers: (u: User) => u.role === 'admin',
  manageSources: (u: User) => u.role === 'admin',
  manageAlertWebhooks: (u: User) => u.role === 'admin',
};
