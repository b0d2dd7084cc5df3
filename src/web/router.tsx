import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppShell, NotFound } from './features/shell/app-shell.js';
import { Loading } from './components/ui/status.js';
import { parseListSearch } from './features/opportunities/list-search.js';
import { prefetchSummariesOnce, type ListFilters } from './features/opportunities/queries.js';
import { parseDetailSearch, parseSearchSearch } from './features/search/model.js';
import { parsePromptSearch, parseRehearseSearch } from './features/practice/route-search.js';

const rootRoute = createRootRoute({ component: AppShell, notFoundComponent: NotFound });

// Every page is its own chunk so the first load stays small.
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./features/dashboard/dashboard-page.js'), 'DashboardPage'),
});
const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/board',
  loader: () => prefetchSummariesOnce({}),
  component: lazyRouteComponent(() => import('./features/board/board-page.js'), 'BoardPage'),
});
const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities',
  validateSearch: parseListSearch,
  loaderDeps: ({ search }): ListFilters => ({ stage: search.stage, q: search.q, archived: search.archived ?? 'false' }),
  loader: ({ deps }) => prefetchSummariesOnce(deps),
  component: lazyRouteComponent(() => import('./features/opportunities/list-page.js'), 'ListPage'),
});
const newRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/new',
  component: lazyRouteComponent(() => import('./features/opportunities/new-page.js'), 'NewOpportunityPage'),
});
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/import',
  component: lazyRouteComponent(() => import('./features/imports/import-page.js'), 'ImportPage'),
});
const captureRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/capture',
  component: lazyRouteComponent(() => import('./features/postings/capture-page.js'), 'CapturePage'),
});
const applicationsReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/applications',
  component: lazyRouteComponent(() => import('./features/reports/applications-page.js'), 'ApplicationsReportPage'),
});
const detailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/$id',
  validateSearch: parseDetailSearch,
  component: lazyRouteComponent(() => import('./features/opportunities/detail-page.js'), 'OpportunityPage'),
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./features/settings/settings-page.js'), 'SettingsPage'),
});

const prioritiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/priorities',
  component: lazyRouteComponent(() => import('./features/priorities/priorities-page.js'), 'PrioritiesPage'),
});
const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/practice',
  component: lazyRouteComponent(() => import('./features/practice/practice-page.js'), 'PracticePage'),
});
const rehearseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/practice/rehearse',
  validateSearch: parseRehearseSearch,
  component: lazyRouteComponent(() => import('./features/practice/rehearse-page.js'), 'RehearsePage'),
});
const promptRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/practice/$promptId',
  validateSearch: parsePromptSearch,
  component: lazyRouteComponent(() => import('./features/practice/prompt-page.js'), 'PromptPage'),
});
const briefRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/$id/brief',
  component: lazyRouteComponent(() => import('./features/questions/brief-page.js'), 'BriefPage'),
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: parseSearchSearch,
  component: lazyRouteComponent(() => import('./features/search/search-page.js'), 'SearchPage'),
});

const interviewModeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/interviews/$id',
  component: lazyRouteComponent(() => import('./features/interviews/interview-mode-page.js'), 'InterviewModePage'),
});
const nextActionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/next',
  component: lazyRouteComponent(() => import('./features/followups/next-actions-page.js'), 'NextActionsPage'),
});
const offersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offers',
  component: lazyRouteComponent(() => import('./features/offers/compare-page.js'), 'ComparePage'),
});

// Accounts (server mode): sign-in and the one-time links work without being signed in.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { next?: string } => (typeof search.next === 'string' ? { next: search.next } : {}),
  component: lazyRouteComponent(() => import('./features/account/sign-in-page.js'), 'SignInPage'),
});
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  component: lazyRouteComponent(() => import('./features/account/accept-invitation-page.js'), 'AcceptInvitationPage'),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./features/account/reset-password-page.js'), 'ResetPasswordPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('./features/account/account-page.js'), 'AccountPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./features/account/admin-page.js'), 'AdminPage'),
});

const sharedListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shared',
  component: lazyRouteComponent(() => import('./features/account/shared-pages.js'), 'SharedListPage'),
});
const sharedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/shared/$id',
  component: lazyRouteComponent(() => import('./features/account/shared-pages.js'), 'SharedPage'),
});

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  boardRoute,
  listRoute,
  newRoute,
  importRoute,
  captureRoute,
  applicationsReportRoute,
  detailRoute,
  prioritiesRoute,
  practiceRoute,
  rehearseRoute,
  promptRoute,
  briefRoute,
  searchRoute,
  interviewModeRoute,
  nextActionsRoute,
  offersRoute,
  settingsRoute,
  signInRoute,
  acceptInvitationRoute,
  resetPasswordRoute,
  accountRoute,
  adminRoute,
  sharedListRoute,
  sharedRoute,
]);

/** The app's router: code-based routes, lazily loaded pages. */
export const router = createRouter({
  routeTree,
  defaultPendingComponent: () => <Loading />,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
