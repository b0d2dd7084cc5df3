import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountUser, UpdateUser } from '../../../contracts/accounts.js';
import { ACCOUNT_ROLES, type AccountRole } from '../../../contracts/values.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Badge } from '../../components/ui/badge.js';
import { Button } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { PageHeader } from '../../components/ui/page.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { AdminDeleteUser } from './admin-delete-user.js';
import { IssuedLinkPanel } from './issued-link.js';
import { accountKeys, inviteUser, listUsers, resetLink, updateUser, useMe } from './queries.js';

const ROLE_LABEL: Record<AccountRole, string> = { candidate: 'Candidate', coach: 'Coach', admin: 'Admin' };

function InviteForm({ onIssued }: { onIssued: (link: { title: string; url: string; expiresAt: string }) => void }) {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AccountRole>('candidate');
  const [error, setError] = useState<string | undefined>();
  const toast = useToast();
  const invite = useMutation({
    mutationFn: () => inviteUser({ email: email.trim(), role }),
    onSuccess: (created) => {
      setEmail('');
      onIssued({ title: `Invitation for ${created.email} (${ROLE_LABEL[created.role]})`, url: created.url, expiresAt: created.expiresAt });
      void qc.invalidateQueries({ queryKey: accountKeys.users });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field === 'email') setError(fieldMessage(e));
      else toast.show(errorMessage(e), { tone: 'error' });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setError('Enter their email address.');
      return;
    }
    setError(undefined);
    invite.mutate();
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="invite-heading"
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6"
    >
      <h2 id="invite-heading" className="text-base font-semibold">
        Invite someone
      </h2>
      <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
        <Field label="Email" required error={error}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required
            />
          )}
        </Field>
        <Field label="Role">
          {({ id }) => (
            <Select id={id} name="role" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
              {ACCOUNT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <p className="text-xs text-muted">Everyone keeps a private notebook of their own. Admins manage accounts, never anyone’s notebook.</p>
      <div>
        <Button type="submit" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Create invitation link'}
        </Button>
      </div>
    </form>
  );
}

function UserRow({
  user,
  isMe,
  onIssued,
}: {
  user: AccountUser;
  isMe: boolean;
  onIssued: (link: { title: string; url: string; expiresAt: string }) => void;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const update = useMutation({
    mutationFn: (body: UpdateUser) => updateUser(user.id, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: accountKeys.users }),
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const reset = useMutation({
    mutationFn: () => resetLink(user.id),
    onSuccess: (link) => onIssued({ title: `Password reset link for ${user.email}`, ...link }),
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  const setRole = (role: AccountUser['role']) => {
    const before = user.role;
    update.mutate(
      { role },
      {
        onSuccess: () =>
          toast.show(`${user.displayName} is now ${ROLE_LABEL[role].toLowerCase()}.`, {
            action: { label: 'Undo', onClick: () => update.mutate({ role: before }) },
          }),
      },
    );
  };
  const setDisabled = (disabled: boolean) =>
    update.mutate(
      { disabled },
      {
        onSuccess: () =>
          toast.show(disabled ? `${user.displayName} can no longer sign in.` : `${user.displayName} can sign in again.`, {
            action: { label: 'Undo', onClick: () => update.mutate({ disabled: !disabled }) },
          }),
      },
    );
  return (
    <li className="flex flex-col gap-3 py-4 md:flex-row md:items-center md:justify-between">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
          {user.displayName}
          {isMe && <Badge tone="accent">You</Badge>}
          {user.disabledAt && <Badge tone="danger">Disabled</Badge>}
        </p>
        <p className="truncate text-xs text-muted">{user.email}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.displayName}
        </label>
        <Select
          id={`role-${user.id}`}
          className="w-36"
          value={user.role}
          disabled={isMe || update.isPending}
          onChange={(e) => setRole(e.target.value as AccountUser['role'])}
        >
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </Select>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => reset.mutate()}
          disabled={reset.isPending}
          aria-label={`Password reset link for ${user.displayName}`}
        >
          Reset link
        </Button>
        {!isMe && (
          <Button
            size="sm"
            variant={user.disabledAt ? 'secondary' : 'danger'}
            onClick={() => setDisabled(!user.disabledAt)}
            disabled={update.isPending}
            aria-label={`${user.disabledAt ? 'Enable' : 'Disable'} ${user.displayName}`}
          >
            {user.disabledAt ? 'Enable' : 'Disable'}
          </Button>
        )}
        {!isMe && <AdminDeleteUser user={user} />}
      </div>
    </li>
  );
}

/** Server mode, admins only: invitations and accounts (never anyone's notebook). */
export function AdminPage() {
  const me = useMe();
  const isAdmin = me.data?.user?.role === 'admin';
  const users = useQuery({ queryKey: accountKeys.users, queryFn: listUsers, enabled: isAdmin });
  const [issued, setIssued] = useState<{ title: string; url: string; expiresAt: string } | null>(null);

  if (me.isPending) return <Loading />;
  if (!isAdmin) {
    return <PageHeader title="Page not found" lead="There is nothing at this address." />;
  }
  const others = users.data?.items.filter((u) => u.id !== me.data?.user?.id) ?? [];
  return (
    <>
      <PageHeader title="Accounts" lead="Invite people, change roles, disable or delete accounts and issue password reset links." />
      <div className="flex flex-col gap-6">
        <InviteForm onIssued={setIssued} />
        {issued && <IssuedLinkPanel {...issued} onDone={() => setIssued(null)} />}
        <section aria-labelledby="users-heading" className="rounded-xl border border-line bg-surface p-6">
          <h2 id="users-heading" className="text-base font-semibold">
            People
          </h2>
          {users.isPending ? (
            <Loading />
          ) : users.isError ? (
            <LoadError error={users.error} onRetry={() => void users.refetch()} />
          ) : (
            <>
              <ul className="divide-y divide-line">
                {users.data.items.map((u) => (
                  <UserRow key={u.id} user={u} isMe={u.id === me.data?.user?.id} onIssued={setIssued} />
                ))}
              </ul>
              {others.length === 0 && (
                <EmptyState title="Nobody else yet">
                  Invite the first candidate or coach above; they choose their own password from the link.
                </EmptyState>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
