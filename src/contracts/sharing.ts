import { z } from 'zod';
import { Id, Instant } from './common.js';
import { Opportunity } from './opportunities.js';
import { Answer } from './practice.js';
import { QuestionPlan } from './questions.js';

/** What a candidate shares with a coach: one opportunity (with its question plan and answers) or all their answers. */
export const SHARE_SCOPES = ['opportunity', 'answers'] as const;
export const ShareScope = z.enum(SHARE_SCOPES, { message: 'must be opportunity or answers' });

export const CreateShare = z
  .strictObject({
    coachEmail: z.email({ message: 'must be an email address' }).max(320),
    scope: ShareScope,
    opportunityId: Id.optional(),
  })
  .refine((v) => v.scope !== 'opportunity' || v.opportunityId !== undefined, {
    message: 'opportunityId is needed to share an opportunity',
    path: ['opportunityId'],
  })
  .refine((v) => v.scope !== 'answers' || v.opportunityId === undefined, {
    message: 'opportunityId is only for sharing an opportunity',
    path: ['opportunityId'],
  });
export type CreateShare = z.infer<typeof CreateShare>;

export const Share = z.object({
  id: Id,
  scope: ShareScope,
  opportunityId: Id.nullable(),
  /** "Employer — Role" of the shared opportunity. */
  opportunityTitle: z.string().nullable(),
  ownerId: Id,
  ownerName: z.string(),
  coachId: Id,
  coachName: z.string(),
  coachEmail: z.string(),
  createdAt: Instant,
});
export type Share = z.infer<typeof Share>;

export const ShareLists = z.object({
  /** What you share with coaches. */
  given: z.array(Share),
  /** What candidates share with you (coaches). */
  received: z.array(Share),
});
export type ShareLists = z.infer<typeof ShareLists>;

/** Everything a share lets its coach read. */
export const SharedContent = z.object({
  share: Share,
  opportunity: Opportunity.nullable(),
  questionPlan: QuestionPlan.nullable(),
  answers: z.array(Answer),
});
export type SharedContent = z.infer<typeof SharedContent>;

export const COMMENT_TARGETS = ['answer', 'question-plan'] as const;
export const CommentTarget = z.enum(COMMENT_TARGETS, { message: 'must be answer or question-plan' });

export const CreateComment = z.strictObject({
  targetKind: CommentTarget,
  /** The answer's id, or the opportunity's id for its question plan. */
  targetId: Id,
  body: z.string().trim().min(1, { message: 'must not be empty' }).max(5000, { message: 'must be at most 5000 characters' }),
});
export type CreateComment = z.infer<typeof CreateComment>;

export const Comment = z.object({
  id: Id,
  shareId: Id,
  targetKind: CommentTarget,
  targetId: Id,
  authorId: Id,
  authorName: z.string(),
  body: z.string(),
  createdAt: Instant,
});
export type Comment = z.infer<typeof Comment>;
export const CommentList = z.object({ items: z.array(Comment) });
export type CommentList = z.infer<typeof CommentList>;

export const CommentsQuery = z.strictObject({ targetKind: CommentTarget, targetId: Id });
