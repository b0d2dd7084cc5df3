import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { UserRound } from 'lucide-react';
import { setUnauthenticatedHandler } from '../../api/client.js';
import { buttonClass } from '../../components/ui/button.js';
import { accountKeys, isPublicPage, signOut, useMe } from './queries.js';
import { closeDeviceGate, deviceOwner, openDeviceGate, ownedByAnother } from '../../pwa/device-owner.js';

/** Server mode: the day's cache and the outbox on this device belong to one account (wiped at sign-out, see the README). */
const deviceData = () => import('../../pwa/device-data.js');

/** Asks before signing out when this device holds changes the server does not have yet (signing out deletes them). */
export async function confirmSignOut(): Promise<boolean> {
  const unsent = await deviceData()
    .then((m) => m.unsentCount())
    .catch(() => 0);
  if (unsent === 0) return true;
  const what = unsent === 1 ? '1 change' : `${unsent} changes`;
  return window.confirm(
    `${what} made on this device have not reached the server yet. Signing out deletes them from this device. Sign out anyway?`,
  );
}

/** Signs this browser out: the server's session, then everything the app keeps on the device. */
export async function signOutHere(path: '/auth/logout' | '/auth/logout-everywhere'): Promise<void> {
  try {
    await signOut(path === '/auth/logout-everywhere');
  } finally {
    await (await deviceData()).wipeDeviceData();
  }
}

/**
 * Server mode: sends anyone not signed in to the sign-in page (from the start, and whenever a call
 * answers 401). Answers true when the page should show without the app's navigation.
 */
export function useAuthGate(pathname: string): { bare: boolean } {
  const me = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const publicPage = isPublicPage(pathname);
  const signedOut = me.data?.mode === 'server' && !me.data.user;
  const userId = me.data?.user?.id ?? null;

  const mode = me.data?.mode;
  const unknown = me.isError && !me.data;

  // The device gate (device-owner.ts): the notes' store opens once the device is the signed-in account's. Another
  // account's data on this device (it signed in here before, or its session ended without a sign-out) goes first.
  useEffect(() => {
    if (mode === 'local') return openDeviceGate(null);
    // Who is signed in cannot be known (no server, nothing kept on the device). A device no account has marked
    // holds nobody else's data: notes may be kept on it. A marked one waits (it may be another account's).
    if (unknown) return deviceOwner() === null ? openDeviceGate(null) : undefined;
    if (mode !== 'server') return;
    if (!userId) return closeDeviceGate();
    if (!ownedByAnother(userId)) return openDeviceGate(userId);
    closeDeviceGate();
    let current = true;
    void deviceData()
      .then((m) => m.wipeDeviceData())
      // Someone else signed in (or out) meanwhile: the device is not this account's to open.
      .then(() => current && openDeviceGate(userId));
    return () => {
      current = false;
    };
  }, [mode, userId, unknown]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      qc.setQueryData(accountKeys.me, { mode: 'server' });
    });
    return () => setUnauthenticatedHandler(undefined);
  }, [qc]);

  useEffect(() => {
    if (signedOut && !publicPage) {
      const next = `${window.location.pathname}${window.location.search}`;
      void navigate({ to: '/sign-in', search: { next }, replace: true });
    }
  }, [signedOut, publicPage, navigate]);

  return { bare: publicPage || signedOut };
}

/** Server mode: who is signed in, with Account, Accounts (admins) and Sign out. Nothing in local mode. */
export function AccountMenu() {
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const signOut = useMutation({
    mutationFn: () => signOutHere('/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(accountKeys.me, { mode: 'server' });
      void navigate({ to: '/sign-in' });
    },
  });

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const user = me.data?.mode === 'server' ? me.data.user : undefined;
  if (!user) return null;
  const close = () => setOpen(false);
  return (
    <div ref={box} className="relative">
      <button
        type="button"
        className={buttonClass('ghost', 'md', 'px-2.5')}
        aria-expanded={open}
        aria-controls="account-menu"
        aria-label={`Account: ${user.displayName}`}
        onClick={() => setOpen((o) => !o)}
      >
        <UserRound size={18} aria-hidden="true" />
        <span className="hidden max-w-32 truncate 2xl:inline">{user.displayName}</span>
      </button>
      {open && (
        <div
          id="account-menu"
          className="absolute right-0 top-12 z-40 flex w-64 flex-col gap-1 rounded-xl border border-line bg-surface p-2 shadow-lg"
        >
          <p className="px-3 py-2 text-sm">
            <span className="block font-medium">{user.displayName}</span>
            <span className="block truncate text-xs text-muted">{user.email}</span>
          </p>
          <Link to="/account" onClick={close} className="rounded-lg px-3 py-2 text-sm hover:bg-accent-soft">
            Account and devices
          </Link>
          {user.role === 'coach' && (
            <Link to="/shared" onClick={close} className="rounded-lg px-3 py-2 text-sm hover:bg-accent-soft">
              Shared with me
            </Link>
          )}
          {user.role === 'admin' && (
            <Link to="/admin" onClick={close} className="rounded-lg px-3 py-2 text-sm hover:bg-accent-soft">
              Manage accounts
            </Link>
          )}
          <button
            type="button"
            className="rounded-lg px-3 py-2 text-left text-sm hover:bg-accent-soft"
            onClick={() => void confirmSignOut().then((yes) => yes && signOut.mutate())}
            disabled={signOut.isPending}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
