import type { User } from './auth.js';

/**
 * What the UI offers each person. The server decides for real (server/auth/permissions.ts);
 * these only hide controls a person may not use, so nobody meets a button that answers 403.
 */
export const can = {
  editCatalog: (u: User) => u.role === 'admin',
  setTarget: (u: User, roleKey: string) => u.role === 'admin' || (u.role === 'owner' && u.owns.includes(roleKey)),
  importData: (u: User) => u.role === 'admin' || u.role === 'analyst',
  manageTokens: (u: User) => u.role === 'admin' || u.role === 'analyst',
  manageUsers: (u: User) => u.role === 'admin',
  manageSources: (u: User) => u.role === 'admin',
  manageAlertWebhooks: (u: User) => u.role === 'admin',
};
