import { sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { ownersAnswerPlace } from '../features/accounts/repository.js';
import { findLiveInterview, type InterviewRow } from '../features/interviews/repository.js';
import { findOpportunity, type OpportunityWithEmployer } from '../features/opportunities/repository.js';
import type { Actor, Ctx } from './actor.js';

/**
 * The one access check: returns the row when the actor owns it, otherwise throws 404 — never 403,
 * so nobody learns that someone else's object exists. `field` names the body or query field the id
 * came in (left out for ids in the path).
 */
export function requireOwned<T extends { owner_id: string }>(actor: Actor, row: T | undefined, what: string, field?: string): T {
  if (!row || row.owner_id !== actor.userId) throw missing(what, field);
  return row;
}

/** 404 for `what`; naming `field` when the id came in a body or query rather than the path. */
function missing(what: string, field: string | undefined): AppError {
  return field === undefined ? notFound(what) : new AppError('not-found', `${what} not found`, { field });
}

/** An opportunity the actor owns, with its employer's name; 404 otherwise (naming `field` when given). */
export async function requireOwnedOpportunity(ctx: Ctx, id: string, field?: string): Promise<OpportunityWithEmployer> {
  const row = await findOpportunity(ctx.db, id);
  if (!row || row.owner_id !== ctx.actor.userId) throw missing('Opportunity', field);
  return row;
}

/** An interview the actor owns and has not deleted; 404 otherwise (naming `field` when given). */
export async function requireLiveInterview(ctx: Ctx, id: string, field?: string): Promise<InterviewRow> {
  const row = await findLiveInterview(ctx.db, ctx.actor.userId, id);
  if (!row) throw missing('Interview', field);
  return row;
}

/** The answer when a client-chosen id belongs to something else (409, naming `field`). */
export function idInUse(field = 'id'): AppError {
  return new AppError('conflict', 'This id is already in use', { field });
}

/** The owned tables whose ids a client may choose on create. */
export type ClientIdTable = {
  [T in keyof Database]: Database[T] extends { id: string; owner_id: string } ? T : never;
}[keyof Database];

/**
 * A client-chosen id on a create: false when nothing uses it, true when it is already the actor's own row
 * (a retried create, answered with what exists) and 409 "This id is already in use", naming `field`, when
 * something else has it — someone else's row, or the actor's row under another parent (`within`: the column
 * that must hold `parentId` for it to be the same object).
 */
export async function claimClientId(
  ctx: Ctx,
  table: ClientIdTable,
  id: string,
  options: { within?: { column: string; parentId: string }; field?: string } = {},
): Promise<boolean> {
  const parent = options.within ? sql<string | null>`${sql.ref(options.within.column)}` : sql<string | null>`null`;
  const row = await ctx.db.kysely
    .selectFrom(table)
    .select(['owner_id', parent.as('parent')])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return false;
  if (row.owner_id !== ctx.actor.userId || (options.within && row.parent !== options.within.parentId)) {
    throw idInUse(options.field);
  }
  return true;
}

/** A share as the access check sees it. */
export interface ShareGrant {
  id: string;
  owner_id: string;
  coach_id: string;
  scope: string;
  opportunity_id: string | null;
}

/**
 * The one access check for shared content: the share when the actor is its coach (or the candidate
 * who made it) and it is not revoked; otherwise 404, like anything else that is not yours.
 */
export async function requireShare(ctx: Ctx, shareId: string): Promise<ShareGrant> {
  const share = await ctx.db.kysely
    .selectFrom('shares')
    .select(['id', 'owner_id', 'coach_id', 'scope', 'opportunity_id'])
    .where('id', '=', shareId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!share || (share.coach_id !== ctx.actor.userId && share.owner_id !== ctx.actor.userId)) throw notFound('Share');
  return share;
}

/**
 * Reads a share's content with the candidate's own services, as the candidate: only after
 * `requireShare` vouched for the actor, and only for reads. On PostgreSQL in server mode the
 * request's connection switches its row-level security key to the candidate for the read.
 */
export async function readShared<T>(ctx: Ctx, share: ShareGrant, read: (ownerCtx: Ctx) => Promise<T>): Promise<T> {
  return rowKeyOf(ctx, share.owner_id, () => read({ ...ctx, actor: { userId: share.owner_id } }));
}

/**
 * Whether a comment's target is part of what a share covers: the shared opportunity's question plan, or one of the
 * share owner's answers (any of them for an answers share, those of the shared opportunity otherwise). The answer
 * is read as the owner, with the owner filter in `ownersAnswerPlace`.
 */
export async function shareCovers(
  ctx: Ctx,
  grant: ShareGrant,
  target: { targetKind: 'answer' | 'question-plan'; targetId: string },
): Promise<boolean> {
  if (target.targetKind === 'question-plan') return grant.scope === 'opportunity' && target.targetId === grant.opportunity_id;
  const answer = await readShared(ctx, grant, (owner) => ownersAnswerPlace(owner.db, grant.owner_id, target.targetId));
  if (!answer) return false;
  return grant.scope === 'answers' || answer.opportunity_id === grant.opportunity_id;
}

/**
 * Runs `work` on the request's connection with the row-level security key switched to `userId`
 * (PostgreSQL, server mode), then switches it back. Only for work a service has already vouched
 * for: a share's read, or an admin ending another account's shares.
 */
export async function rowKeyOf<T>(ctx: Ctx, userId: string, work: () => Promise<T>): Promise<T> {
  const bound = ctx.db.dialect === 'postgres' && ctx.actor.sessionId !== undefined;
  if (!bound || userId === ctx.actor.userId) return work();
  await sql`select set_config('app.user_id', ${userId}, false)`.execute(ctx.db.kysely);
  try {
    return await work();
  } finally {
    await sql`select set_config('app.user_id', ${ctx.actor.userId}, false)`.execute(ctx.db.kysely);
  }
}
