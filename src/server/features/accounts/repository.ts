import type { Insertable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { ShareCommentsTable, SharesTable } from '../../db/schema/accounts.js';

/** The base of every read of shares: active ones (as `s`) with both accounts' names. */
export function shareQuery(db: Db) {
  return db.kysely
    .selectFrom('shares as s')
    .innerJoin('users as o', 'o.id', 's.owner_id')
    .innerJoin('users as c', 'c.id', 's.coach_id')
    .select([
      's.id',
      's.scope',
      's.opportunity_id',
      's.owner_id',
      's.coach_id',
      's.created_at',
      'o.display_name as owner_name',
      'c.display_name as coach_name',
      'c.email as coach_email',
      's.title',
    ])
    .where('s.revoked_at', 'is', null);
}

export type ShareRow = Awaited<ReturnType<ReturnType<typeof shareQuery>['executeTakeFirstOrThrow']>>;

/** An account by its (normalised) email, with what sharing needs to know of it. */
export function userByEmail(db: Db, email: string) {
  return db.kysely.selectFrom('users').select(['id', 'role', 'disabled_at']).where('email', '=', email).executeTakeFirst();
}

/** An opportunity's owner and names, for the owner check in `access.ts` and the share's title. */
export function opportunityForShare(db: Db, opportunityId: string) {
  return db.kysely
    .selectFrom('opportunities as o')
    .innerJoin('employers as e', 'e.id', 'o.employer_id')
    .select(['o.owner_id', 'o.role_title', 'e.name'])
    .where('o.id', '=', opportunityId)
    .executeTakeFirst();
}

/** The owner's active share with this coach, scope and opportunity (null: all answers), if any. */
export function findActiveShare(db: Db, ownerId: string, coachId: string, scope: string, opportunityId: string | null) {
  const query = shareQuery(db).where('s.owner_id', '=', ownerId).where('s.coach_id', '=', coachId).where('s.scope', '=', scope);
  return (
    opportunityId ? query.where('s.opportunity_id', '=', opportunityId) : query.where('s.opportunity_id', 'is', null)
  ).executeTakeFirst();
}

/** One active share by id; throws when there is none. */
export function shareById(db: Db, id: string) {
  return shareQuery(db).where('s.id', '=', id).executeTakeFirstOrThrow();
}

export async function insertShare(db: Db, row: Insertable<SharesTable>): Promise<void> {
  await db.kysely.insertInto('shares').values(row).execute();
}

/** The active shares the owner gives, newest first. */
export function sharesGiven(db: Db, ownerId: string) {
  return shareQuery(db).where('s.owner_id', '=', ownerId).orderBy('s.created_at', 'desc').execute();
}

/** The active shares a coach receives, newest first. */
export function sharesReceived(db: Db, coachId: string) {
  return shareQuery(db).where('s.coach_id', '=', coachId).orderBy('s.created_at', 'desc').execute();
}

/** Revokes one of the owner's active shares; answers how many rows changed (0 or 1). */
export async function revokeOwnedShare(db: Db, ownerId: string, id: string, now: string): Promise<number> {
  const result = await db.kysely
    .updateTable('shares')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Revokes every active share a coach receives; answers the ended shares. */
export function revokeCoachShares(db: Db, coachId: string, now: string) {
  return db.kysely
    .updateTable('shares')
    .set({ revoked_at: now })
    .where('coach_id', '=', coachId)
    .where('revoked_at', 'is', null)
    .returning(['id', 'owner_id'])
    .execute();
}

/** One of the owner's answers, with its opportunity (to tell whether a share covers it); undefined when it is not theirs. */
export function ownersAnswerPlace(db: Db, ownerId: string, answerId: string) {
  return db.kysely
    .selectFrom('answers')
    .select('opportunity_id')
    .where('id', '=', answerId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

/** The base of every read of share comments, with the author's name, oldest first. */
export function commentQuery(db: Db) {
  return db.kysely
    .selectFrom('share_comments as sc')
    .innerJoin('users as a', 'a.id', 'sc.author_id')
    .select([
      'sc.id',
      'sc.share_id',
      'sc.target_kind',
      'sc.target_id',
      'sc.author_id',
      'a.display_name as author_name',
      'sc.body',
      'sc.created_at',
    ])
    .orderBy('sc.created_at')
    .orderBy('sc.id');
}

export type CommentRow = Awaited<ReturnType<ReturnType<typeof commentQuery>['executeTakeFirstOrThrow']>>;

export async function insertComment(db: Db, row: Insertable<ShareCommentsTable>): Promise<void> {
  await db.kysely.insertInto('share_comments').values(row).execute();
}

/** One comment by id; throws when there is none. */
export function commentById(db: Db, id: string) {
  return commentQuery(db).where('sc.id', '=', id).executeTakeFirstOrThrow();
}

/** A share's comments, oldest first. */
export function commentsOfShare(db: Db, shareId: string) {
  return commentQuery(db).where('sc.share_id', '=', shareId).execute();
}

/** Comments on one of the owner's answers or plans, from every share. */
export function commentsOnTarget(db: Db, ownerId: string, targetKind: string, targetId: string) {
  return commentQuery(db)
    .where('sc.owner_id', '=', ownerId)
    .where('sc.target_kind', '=', targetKind)
    .where('sc.target_id', '=', targetId)
    .execute();
}
