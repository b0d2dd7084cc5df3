import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { AuthFrame, FormAlert } from './auth-frame.js';
import { checkNewPassword, NewPasswordFields } from './password-field.js';
import { resetPassword, tokenFromHash } from './queries.js';

/** Server mode: set a new password from a link an administrator issued. */
export function ResetPasswordPage() {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});

  const reset = useMutation({
    mutationFn: async () => {
      await resetPassword({ token: token ?? '', password });
    },
    onSuccess: () => window.history.replaceState(null, '', '/reset-password'),
    onError: (e) => {
      if (e instanceof ApiError && e.field === 'password') setErrors({ password: fieldMessage(e) });
      else setErrors({ form: errorMessage(e) });
    },
  });

  if (reset.isSuccess) {
    return (
      <AuthFrame title="Password changed" lead="You were signed out everywhere. Sign in with your new password.">
        <Link to="/sign-in" className={buttonClass('primary')}>
          Sign in
        </Link>
      </AuthFrame>
    );
  }
  if (!token) {
    return (
      <AuthFrame title="Choose a new password" lead="Open the full reset link your administrator gave you.">
        <p className="text-sm text-muted">The link looks incomplete. Copy all of it, or ask for a new one.</p>
      </AuthFrame>
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = checkNewPassword(password, confirm);
    setErrors(next);
    if (Object.keys(next).length === 0) reset.mutate();
  }

  return (
    <AuthFrame title="Choose a new password" lead="This link works once. Every device signed in to your account will be signed out.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormAlert message={errors.form} />
        <NewPasswordFields
          label="New password"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <Button type="submit" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Set new password'}
        </Button>
      </form>
    </AuthFrame>
  );
}
