import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../api/client';
import { useUser } from '../auth/SessionContext';
import { ChangePasswordForm } from './ChangePasswordForm';

const roleLabel = { admin: 'Admin', owner: 'Role owner', analyst: 'Analyst', viewer: 'Viewer' } as const;

/** Who is signed in, and signing out. */
export function UserMenu() {
  const user = useUser();
  const qc = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => api('/auth/sign-out', z.null(), { method: 'POST' }),
    onSettled: () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(['session'], null);
    },
  });
  return (
    <details className="user-menu">
      <summary aria-label={`Account: ${user.name}`}>{user.name}</summary>
      <div className="user-menu-panel">
        <p>
          <strong>{user.email}</strong>
          <br />
          {roleLabel[user.role]}
          {user.owns.length > 0 && ` · owns ${user.owns.join(', ')}`}
        </p>
        <details>
          <summary>Change password</summary>
          <ChangePasswordForm />
        </details>
        <button type="button" className="btn" onClick={() => signOut.mutate()}>
          Sign out
        </button>
      </div>
    </details>
  );
}
