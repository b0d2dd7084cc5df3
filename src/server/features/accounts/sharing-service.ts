import type { Comment, CreateComment, CreateShare, Share, ShareLists, SharedContent } from '../../../contracts/sharing.js';
import { uuidv7 } from '../../../core/ids.js';
import { readShared, requireOwned, requireShare, rowKeyOf, shareCovers } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { audit } from '../../auth/audit.js';
import { AppError, notFound } from '../../errors.js';
import { getOpportunity } from '../opportunities/service.js';
import { listAnswers } from '../practice/answers.js';
import { getPlan } from '../questions/plan-service.js';
import {
  commentById,
  commentsOfShare,
  commentsOnTarget,
  findActiveShare,
  insertComment,
  insertShare,
  opportunityForShare,
  revokeCoachShares,
  revokeOwnedShare,
  shareById,
  sharesGiven,
  sharesReceived,
  userByEmail,
  type CommentRow,
  type ShareRow,
} from './repository.js';
import { normaliseEmail } from './service.js';

/** Server mode only: sharing needs accounts. */
function requireAccounts(ctx: Ctx): void {
  if (!ctx.actor.role) throw notFound('Page');
}

function present(row: ShareRow): Share {
  return {
    id: row.id,
    scope: row.scope === 'opportunity' ? 'opportunity' : 'answers',
    opportunityId: row.opportunity_id,
    opportunityTitle: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    coachId: row.coach_id,
    coachName: row.coach_name,
    coachEmail: row.coach_email ?? '',
    createdAt: row.created_at,
  };
}

/** Shares an opportunity or all answers with a coach (idempotent: an active identical share is answered again). */
export async function createShare(ctx: Ctx, input: CreateShare, ip: string | null): Promise<{ share: Share; created: boolean }> {
  requireAccounts(ctx);
  const coach = await userByEmail(ctx.db, normaliseEmail(input.coachEmail));
  if (!coach || coach.role !== 'coach' || coach.disabled_at || coach.id === ctx.actor.userId) {
    throw new AppError('not-found', 'No coach has this email', { field: 'coachEmail' });
  }
  let title: string | null = null;
  if (input.opportunityId) {
    const opp = requireOwned(ctx.actor, await opportunityForShare(ctx.db, input.opportunityId), 'Opportunity', 'opportunityId');
    title = `${opp.name} — ${opp.role_title}`;
  }
  const found = await findActiveShare(ctx.db, ctx.actor.userId, coach.id, input.scope, input.opportunityId ?? null);
  if (found) return { share: present(found), created: false };
  const id = uuidv7(ctx.now().getTime());
  await insertShare(ctx.db, {
    id,
    owner_id: ctx.actor.userId,
    coach_id: coach.id,
    scope: input.scope,
    opportunity_id: input.opportunityId ?? null,
    title,
    created_at: ctx.now().toISOString(),
    revoked_at: null,
  });
  await audit(ctx.db, {
    at: ctx.now(),
    actorId: ctx.actor.userId,
    action: 'share-created',
    subject: id,
    ip,
    detail: { coachId: coach.id, scope: input.scope, opportunityId: input.opportunityId ?? null },
  });
  return { share: present(await shareById(ctx.db, id)), created: true };
}

/** What the actor shares, and what is shared with them. */
export async function listShares(ctx: Ctx): Promise<ShareLists> {
  requireAccounts(ctx);
  const [given, received] = await Promise.all([sharesGiven(ctx.db, ctx.actor.userId), sharesReceived(ctx.db, ctx.actor.userId)]);
  return { given: given.map(present), received: received.map(present) };
}

/** The candidate revokes a share: the coach loses access at once. 404 for anyone else. */
export async function revokeShare(ctx: Ctx, id: string, ip: string | null): Promise<void> {
  requireAccounts(ctx);
  if ((await revokeOwnedShare(ctx.db, ctx.actor.userId, id, ctx.now().toISOString())) !== 1) throw notFound('Share');
  await audit(ctx.db, { at: ctx.now(), actorId: ctx.actor.userId, action: 'share-revoked', subject: id, ip });
}

/**
 * An account stopped being a coach (an admin changed its role): every share it received ends at
 * once, each with an audit entry. The coach's row-level key is borrowed for the update, because the
 * admin's own key sees no share of anyone else.
 */
export async function endCoachShares(ctx: Ctx, coachId: string): Promise<number> {
  const at = ctx.now();
  const ended = await rowKeyOf(ctx, coachId, () => revokeCoachShares(ctx.db, coachId, at.toISOString()));
  for (const share of ended) {
    await audit(ctx.db, {
      at,
      actorId: ctx.actor.userId,
      action: 'share-revoked',
      subject: share.id,
      detail: { reason: 'coach-role-removed', coachId, ownerId: share.owner_id },
    });
  }
  return ended.length;
}

/** Everything a share lets its coach read (read-only). */
export async function sharedContent(ctx: Ctx, id: string): Promise<SharedContent> {
  requireAccounts(ctx);
  const grant = await requireShare(ctx, id);
  const share = present(await shareById(ctx.db, id));
  return readShared(ctx, grant, async (owner) => {
    if (grant.scope === 'opportunity' && grant.opportunity_id) {
      const opportunityId = grant.opportunity_id;
      const [opportunity, questionPlan, answers] = [
        await getOpportunity(owner, opportunityId),
        await getPlan(owner, opportunityId),
        await listAnswers(owner, { opportunityId }),
      ];
      return { share, opportunity, questionPlan, answers };
    }
    return { share, opportunity: null, questionPlan: null, answers: await listAnswers(owner, {}) };
  });
}

function presentComment(row: CommentRow): Comment {
  return {
    id: row.id,
    shareId: row.share_id,
    targetKind: row.target_kind === 'question-plan' ? 'question-plan' : 'answer',
    targetId: row.target_id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
  };
}

/** The coach (or the candidate, replying) comments on a shared answer or question plan. */
export async function addComment(ctx: Ctx, shareId: string, input: CreateComment): Promise<Comment> {
  requireAccounts(ctx);
  const grant = await requireShare(ctx, shareId);
  if (!(await shareCovers(ctx, grant, input)))
    throw new AppError('not-found', `${input.targetKind === 'answer' ? 'Answer' : 'Question plan'} not found in this share`, {
      field: 'targetId',
    });
  const id = uuidv7(ctx.now().getTime());
  await insertComment(ctx.db, {
    id,
    owner_id: grant.owner_id,
    share_id: grant.id,
    author_id: ctx.actor.userId,
    target_kind: input.targetKind,
    target_id: input.targetId,
    body: input.body,
    created_at: ctx.now().toISOString(),
  });
  return presentComment(await commentById(ctx.db, id));
}

/** A share's comments, oldest first (its coach and its candidate). */
export async function shareComments(ctx: Ctx, shareId: string): Promise<Comment[]> {
  requireAccounts(ctx);
  const grant = await requireShare(ctx, shareId);
  return (await commentsOfShare(ctx.db, grant.id)).map(presentComment);
}

/** The candidate's view: comments on one of their own answers or plans, from every share (revoked ones too). */
export async function commentsOn(ctx: Ctx, target: { targetKind: string; targetId: string }): Promise<Comment[]> {
  requireAccounts(ctx);
  const rows = await commentsOnTarget(ctx.db, ctx.actor.userId, target.targetKind, target.targetId);
  return rows.map(presentComment);
}
