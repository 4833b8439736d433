import { type ComponentType, lazy } from 'react';
import { can } from '../shared/access';
import type { User } from '../shared/auth';
import type { MessageKey } from './i18n/messages/en';
import { OverviewPage } from './pages/OverviewPage';

/** Loads a page module lazily (its own chunk) and picks its named export. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export interface PageEntry {
  /** wouter route pattern. */
  path: string;
  /** Nav label's message; entries without one are routes only (reached by links). */
  label?: MessageKey;
  component: ComponentType;
  /** Who sees it in the nav and may open it; everyone when absent (the server decides for real). */
  visible?: (u: User) => boolean;
}

/**
 * Every page of the app, in nav order. To add a page: one entry here, its module in pages/.
 * Only the overview is in the initial bundle; other pages load on first visit.
 */
export const PAGES: PageEntry[] = [
  { path: '/', label: 'nav.overview', component: OverviewPage },
  { path: '/roles/:key', component: lazyPage(() => import('./pages/RolePage'), 'RolePage') },
  // The printable review: reached from the overview's "Print / export", not from the nav.
  { path: '/review/print', component: lazyPage(() => import('./pages/ReviewPrintPage'), 'ReviewPrintPage') },
  {
    path: '/catalog',
    label: 'nav.catalog',
    component: lazyPage(() => import('./pages/CatalogPage'), 'CatalogPage'),
  },
  {
    path: '/alerts',
    label: 'nav.alerts',
    component: lazyPage(() => import('./pages/AlertsPage'), 'AlertsPage'),
  },
  {
    path: '/import',
    label: 'nav.import',
    component: lazyPage(() => import('./pages/ImportPage'), 'ImportPage'),
    visible: (u) => can.importData(u),
  },
  {
    path: '/integrations',
    label: 'nav.integrations',
    component: lazyPage(() => import('./pages/IntegrationsPage'), 'IntegrationsPage'),
    visible: (u) => can.manageSources(u),
  },
  {
    path: '/users',
    label: 'nav.users',
    component: lazyPage(() => import('./pages/UsersPage'), 'UsersPage'),
    visible: (u) => can.manageUsers(u) || can.manageTokens(u),
  },
  {
    path: '/api-reference',
    label: 'nav.api',
    component: lazyPage(() => import('./pages/ApiReferencePage'), 'ApiReferencePage'),
  },
];
