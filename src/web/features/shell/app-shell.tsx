import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Keyboard, Menu, Plus, X } from 'lucide-react';
import clsx from 'clsx';
import { buttonClass } from '../../components/ui/button.js';
import { PageHeader } from '../../components/ui/page.js';
import { isTypingTarget, matchShortcut } from '../../lib/keys.js';
import type { ShortcutAction } from '../../lib/keys.js';
import { SearchBox } from '../search/search-box.js';
import { AccountMenu, useAuthGate } from '../account/account-menu.js';
import { NextActionsNavLink } from '../followups/next-actions-nav.js';
import { AppBanners } from '../../pwa/app-banners.js';

const ShortcutsDialog = lazy(() => import('./shortcuts-dialog.js').then((m) => ({ default: m.ShortcutsDialog })));

const NAV = [
  { to: '/', label: 'Dashboard', exact: true },
  { to: '/next', label: 'Next actions', exact: false },
  { to: '/board', label: 'Board', exact: false },
  { to: '/opportunities', label: 'Opportunities', exact: false },
  { to: '/practice', label: 'Practice', exact: false },
  { to: '/offers', label: 'Offers', exact: false },
  { to: '/priorities', label: 'Priorities', exact: false },
  { to: '/settings', label: 'Settings', exact: false },
] as const;

function useGlobalShortcuts(onHelp: () => void) {
  const navigate = useNavigate();
  const pending = useRef('');
  useEffect(() => {
    const routes: Record<Exclude<ShortcutAction, 'help'>, string> = {
      new: '/opportunities/new',
      dashboard: '/',
      board: '/board',
      list: '/opportunities',
      settings: '/settings',
    };
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('[role="dialog"]')) {
        pending.current = '';
        return;
      }
      const r = matchShortcut(pending.current, e);
      pending.current = r.pending;
      if (!r.action) return;
      e.preventDefault();
      if (r.action === 'help') onHelp();
      else void navigate({ to: routes[r.action] });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, onHelp]);
}

/** The frame of every page: header with navigation and the primary action, then the page. */
export function AppShell() {
  const [helpOpen, setHelpOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useGlobalShortcuts(openHelp);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const gate = useAuthGate(pathname);

  // After a page change, start reading and tabbing from the new page (unless the page focused a field itself).
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);

  const isActive = (to: string, exact: boolean) => (exact ? pathname === to : pathname === to || pathname.startsWith(`${to}/`));
  const navLinks = (onClick?: () => void) =>
    NAV.map((n) => {
      const active = isActive(n.to, n.exact) && !(n.to === '/opportunities' && pathname === '/opportunities/new');
      const linkClass = clsx(
        'whitespace-nowrap rounded-lg px-2.5 py-2 text-sm font-medium',
        active ? 'bg-accent-soft text-accent' : 'text-muted hover:bg-accent-soft hover:text-fg',
      );
      if (n.to === '/next') return <NextActionsNavLink key={n.to} className={linkClass} active={active} onClick={onClick} />;
      return (
        <Link
          key={n.to}
          to={n.to}
          onClick={onClick}
          aria-current={active ? 'page' : undefined}
          className={clsx(
            'whitespace-nowrap rounded-lg px-2.5 py-2 text-sm font-medium',
            active ? 'bg-accent-soft text-accent' : 'text-muted hover:bg-accent-soft hover:text-fg',
          )}
        >
          {n.label}
        </Link>
      );
    });

  if (gate.bare) {
    // Server mode, not signed in (or on a sign-in page): the page alone, no navigation.
    return (
      <>
        <AppBanners />
        <main id="main" ref={mainRef} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6">
          <Outlet />
        </main>
      </>
    );
  }

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-line bg-surface">
        {/* Eight sections and the search box fit side by side from 1280 px (wider than the page's column); below, a menu. */}
        <div className={clsx('mx-auto flex h-16 items-center gap-4 px-4 sm:px-6', pathname === '/board' ? 'max-w-none' : 'max-w-7xl')}>
          <Link to="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
            <span className="grid size-7 place-items-center rounded-lg bg-accent text-sm font-bold text-accent-fg" aria-hidden="true">
              O
            </span>
            Offerbook
          </Link>
          <nav aria-label="Main" className="hidden flex-1 items-center gap-1 xl:flex">
            {navLinks()}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <SearchBox />
            <span className="hidden xl:contents">
              <button
                type="button"
                className={buttonClass('ghost', 'md', 'px-2.5')}
                onClick={() => setHelpOpen(true)}
                aria-label="Keyboard shortcuts"
                title="Keyboard shortcuts (?)"
              >
                <Keyboard size={18} aria-hidden="true" />
              </button>
            </span>
            <AccountMenu />
            <Link
              to="/opportunities/new"
              className={buttonClass('primary', 'md', 'px-3 sm:px-4')}
              aria-keyshortcuts="n"
              aria-label="Add opportunity"
            >
              <Plus size={16} aria-hidden="true" />
              <span className="2xl:hidden">Add</span>
              <span className="hidden 2xl:inline">Add opportunity</span>
            </Link>
            <button
              type="button"
              className={buttonClass('ghost', 'md', 'px-2.5 xl:hidden')}
              aria-expanded={menuOpen}
              aria-controls="mobile-nav"
              aria-label={menuOpen ? 'Close menu' : 'Open menu'}
              onClick={() => setMenuOpen((o) => !o)}
            >
              {menuOpen ? <X size={20} aria-hidden="true" /> : <Menu size={20} aria-hidden="true" />}
            </button>
          </div>
        </div>
        {menuOpen && (
          <nav id="mobile-nav" aria-label="Main" className="flex flex-col gap-1 border-t border-line px-4 py-3 xl:hidden">
            {navLinks(() => setMenuOpen(false))}
          </nav>
        )}
        <AppBanners />
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className={clsx('mx-auto px-4 py-8 outline-none sm:px-6', pathname === '/board' ? 'max-w-none' : 'max-w-6xl')}
      >
        <Outlet />
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
        </Suspense>
      )}
    </div>
  );
}

/** Shown for an address that matches no page. */
export function NotFound() {
  return (
    <div>
      <PageHeader title="Page not found" lead="There is nothing at this address." />
      <Link to="/" className={buttonClass('secondary')}>
        Go to the dashboard
      </Link>
    </div>
  );
}
