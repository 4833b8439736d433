import { type ComponentType, lazy } from 'react';
import { can } from '../shared/access';
import type { User } from '../shared/auth';
import { OverviewPage } from './pages/OverviewPage';

/** Loads a page module lazily (its own chunk) and picks its named export. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export interface PageEntry {
  /** wouter route pattern. */
  path: string;
  /** Nav label; entries without one are routes only (reached by links). */
  label?: string;
  component: ComponentType;
  /** Who sees it in the nav and may open it; everyone when absent (the server decides for real). */
  visible?: (u: User) => boolean;
}

/**
 * Every page of the app, in nav order. To add a page: one entry here, its module in pages/.
 * Only the overview is in the initial bundle; other pages load on first visit.
 */
export const PAGES: PageEntry[] = [
  { path: '/', label: 'Overview', component: OverviewPage },
  { path: '/roles/:key', component: lazyPage(() => import('./pages/RolePage'), 'RolePage') },
  // The printable review: reached from the overview's "Print / export", not from the nav.
  { path: '/review/print', component: lazyPage(() => import('./pages/ReviewPrintPage'), 'ReviewPrintPage') },
  {
    path: '/catalog',
    label: 'Catalog & targets',
    component: lazyPage(() => import('./pages/CatalogPage'), 'CatalogPage'),
  },
  {
    path: '/alerts',
    label: 'Alerts',
    component: lazyPage(() => import('./pages/AlertsPage'), 'AlertsPage'),
  },
  {
    path: '/import',
    label: 'Import',
    component: lazyPage(() => import('./pages/ImportPage'), 'ImportPage'),
    visible: (u) => can.importData(u),
  },
  {
    path: '/integrations',
    label: 'Integrations',
    component: lazyPage(() => import('./pages/IntegrationsPage'), 'IntegrationsPage'),
    visible: (u) => can.manageSources(u),
  },
  {
    path: '/users',
    label: 'Users & tokens',
    component: lazyPage(() => import('./pages/UsersPage'), 'UsersPage'),
    visible: (u) => can.manageUsers(u) || can.manageTokens(u),
  },
  {
    path: '/api-reference',
    label: 'API',
    component: lazyPage(() => import('./pages/ApiReferencePage'), 'ApiReferencePage'),
  },
];
