import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { AuthFrame, FormAlert } from './auth-frame.js';
import { checkNewPassword, NewPasswordFields } from './password-field.js';
import { acceptInvitation, accountKeys, tokenFromHash } from './queries.js';

/** Server mode: an invited person picks their name and password and is signed in. */
export function AcceptInvitationPage() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ displayName?: string; password?: string; confirm?: string; form?: string }>({});

  const accept = useMutation({
    mutationFn: async () => {
      return acceptInvitation({ token: token ?? '', displayName: name.trim(), password });
    },
    onSuccess: (me) => {
      qc.clear();
      qc.setQueryData(accountKeys.me, me);
      // The secret leaves the address bar and the history.
      window.history.replaceState(null, '', '/accept-invitation');
      void navigate({ to: '/' });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field && e.field !== 'token') setErrors({ [e.field]: fieldMessage(e) });
      else setErrors({ form: errorMessage(e) });
    },
  });

  if (!token) {
    return (
      <AuthFrame title="Accept your invitation" lead="Open the full link from your invitation to set up your account.">
        <p className="text-sm text-muted">
          The link looks incomplete. Copy all of it from the message you received, or ask your administrator for a new one.
        </p>
      </AuthFrame>
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = { ...checkNewPassword(password, confirm) };
    if (!name.trim()) next.displayName = 'Enter the name you would like to be called.';
    setErrors(next);
    if (Object.keys(next).length === 0) accept.mutate();
  }

  return (
    <AuthFrame title="Accept your invitation" lead="Choose the name people will see and a password for signing in.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormAlert message={errors.form} />
        <Field label="Your name" required error={errors.displayName}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="displayName"
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required
              maxLength={100}
            />
          )}
        </Field>
        <NewPasswordFields
          label="Password"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <Button type="submit" disabled={accept.isPending}>
          {accept.isPending ? 'Setting up…' : 'Create my account'}
        </Button>
      </form>
    </AuthFrame>
  );
}
