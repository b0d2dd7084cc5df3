import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../contracts/limits.js';
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

const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`;

/** Checks a new password and its confirmation as typed; answers the messages to show. */
export function checkNewPassword(password: string, confirm: string): { password?: string; confirm?: string } {
  if (password.length < PASSWORD_MIN_LENGTH) return { password: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  if (password.length > PASSWORD_MAX_LENGTH) return { password: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  if (password !== confirm) return { confirm: 'The two passwords are not the same.' };
  return {};
}

/** A new password typed twice, with the strength hint under the first (accepting an invitation, a reset link). */
export function NewPasswordFields(props: {
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: { password?: string | undefined; confirm?: string | undefined };
  /** The inputs' names (password managers and tests read them). */
  names?: { password: string; confirm: string };
}) {
  const names = props.names ?? { password: 'password', confirm: 'confirm' };
  return (
    <>
      <PasswordField
        label={props.label}
        name={names.password}
        value={props.password}
        onChange={props.onPassword}
        error={props.errors.password}
        hint={NEW_PASSWORD_HINT}
        autoComplete="new-password"
      />
      <PasswordField
        label={`${props.label} again`}
        name={names.confirm}
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.errors.confirm}
        autoComplete="new-password"
      />
    </>
  );
}
