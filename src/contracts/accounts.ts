import { z } from 'zod';
import { Id, Instant } from './common.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits.js';
import { ACCOUNT_ROLES } from './values.js';

/** Roles in server mode. */
export const RoleName = z.enum(ACCOUNT_ROLES, { message: 'must be candidate, coach or admin' });

const Email = z.email({ message: 'must be an email address' }).max(320, { message: 'must be at most 320 characters' });
/** A password being set: long enough to resist guessing. */
const NewPassword = z
  .string({ message: 'must be text' })
  .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
/** A password being checked: any non-empty text. */
const GivenPassword = z
  .string({ message: 'must be text' })
  .min(1, { message: 'must not be empty' })
  .max(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
const Token = z.string().min(20, { message: 'is not a valid link' }).max(100, { message: 'is not a valid link' });
const DisplayName = z.string().trim().min(1, { message: 'must not be empty' }).max(100, { message: 'must be at most 100 characters' });

export const AccountUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: RoleName,
  disabledAt: Instant.nullable(),
  createdAt: Instant,
});
export type AccountUser = z.infer<typeof AccountUser>;

/** Who is signed in: `{ mode: 'local' }` on a one-person install, the account in server mode. */
export const Me = z.object({
  mode: z.enum(['local', 'server']),
  user: AccountUser.optional(),
});
export type Me = z.infer<typeof Me>;

export const Login = z.strictObject({ email: Email, password: GivenPassword });
export type Login = z.infer<typeof Login>;

export const ChangePassword = z.strictObject({ currentPassword: GivenPassword, newPassword: NewPassword });
export type ChangePassword = z.infer<typeof ChangePassword>;

export const SessionInfo = z.object({
  id: z.string(),
  createdAt: Instant,
  lastSeenAt: Instant,
  expiresAt: Instant,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
export const SessionList = z.object({ items: z.array(SessionInfo) });
export type SessionList = z.infer<typeof SessionList>;

/** A session is addressed by the SHA-256 of its token (never the token). */
export const SessionParams = z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a session id' }) });

export const RevokedCount = z.object({ revoked: z.number().int() });

export const CreateInvitation = z.strictObject({ email: Email, role: RoleName.default('candidate') });
export type CreateInvitation = z.input<typeof CreateInvitation>;

/** A link to hand to someone; its secret is shown only this once. */
export const IssuedLink = z.object({
  url: z.string(),
  expiresAt: Instant,
});
export type IssuedLink = z.infer<typeof IssuedLink>;
export const CreatedInvitation = IssuedLink.extend({ id: Id, email: z.string(), role: RoleName });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const AcceptInvitation = z.strictObject({ token: Token, displayName: DisplayName, password: NewPassword });
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;

export const ResetPassword = z.strictObject({ token: Token, password: NewPassword });
export type ResetPassword = z.infer<typeof ResetPassword>;

export const UserList = z.object({ items: z.array(AccountUser) });
export type UserList = z.infer<typeof UserList>;

export const UpdateUser = z
  .strictObject({
    role: RoleName.optional(),
    disabled: z.boolean({ message: 'must be true or false' }).optional(),
    displayName: DisplayName.optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined || v.displayName !== undefined, {
    message: 'send role, disabled or displayName',
    path: ['role'],
  });
export type UpdateUser = z.infer<typeof UpdateUser>;

/** Deleting your own account: your password, checked like a sign-in. */
export const DeleteAccount = z.strictObject({ password: GivenPassword });
export type DeleteAccount = z.infer<typeof DeleteAccount>;
