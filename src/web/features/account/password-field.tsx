import { Field, Input } from '../../components/ui/field.js';

/** A labelled password input with the browser's password-manager hints. */
export function PasswordField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <Field label={props.label} required error={props.error} {...(props.hint ? { hint: props.hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          name={props.name}
          type="password"
          autoComplete={props.autoComplete}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required
        />
      )}
    </Field>
  );
}

export const NEW_PASSWORD_HINT = 'At least 10 characters. A few unrelated words make a strong password that is easy to remember.';

/** Checks a new password and its confirmation as typed; answers the messages to show. */
export function checkNewPassword(password: string, confirm: string): { password?: string; confirm?: string } {
  if (password.length < 10) return { password: 'Use at least 10 characters.' };
  if (password.length > 200) return { password: 'Use at most 200 characters.' };
  if (password !== confirm) return { confirm: 'The two passwords are not the same.' };
  return {};
}
