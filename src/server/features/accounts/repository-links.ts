import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { InvitationsTable, PasswordResetsTable } from '../../db/schema.js';

/** Inserts an invitation. */
export async function insertInvitation(db: Db, row: Insertable<InvitationsTable>): Promise<void> {
  await db.kysely.insertInto('invitations').values(row).execute();
}

/** Whether an invitation link was used and when it expires, by its token's hash (the check before hashing a password). */
export function invitationStateByToken(db: Db, tokenHash: string) {
  return db.kysely.selectFrom('invitations').select(['used_at', 'expires_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** An invitation by its token's hash. */
export function invitationByToken(db: Db, tokenHash: string) {
  return db.kysely.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** A one-time link: an invitation or a password reset. */
type LinkTable = 'invitations' | 'password_resets';

/** Marks an unused one-time link used; true when this call was the one that did (compare and set). */
export async function claimLink(db: Db, table: LinkTable, id: string, now: string): Promise<boolean> {
  const claimed = await db.kysely
    .updateTable(table)
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Inserts a password reset link. */
export async function insertResetLink(db: Db, row: Insertable<PasswordResetsTable>): Promise<void> {
  await db.kysely.insertInto('password_resets').values(row).execute();
}

/** Whether a reset link was used and when it expires, by its token's hash (the check before hashing a password). */
export function resetLinkStateByToken(db: Db, tokenHash: string) {
  return db.kysely.selectFrom('password_resets').select(['used_at', 'expires_at']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** A reset link by its token's hash. */
export function resetLinkByToken(db: Db, tokenHash: string) {
  return db.kysely.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks every unused reset link of the account used (but `exceptId`); answers how many. */
export async function markResetLinksUsed(db: Db, userId: string, now: string, exceptId?: string): Promise<number> {
  let query = db.kysely.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}
