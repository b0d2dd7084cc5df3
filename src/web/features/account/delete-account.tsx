import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, errorMessage } from '../../api/client.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { PasswordField } from './password-field.js';
import { deleteAccount } from './queries.js';

/** Server mode: delete my account and everything in it, with my password; a download is offered first. */
export function DeleteAccountSection({ role }: { role: string }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const remove = useMutation({
    mutationFn: () => deleteAccount(password),
    onSuccess: () => {
      qc.clear();
      void navigate({ to: '/sign-in' });
    },
    onError: (e) => setError(e instanceof ApiError && e.field === 'password' ? 'That is not your password.' : errorMessage(e)),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!password) {
      setError('Enter your password to confirm.');
      return;
    }
    setError(undefined);
    remove.mutate();
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="delete-account-heading"
      className="flex flex-col gap-4 rounded-xl border border-danger bg-surface p-6"
    >
      <h2 id="delete-account-heading" className="text-base font-semibold">
        Delete my account
      </h2>
      <p className="text-sm text-muted">
        {role === 'coach'
          ? 'Your account goes, with everything you own: shares with you end, and the comments you wrote on candidates’ work are removed with it.'
          : 'Your account goes, with everything in your notebook; shares with coaches end and their comments on your work go with it.'}{' '}
        This cannot be undone.
      </p>
      <div>
        <a href="/api/export" download className={buttonClass('secondary', 'sm')}>
          Download a backup first
        </a>
      </div>
      <PasswordField
        label="Your password"
        name="deletePassword"
        value={password}
        onChange={setPassword}
        error={error}
        autoComplete="current-password"
      />
      <div>
        <Button type="submit" variant="danger" disabled={remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete my account'}
        </Button>
      </div>
    </form>
  );
}
