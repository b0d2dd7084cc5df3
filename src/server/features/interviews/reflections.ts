import type { PutReflection, Reflection } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { getPrompt } from '../../../core/library/prompts/index.js';
import { requireLiveInterview } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';
import { presentReflection } from './present.js';
import { findReflection, upsertReflection } from './repository.js';

/** The reflection on an interview; 404 until one is written. */
export async function getReflection(ctx: Ctx, interviewId: string): Promise<Reflection> {
  await requireLiveInterview(ctx, interviewId);
  const row = await findReflection(ctx.db, interviewId);
  if (!row) throw notFound('Reflection');
  return presentReflection(row);
}

/**
 * Writes the reflection (the whole of it). A stumper linked to a prompt must name a prompt of the
 * practice library, so rehearsal can target it.
 */
export async function putReflection(ctx: Ctx, interviewId: string, input: PutReflection): Promise<Reflection> {
  await requireLiveInterview(ctx, interviewId);
  input.stumpers.forEach((s, i) => {
    if (s.promptId !== null && !getPrompt(s.promptId)) {
      throw new AppError('validation', `stumpers.${i}.promptId must be the id of a practice prompt`, { field: `stumpers.${i}.promptId` });
    }
  });
  const now = ctx.now().toISOString();
  await upsertReflection(ctx.db, {
    id: uuidv7(),
    owner_id: ctx.actor.userId,
    interview_id: interviewId,
    rating: input.rating,
    went_well: input.wentWell,
    to_improve: input.toImprove,
    signals: input.signals,
    stumpers: JSON.stringify(input.stumpers.map((s) => ({ text: s.text, promptId: s.promptId }))),
    created_at: now,
    updated_at: now,
  });
  return getReflection(ctx, interviewId);
}
