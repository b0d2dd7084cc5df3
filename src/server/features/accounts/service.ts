import type {
  AcceptInvitation,
  AccountUser,
  ChangePassword,
  CreatedInvitation,
  IssuedLink,
  Login,
  ResetPassword,
  SessionInfo,
  UpdateUser,
} from '../../../contracts/accounts.js';
import { uuidv7 } from '../../../core/ids.js';
import { ROLES, type Ctx, type Role } from '../../auth/actor.js';
import { audit } from '../../auth/audit.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { enforceLimits, LIMITS } from '../../auth/rate-limit.js';
import { createSession, listActiveSessions, revokeAllSessions, revokeSession } from '../../auth/sessions.js';
import { knownDevice, refundSignIn, rememberDevice, reserveSignIn } from '../../auth/sign-in-limits.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Db } from '../../db/connect.js';
import type { UsersTable } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import type { Selectable } from 'kysely';
import { endAccess, revokeResetLinks } from './account-access.js';
import {
  claimLink,
  insertInvitation,
  insertResetLink,
  invitationByToken,
  invitationStateByToken,
  resetLinkByToken,
  resetLinkStateByToken,
} from './repository-links.js';
import { findAccount, findAccountByEmail, insertAccount, listAccounts, setPasswordHash, updateAccount } from './repository-users.js';
import { endCoachShares } from './sharing-service.js';

/** Where a request came from, for rate limits, the session list and the audit log. */
export interface Client {
  ip: string | null;
  userAgent: string | null;
  /** The `ob_device` cookie: a browser this account signed in from before. */
  device?: string | null;
}

const DAY = 24 * 3600 * 1000;
/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * DAY;
/** How long a password reset link works. */
export const RESET_TTL_MS = DAY;

/** The one answer to a failed sign-in: it does not say whether the email exists. */
export const BAD_CREDENTIALS = 'Email or password is incorrect';
const BAD_LINK = 'This link is not valid or has expired; ask for a new one';

type UserRow = Selectable<UsersTable>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function roleOf(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : 'candidate';
}

export function presentUser(row: UserRow): AccountUser {
  return {
    id: row.id,
    email: row.email ?? '',
    displayName: row.display_name,
    role: roleOf(row.role),
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

/** An account by an email as typed (normalised here). */
async function userByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return findAccountByEmail(db, normaliseEmail(email));
}

/** The signed-in account. */
export async function currentUser(ctx: Ctx): Promise<AccountUser> {
  const row = await findAccount(ctx.db, ctx.actor.userId);
  if (!row) throw new AppError('unauthenticated', 'Sign in to continue');
  return presentUser(row);
}

/** Makes an account directly (the CLI's `admin create-user`, and accepted invitations). */
export async function createUser(
  db: Db,
  input: { email: string; role: Role; displayName?: string; password: string },
  now: Date,
  actorId: string | null = null,
): Promise<AccountUser> {
  const email = normaliseEmail(input.email);
  if (await userByEmail(db, email)) throw new AppError('conflict', 'An account with this email already exists', { field: 'email' });
  const row: UserRow = {
    id: uuidv7(now.getTime()),
    display_name: input.displayName?.trim() || email.split('@')[0]!,
    is_local: 0,
    created_at: now.toISOString(),
    email,
    password_hash: await hashPassword(input.password),
    role: input.role,
    disabled_at: null,
  };
  await insertAccount(db, row);
  await audit(db, { at: now, actorId, action: 'user-created', subject: row.id, detail: { role: input.role } });
  return presentUser(row);
}

/**
 * Checks email and password and starts a session. The attempt is counted before the password is
 * checked (src/server/auth/sign-in-limits.ts): a known browser has its own allowance; elsewhere,
 * per address and account, per address across accounts, and an exponential back-off per account.
 * Answers a new `ob_device` token when this browser was not yet known.
 */
export async function login(
  db: Db,
  input: Login,
  now: Date,
  client: Client,
): Promise<{ user: AccountUser; token: string; deviceToken: string | null }> {
  const email = normaliseEmail(input.email);
  const row = await userByEmail(db, email);
  const deviceId = await knownDevice(db, row?.id, client.device ?? null);
  const reservation = await reserveSignIn(db, now, { email, ip: client.ip, deviceId });
  const ok = await verifyPassword(row?.password_hash, input.password);
  if (!row || !ok || row.disabled_at) {
    await audit(db, {
      at: now,
      actorId: null,
      action: 'sign-in-failed',
      subject: row?.id ?? null,
      ip: client.ip,
      detail: row ? {} : { unknownEmail: true },
    });
    throw new AppError('unauthenticated', BAD_CREDENTIALS);
  }
  await refundSignIn(db, reservation);
  const deviceToken = await rememberDevice(db, row.id, deviceId, now);
  const session = await createSession(db, row.id, now, client);
  await audit(db, { at: now, actorId: row.id, action: 'sign-in', subject: row.id, ip: client.ip });
  return { user: presentUser(row), token: session.token, deviceToken };
}

/** Ends the session the request came with. */
export async function logout(ctx: Ctx, client: Client): Promise<void> {
  const { userId, sessionId } = ctx.actor;
  if (sessionId) await revokeSession(ctx.db, userId, sessionId, ctx.now());
  await audit(ctx.db, { at: ctx.now(), actorId: userId, action: 'sign-out', subject: userId, ip: client.ip });
}

/** Ends every session of the signed-in account, on every device, with its calendar feeds and reset links. */
export async function logoutEverywhere(ctx: Ctx, client: Client): Promise<number> {
  const ended = await endAccess(ctx.db, ctx.actor.userId, ctx.now());
  await audit(ctx.db, {
    at: ctx.now(),
    actorId: ctx.actor.userId,
    action: 'sign-out-everywhere',
    subject: ctx.actor.userId,
    ip: client.ip,
    detail: { revoked: ended.sessions, ...ended },
  });
  return ended.sessions;
}

/** The signed-in account's sessions that still work. */
export async function listSessions(ctx: Ctx): Promise<SessionInfo[]> {
  const rows = await listActiveSessions(ctx.db, ctx.actor.userId, ctx.now());
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    userAgent: r.user_agent,
    ip: r.ip,
    current: r.id === ctx.actor.sessionId,
  }));
}

