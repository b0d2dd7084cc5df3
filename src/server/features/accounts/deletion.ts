import type { Ctx } from '../../auth/actor.js';
import { audit } from '../../auth/audit.js';
import { verifyPassword } from '../../auth/passwords.js';
import { enforceLimits, LIMITS } from '../../auth/rate-limit.js';
import type { Db } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import { deleteAccountRows } from '../backup/repository.js';
import { accountForDeletion, accountRoleByEmail, hasOtherActiveAdmin } from './repository-users.js';

/** An admin may not leave the server without one: the last active admin account stays. */
async function refuseLastAdmin(db: Db, id: string, role: string, field?: string): Promise<void> {
  if (role !== 'admin') return;
  if (!(await hasOtherActiveAdmin(db, id)))
    throw new AppError('conflict', 'This is the last admin account; make another account an admin first', field ? { field } : {});
}

/**
 * Deletes the signed-in account after checking its password (rate-limited like a password change):
 * every row it owns, its shares in both directions and the comments it wrote as a coach (see
 * backup/repository.ts). The audit log keeps that the account was deleted, never what it held.
 */
export async function deleteOwnAccount(ctx: Ctx, password: string, ip: string | null): Promise<void> {
  const now = ctx.now();
  const userId = ctx.actor.userId;
  const limits = [{ key: `delete-account:account:${userId}`, limit: LIMITS.account }];
  // Counted before the password is checked, like every other password check (attempts sent at once cannot outrun it).
  await enforceLimits(ctx.db, now, limits);
  const row = await accountForDeletion(ctx.db, userId);
  if (!row || !(await verifyPassword(row.password_hash, password))) {
    throw new AppError('validation', 'password is not your current password', { field: 'password' });
  }
  await refuseLastAdmin(ctx.db, userId, row.role);
  const rows = await deleteAccountRows(ctx.db, userId);
  await audit(ctx.db, {
    at: now,
    actorId: userId,
    action: 'account-deleted',
    subject: userId,
    ip,
    detail: { by: 'self', role: row.role, rows },
  });
}

/** An admin deletes another account and everything it owns (their own goes through `deleteOwnAccount`). */
export async function deleteAccountAsAdmin(ctx: Ctx, id: string): Promise<void> {
  const row = await accountForDeletion(ctx.db, id);
  if (!row) throw notFound('User');
  if (id === ctx.actor.userId)
    throw new AppError('validation', 'id: delete your own account from your account page (it asks for your password)', { field: 'id' });
  await refuseLastAdmin(ctx.db, id, row.role);
  const rows = await deleteAccountRows(ctx.db, id);
  await audit(ctx.db, {
    at: ctx.now(),
    actorId: ctx.actor.userId,
    action: 'account-deleted',
    subject: id,
    detail: { by: 'admin', role: row.role, rows },
  });
}

/** The command line's `offerbook admin delete-user`: an account by email, with everything it owns. */
export async function deleteAccountByEmail(db: Db, email: string, now: Date): Promise<boolean> {
  const row = await accountRoleByEmail(db, email.trim().toLowerCase());
  if (!row) return false;
  await refuseLastAdmin(db, row.id, row.role);
  const rows = await deleteAccountRows(db, row.id);
  await audit(db, {
    at: now,
    actorId: null,
    action: 'account-deleted',
    subject: row.id,
    detail: { by: 'command line', role: row.role, rows },
  });
  return true;
}
