import { Link } from 'wouter';
import { can } from '../../shared/access';
import { useUser } from '../auth/SessionContext';
import { useT } from '../i18n/useT';

/** After an empty state's hint: where this person can bring the data in, if they may. */
export function DataSourceLinks() {
  const user = useUser();
  const t = useT();
  const links = [
    can.importData(user) && { href: '/import', label: t('overview.source.import') },
    can.manageSources(user) && { href: '/integrations', label: t('overview.source.webhook') },
  ].filter((l): l is { href: string; label: string } => Boolean(l));
  if (links.length === 0) return null;
  return (
    <span className="data-source-links">
      {links.map((l) => (
        <Link key={l.href} href={l.href}>
          {l.label}
        </Link>
      ))}
    </span>
  );
}
