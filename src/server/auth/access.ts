import { sql } from 'kysely';
import { notFound } from '../errors.js';
import type { Actor, Ctx } from './actor.js';

/**
 * The one access check: returns the row when the actor owns it, otherwise throws 404 — never 403,
 * so nobody learns that someone else's object exists.
 */
export function requireOwned<T extends { owner_id: string }>(actor: Actor, row: T | undefined, what: string): T {
  if (!row || row.owner_id !== actor.userId) throw notFound(what);
  return row;
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