/** Ends one of the signed-in account's sessions; 404 for anyone else's (or an ended one). */
export async function endSession(ctx: Ctx, sessionId: string, client: Client): Promise<void> {
  if (!(await revokeSession(ctx.db, ctx.actor.userId, sessionId, ctx.now()))) throw notFound('Session');
  await audit(ctx.db, { at: ctx.now(), actorId: ctx.actor.userId, action: 'session-revoked', subject: ctx.actor.userId, ip: client.ip });
}

/** Changes the signed-in account's password; every other session, its calendar feeds, reset links and known browsers end. */
export async function changePassword(ctx: Ctx, input: ChangePassword, client: Client): Promise<void> {
  const now = ctx.now();
  // Counted before the check, so attempts sent at once cannot outrun the limit.
  await enforceLimits(ctx.db, now, [{ key: `password:account:${ctx.actor.userId}`, limit: LIMITS.account }]);
  const row = await findAccount(ctx.db, ctx.actor.userId);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError('validation', 'currentPassword is not your current password', { field: 'currentPassword' });
  }
  await setPasswordHash(ctx.db, row.id, await hashPassword(input.newPassword));
  const ended = await endAccess(ctx.db, row.id, now, { exceptSessionId: ctx.actor.sessionId, forgetBrowsers: true });
  await audit(ctx.db, { at: now, actorId: row.id, action: 'password-changed', subject: row.id, ip: client.ip, detail: { ...ended } });
}

// ---- Admin: accounts, never content. Non-admins get 404, as if the routes did not exist.

export function requireAdmin(ctx: Ctx): void {
  if (ctx.actor.role !== 'admin') throw notFound('Page');
}

