import { can } from '../../shared/access';
import { useUser } from '../auth/SessionContext';
import { AuditPanel } from '../components/admin/AuditPanel';
import { TokensPanel } from '../components/admin/TokensPanel';
import { UsersPanel } from '../components/admin/UsersPanel';
import { useT } from '../i18n/useT';

/** People, API tokens and the audit log; each panel only for those who may use it. */
export function UsersPage() {
  const user = useUser();
  const t = useT();
  return (
    <div className="users-page">
      <h1>{t('admin.title')}</h1>
      {can.manageUsers(user) && <UsersPanel />}
      {can.manageTokens(user) && <TokensPanel />}
      {can.manageUsers(user) && <AuditPanel />}
      {!can.manageUsers(user) && !can.manageTokens(user) && <p>{t('admin.noAccess')}</p>}
    </div>
  );
}
