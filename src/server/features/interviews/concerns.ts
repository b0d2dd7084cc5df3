import type { Concern, CreateConcern, UpdateConcern } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, requireLiveInterview, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { reindexConcern } from '../search/interview-documents.js';
import { ownedPersonIds } from '../people/repository.js';
import { presentConcern } from './present.js';
import {
  deleteConcernRow,
  findVisibleConcern,
  insertConcern,
  interviewConcerns,
  opportunityConcerns,
  updateConcernRow,
} from './repository-concerns.js';
import { findLiveConversation, findLiveInterview } from './repository.js';

async function loadConcern(ctx: Ctx, id: string) {
  const row = await findVisibleConcern(ctx.db, ctx.actor.userId, id);
  if (!row) throw notFound('Concern');
  return row;
}

/** One concern. */
export async function getConcern(ctx: Ctx, id: string): Promise<Concern> {
  return presentConcern(await loadConcern(ctx, id));
}

/** An opportunity's concerns (from notes or added directly), oldest first. */
export async function listOpportunityConcerns(ctx: Ctx, opportunityId: string): Promise<Concern[]> {
  await requireOwnedOpportunity(ctx, opportunityId);
  const rows = await opportunityConcerns(ctx.db, ctx.actor.userId, opportunityId);
  return rows.map(presentConcern);
}

/** The concerns raised in one interview, oldest first. */
export async function listInterviewConcerns(ctx: Ctx, interviewId: string): Promise<Concern[]> {
  await requireLiveInterview(ctx, interviewId);
  const rows = await interviewConcerns(ctx.db, ctx.actor.userId, interviewId);
  return rows.map(presentConcern);
}

async function checkRaisedBy(ctx: Ctx, personId: string | null | undefined): Promise<void> {
  if (personId == null) return;
  if ((await ownedPersonIds(ctx.db, ctx.actor.userId, [personId])).size === 0)
    throw new AppError('validation', 'raisedByPersonId must be one of your people', { field: 'raisedByPersonId' });
}

/** Where a directly added concern belongs: the interview (of this opportunity) and conversation (of that interview). */
async function placement(
  ctx: Ctx,
  opportunityId: string,
  input: CreateConcern,
): Promise<{ interviewId: string | null; conversationId: string | null }> {
  let interviewId = input.interviewId ?? null;
  if (interviewId) {
    const row = await findLiveInterview(ctx.db, ctx.actor.userId, interviewId);
    if (!row || row.opportunity_id !== opportunityId) {
      throw new AppError('validation', "interviewId must be one of this opportunity's interviews", { field: 'interviewId' });
    }
  }
  const conversationId = input.conversationId ?? null;
  if (conversationId) {
    const row = await findLiveConversation(ctx.db, ctx.actor.userId, conversationId);
    const fits = row && row.opportunity_id === opportunityId && (!interviewId || row.interview_id === interviewId);
    if (!fits) throw new AppError('validation', 'conversationId must be a conversation of the interview', { field: 'conversationId' });
    interviewId = row.interview_id;
  }
  return { interviewId, conversationId };
}

/** Adds a concern directly (not from a note). Idempotent on a client id. */
export async function createConcern(
  ctx: Ctx,
  opportunityId: string,
  input: CreateConcern,
): Promise<{ concern: Concern; created: boolean }> {
  await requireOwnedOpportunity(ctx, opportunityId);
  const existing = input.id ? await sameConcern(ctx, opportunityId, input.id) : undefined;
  if (existing) return { concern: existing, created: false };
  const { interviewId, conversationId } = await placement(ctx, opportunityId, input);
  await checkRaisedBy(ctx, input.raisedByPersonId);
  const id = input.id ?? uuidv7();
  const now = ctx.now().toISOString();
  const inserted = await inTransaction(ctx.db, async (trx) => {
    const written = await insertConcern(trx, {
      id,
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      interview_id: interviewId,
      conversation_id: conversationId,
      note_id: null,
      raised_by_person_id: input.raisedByPersonId ?? null,
      text: input.text,
      status: 'open',
      how_addressed: '',
      created_at: now,
      updated_at: now,
    });
    if (!written) return false;
    await reindexConcern(trx, id);
    return true;
  });
  // A retry that raced the first request to the insert answers what the first one made.
  if (!inserted) return { concern: (await sameConcern(ctx, opportunityId, id))!, created: false };
  return { concern: await getConcern(ctx, id), created: true };
}

/** The concern a create with a known id refers to: undefined when new, 409 when the id belongs to something else. */
async function sameConcern(ctx: Ctx, opportunityId: string, id: string): Promise<Concern | undefined> {
  if (!(await claimClientId(ctx, 'concerns', id, { within: { column: 'opportunity_id', parentId: opportunityId } }))) return undefined;
  return getConcern(ctx, id);
}

/** Edits a concern: its words, who raised it, whether and how it was addressed. */
export async function updateConcern(ctx: Ctx, id: string, input: UpdateConcern): Promise<Concern> {
  await loadConcern(ctx, id);
  await checkRaisedBy(ctx, input.raisedByPersonId);
  await inTransaction(ctx.db, async (trx) => {
    await updateConcernRow(trx, id, {
      updated_at: ctx.now().toISOString(),
      ...(input.text !== undefined && { text: input.text }),
      ...(input.raisedByPersonId !== undefined && { raised_by_person_id: input.raisedByPersonId }),
      ...(input.status !== undefined && { status: input.status }),
      ...(input.howAddressed !== undefined && { how_addressed: input.howAddressed }),
      ...(input.replyReference !== undefined && { reply_reference: input.replyReference }),
      ...(input.replyLine !== undefined && { reply_line: input.replyLine }),
    });
    await reindexConcern(trx, id);
  });
  return getConcern(ctx, id);
}

/** Removes a concern. */
export async function deleteConcern(ctx: Ctx, id: string): Promise<void> {
  await loadConcern(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await deleteConcernRow(trx, id);
    await reindexConcern(trx, id);
  });
}