/** Invites someone by email: answers the one-time link to send them. */
export async function invite(
  db: Db,
  actorId: string | null,
  input: { email: string; role: Role },
  now: Date,
  baseUrl: string,
): Promise<CreatedInvitation> {
  const email = normaliseEmail(input.email);
  if (await userByEmail(db, email)) throw new AppError('conflict', 'An account with this email already exists', { field: 'email' });
  const token = newToken();
  const id = uuidv7(now.getTime());
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  await insertInvitation(db, {
    id,
    token_hash: hashToken(token),
    email,
    role: input.role,
    created_by: actorId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  await audit(db, { at: now, actorId, action: 'invitation-created', subject: email, detail: { role: input.role } });
  // The token travels in the fragment: it never reaches a server log or a Referer header.
  return { id, email, role: input.role, url: `${baseUrl}/accept-invitation#token=${token}`, expiresAt };
}

/** Accepts an invitation: makes the account and signs it in. */
export async function acceptInvitation(
  db: Db,
  input: AcceptInvitation,
  now: Date,
  client: Client,
): Promise<{ user: AccountUser; token: string }> {
  const tokenHash = hashToken(input.token);
  await enforceLimits(db, now, [
    { key: `invite:ip:${client.ip ?? '?'}`, limit: LIMITS.ip },
    { key: `invite:token:${tokenHash}`, limit: LIMITS.account },
  ]);
  // Check the link before spending time on the hash; the transaction checks again and claims it.
  const pending = await invitationStateByToken(db, tokenHash);
  if (!pending || pending.used_at || pending.expires_at <= now.toISOString())
    throw new AppError('validation', BAD_LINK, { field: 'token' });
  const passwordHash = await hashPassword(input.password);
  const user = await inTransaction(db, async (trx) => {
    const invitation = await invitationByToken(trx, tokenHash);
    if (!invitation || invitation.used_at || invitation.expires_at <= now.toISOString())
      throw new AppError('validation', BAD_LINK, { field: 'token' });
    if (!(await claimLink(trx, 'invitations', invitation.id, now.toISOString())) || (await userByEmail(trx, invitation.email)))
      throw new AppError('validation', BAD_LINK, { field: 'token' });
    const row: UserRow = {
      id: uuidv7(now.getTime()),
      display_name: input.displayName,
      is_local: 0,
      created_at: now.toISOString(),
      email: invitation.email,
      password_hash: passwordHash,
      role: roleOf(invitation.role),
      disabled_at: null,
    };
    await insertAccount(trx, row);
    await audit(trx, {
      at: now,
      actorId: row.id,
      action: 'invitation-accepted',
      subject: row.id,
      ip: client.ip,
      detail: { invitationId: invitation.id },
    });
    return row;
  });
  const session = await createSession(db, user.id, now, client);
  await audit(db, { at: now, actorId: user.id, action: 'sign-in', subject: user.id, ip: client.ip });
  return { user: presentUser(user), token: session.token };
}

/** Every account (server mode), oldest first. */
export async function listUsers(db: Db): Promise<AccountUser[]> {
  const rows = await listAccounts(db);
  return rows.map(presentUser);
}

/** Changes an account's role, name or disables it (which ends its sessions). */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUser): Promise<AccountUser> {
  const now = ctx.now();
  const row = await findAccount(ctx.db, id);
  if (!row) throw notFound('User');
  if (id === ctx.actor.userId && input.role !== undefined && input.role !== 'admin') {
    throw new AppError('validation', 'role: you cannot take away your own admin role', { field: 'role' });
  }
  if (id === ctx.actor.userId && input.disabled)
    throw new AppError('validation', 'disabled: you cannot disable your own account', { field: 'disabled' });
  const changes: { role?: string; disabled_at?: string | null; display_name?: string } = {};
  if (input.role !== undefined) changes.role = input.role;
  if (input.displayName !== undefined) changes.display_name = input.displayName;
  if (input.disabled !== undefined) changes.disabled_at = input.disabled ? (row.disabled_at ?? now.toISOString()) : null;
  await updateAccount(ctx.db, id, changes);
  // A disabled account's sessions and reset links end; its calendar feeds answer 404 while it stays disabled.
  if (input.disabled) {
    await revokeAllSessions(ctx.db, id, now);
    await revokeResetLinks(ctx.db, id, now);
  }
  await audit(ctx.db, { at: now, actorId: ctx.actor.userId, action: 'user-updated', subject: id, detail: { ...input } });
  // No longer a coach: what candidates shared with this account ends (each share audited).
  if (row.role === 'coach' && input.role !== undefined && input.role !== 'coach') await endCoachShares(ctx, id);
  return presentUser((await findAccount(ctx.db, id))!);
}

/** Issues a one-time password reset link for an account (an admin hands it over). */
export async function issueResetLink(db: Db, actorId: string | null, userId: string, now: Date, baseUrl: string): Promise<IssuedLink> {
  const row = await findAccount(db, userId);
  if (!row) throw notFound('User');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + RESET_TTL_MS).toISOString();
  await insertResetLink(db, {
    id: uuidv7(now.getTime()),
    token_hash: hashToken(token),
    user_id: userId,
    created_by: actorId,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  await audit(db, { at: now, actorId, action: 'reset-link-issued', subject: userId });
  return { url: `${baseUrl}/reset-password#token=${token}`, expiresAt };
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function resetPassword(db: Db, input: ResetPassword, now: Date, client: Client): Promise<void> {
  const tokenHash = hashToken(input.token);
  await enforceLimits(db, now, [
    { key: `reset:ip:${client.ip ?? '?'}`, limit: LIMITS.ip },
    { key: `reset:token:${tokenHash}`, limit: LIMITS.account },
  ]);
  const pending = await resetLinkStateByToken(db, tokenHash);
  if (!pending || pending.used_at || pending.expires_at <= now.toISOString())
    throw new AppError('validation', BAD_LINK, { field: 'token' });
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (trx) => {
    const link = await resetLinkByToken(trx, tokenHash);
    if (!link || link.used_at || link.expires_at <= now.toISOString()) throw new AppError('validation', BAD_LINK, { field: 'token' });
    if (!(await claimLink(trx, 'password_resets', link.id, now.toISOString())))
      throw new AppError('validation', BAD_LINK, { field: 'token' });
    await setPasswordHash(trx, link.user_id, passwordHash);
    const ended = await endAccess(trx, link.user_id, now, { exceptResetId: link.id, forgetBrowsers: true });
    await audit(trx, {
      at: now,
      actorId: link.user_id,
      action: 'password-reset',
      subject: link.user_id,
      ip: client.ip,
      detail: { ...ended },
    });
  });
}
