import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Badge } from '../../components/ui/badge.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { formatDistanceToNow } from 'date-fns';
import { checkNewPassword, NewPasswordFields, PasswordField } from './password-field.js';
import { accountKeys, changePassword, deleteSession, deviceName, listSessions, useMe } from './queries.js';
import { DeleteAccountSection } from './delete-account.js';
import { SharingSection } from './sharing-section.js';
import { confirmSignOut, signOutHere } from './account-menu.js';

function Sessions() {
  const qc = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: accountKeys.sessions, queryFn: listSessions });
  const end = useMutation({
    mutationFn: deleteSession,
    onSuccess: () => {
      toast.show('That device is signed out.');
      void qc.invalidateQueries({ queryKey: accountKeys.sessions });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const everywhere = useMutation({
    mutationFn: () => signOutHere('/auth/logout-everywhere'),
    onSuccess: () => {
      qc.clear();
      void navigate({ to: '/sign-in' });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });

  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="sessions-heading" className="text-base font-semibold">
            Where you are signed in
          </h2>
          <p className="text-sm text-muted">A device you do not recognise? Sign it out, then change your password.</p>
        </div>
        <Button
          variant="danger"
          onClick={() => void confirmSignOut().then((yes) => yes && everywhere.mutate())}
          disabled={everywhere.isPending}
        >
          Sign out everywhere
        </Button>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {q.data.items.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                  {deviceName(s.userAgent)}
                  {s.current && <Badge tone="accent">This device</Badge>}
                </p>
                <p className="text-xs text-muted">
                  {s.ip ? `${s.ip} · ` : ''}active {formatDistanceToNow(new Date(s.lastSeenAt), { addSuffix: true })} · signed in{' '}
                  {formatDistanceToNow(new Date(s.createdAt), { addSuffix: true })}
                </p>
              </div>
              {!s.current && (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => end.mutate(s.id)}
                  disabled={end.isPending}
                  aria-label={`Sign out ${deviceName(s.userAgent)}, active ${formatDistanceToNow(new Date(s.lastSeenAt), { addSuffix: true })}`}
                >
                  Sign out
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangePasswordForm() {
  const qc = useQueryClient();
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ currentPassword?: string; password?: string; confirm?: string }>({});
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      toast.show('Password changed. Your other devices were signed out.');
      void qc.invalidateQueries({ queryKey: accountKeys.sessions });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field === 'currentPassword') setErrors({ currentPassword: 'That is not your current password.' });
      else if (e instanceof ApiError && e.field === 'newPassword') setErrors({ password: fieldMessage(e) });
      else toast.show(errorMessage(e), { tone: 'error' });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = { ...checkNewPassword(next, confirm) };
    if (!current) found.currentPassword = 'Enter your current password.';
    setErrors(found);
    if (Object.keys(found).length === 0) change.mutate();
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="password-heading"
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6"
    >
      <h2 id="password-heading" className="text-base font-semibold">
        Change password
      </h2>
      <PasswordField
        label="Current password"
        name="currentPassword"
        value={current}
        onChange={setCurrent}
        error={errors.currentPassword}
        autoComplete="current-password"
      />
      <NewPasswordFields
        label="New password"
        names={{ password: 'newPassword', confirm: 'confirmPassword' }}
        password={next}
        confirm={confirm}
        onPassword={setNext}
        onConfirm={setConfirm}
        errors={errors}
      />
      <div>
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </Button>
      </div>
    </form>
  );
}

/** Server mode: the signed-in account, its sessions and its password. */
export function AccountPage() {
  const me = useMe();
  const user = me.data?.user;
  if (me.data?.mode === 'local') {
    return (
      <>
        <PageHeader title="Account" lead="Offerbook runs for one person on this computer: there is no account to manage." />
        <Link to="/" className={buttonClass('secondary')}>
          Go to the dashboard
        </Link>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Account"
        lead={user ? `Signed in as ${user.displayName} (${user.email}), ${user.role}.` : undefined}
        actions={
          user?.role === 'admin' ? (
            <Link to="/admin" className={buttonClass('secondary')}>
              Manage accounts
            </Link>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {user?.role === 'candidate' && <SharingSection />}
        <Sessions />
        <ChangePasswordForm />
        {user && <DeleteAccountSection role={user.role} />}
      </div>
    </>
  );
}
