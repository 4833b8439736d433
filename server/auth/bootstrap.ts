import { randomBytes } from 'node:crypto';
import type { UserRole } from '../../shared/auth.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open.js';
import { countUsers, findUserByEmail, insertUser } from '../db/users.js';
import { hashPassword } from './password.js';

/**
 * First start: creates the admin from ROLECARD_ADMIN_EMAIL / ROLECARD_ADMIN_PASSWORD, or with
 * a generated password that is printed once and never stored in clear.
 */
export async function ensureFirstAdmin(
  db: Db,
  config: Config,
  now: Date,
  print: (line: string) => void,
): Promise<void> {
  if (countUsers(db) > 0) return;
  const password = config.adminPassword ?? randomBytes(15).toString('base64url');
  insertUser(
    db,
    {
      email: config.adminEmail,
      name: 'Administrator',
      role: 'admin',
      owns: [],
      passwordHash: await hashPassword(password),
    },
    now,
  );
  if (config.adminPassword)
    print(`Created the admin account ${config.adminEmail} (password from ROLECARD_ADMIN_PASSWORD).`);
  else
    print(
      `Created the admin account ${config.adminEmail} with the password ${password}\n  — it is shown only this once; change it after signing in.`,
    );
}

/** The demo personas, listed in the README; created only together with the demo dataset. */
export const DEMO_PASSWORD = 'rolecard-demo';
export const demoUsers: Array<{ email: string; name: string; role: UserRole; owns: string[] }> = [
  { email: 'head@demo.rolecard', name: 'Hanna Head (Head of Digital)', role: 'admin', owns: [] },
  { email: 'marketing@demo.rolecard', name: 'Marco Marketing', role: 'owner', owns: ['marketing_manager'] },
  { email: 'service@demo.rolecard', name: 'Sofia Service', role: 'owner', owns: ['customer_service', 'logistics'] },
  { email: 'analyst@demo.rolecard', name: 'Ana Analyst', role: 'analyst', owns: [] },
  { email: 'viewer@demo.rolecard', name: 'Victor Viewer', role: 'viewer', owns: [] },
];

export async function createDemoUsers(db: Db, now: Date): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of demoUsers) if (!findUserByEmail(db, u.email)) insertUser(db, { ...u, passwordHash: hash }, now);
}
