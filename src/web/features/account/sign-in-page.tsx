import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { AuthFrame, FormAlert } from './auth-frame.js';
import { PasswordField } from './password-field.js';
import { accountKeys, logIn, safeNext } from './queries.js';

/** Server mode: sign in with email and password. */
export function SignInPage() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { next?: string };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});

  const signIn = useMutation({
    mutationFn: async () => {
      return logIn({ email: email.trim(), password });
    },
    onSuccess: (me) => {
      qc.clear();
      qc.setQueryData(accountKeys.me, me);
      void navigate({ to: safeNext(search.next) });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field) setErrors({ [e.field]: fieldMessage(e) });
      else setErrors({ form: errorMessage(e) });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = 'Enter the email address you were invited with.';
    if (!password) next.password = 'Enter your password.';
    setErrors(next);
    if (Object.keys(next).length === 0) signIn.mutate();
  }

  return (
    <AuthFrame title="Sign in" lead="Your notebook is private to you, unless you choose to share it.">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormAlert message={errors.form} />
        <Field label="Email" required error={errors.email}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required
              autoFocus
            />
          )}
        </Field>
        <PasswordField
          label="Password"
          name="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="current-password"
        />
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
        <p className="text-xs text-muted">Forgot your password? Ask your administrator for a reset link.</p>
      </form>
    </AuthFrame>
  );
}
