import type { PutReflection, Reflection } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { getPrompt } from '../../../core/library/prompts/index.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';
import { liveInterview } from './access.js';
import { presentReflection } from './present.js';

/** The reflection on an interview; 404 until one is written. */
export async function getReflection(ctx: Ctx, interviewId: string): Promise<Reflection> {
  await liveInterview(ctx, interviewId);
  const row = await ctx.db.kysely.selectFrom('reflections').selectAll().where('interview_id', '=', interviewId).executeTakeFirst();
  if (!row) throw notFound('Reflection');
  return presentReflection(row);
}

/**
 * Writes the reflection (the whole of it). A stumper linked to a prompt must name a prompt of the
 * practice library, so rehearsal can target it.
 */
export async function putReflection(ctx: Ctx, interviewId: string, input: PutReflection): Promise<Reflection> {
  await liveInterview(ctx, interviewId);
  input.stumpers.forEach((s, i) => {
    if (s.promptId !== null && !getPrompt(s.promptId)) {
      throw new AppError('validation', `stumpers.${i}.promptId must be the id of a practice prompt`, { field: `stumpers.${i}.promptId` });
    }
  });
  const now = ctx.now().toISOString();
  const values = {
    rating: input.rating,
    went_well: input.wentWell,
    to_improve: input.toImprove,
    signals: input.signals,
    stumpers: JSON.stringify(input.stumpers.map((s) => ({ text: s.text, promptId: s.promptId }))),
    updated_at: now,
  };
  await ctx.db.kysely
    .insertInto('reflections')
    .values({ id: uuidv7(), owner_id: ctx.actor.userId, interview_id: interviewId, created_at: now, ...values })
    .onConflict((oc) => oc.column('interview_id').doUpdateSet(values))
    .execute();
  return getReflection(ctx, interviewId);
}
