import { Suspense } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useUser } from './auth/SessionContext';
import { Skeleton } from './components/QueryState';
import { UserMenu } from './components/UserMenu';
import { T, useT } from './i18n/useT';
import { getLanding } from './lib/landing';
import { PAGES } from './pages';

// The landing page applies once, when the app is opened on its root; the Overview link still works after.
const openedOnRoot = typeof window !== 'undefined' && window.location.pathname === '/' && !window.location.search;
let landingUsed = false;

/** Layout (header, nav from PAGES) and the routes. */
export function App() {
  const [location] = useLocation();
  const user = useUser();
  const t = useT();
  // A saved landing page wins; otherwise a role owner lands on (the first of) their roles.
  const firstOwned = user.role === 'owner' ? user.owns[0] : undefined;
  const landing = openedOnRoot ? (getLanding() ?? (firstOwned ? `/roles/${firstOwned}` : null)) : null;
  const pages = PAGES.filter((p) => !p.visible || p.visible(user));
  if (landing && landing !== '/' && !landingUsed) {
    landingUsed = true;
    return <Redirect to={landing} replace />;
  }
  landingUsed = true;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◧
            </span>
            Rolecard
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul>
              {pages
                .filter((p) => p.label)
                .map((p) => (
                  <li key={p.path}>
                    <Link href={p.path} aria-current={isCurrent(p.path, location) ? 'page' : undefined}>
                      {p.label && t(p.label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Skeleton height={480} label={t('app.loadingPage')} />}>
          <Switch>
            {pages.map((p) => (
              <Route key={p.path} path={p.path} component={p.component} />
            ))}
            <Route>
              <div className="page">
                <h1>{t('app.notFound.title')}</h1>
                <p>
                  <T id="app.notFound.body" values={{ link: (s) => <Link href="/">{s}</Link> }} />
                </p>
              </div>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}

function isCurrent(path: string, location: string) {
  return path === '/' ? location === '/' || location.startsWith('/roles/') : location.startsWith(path);
}
