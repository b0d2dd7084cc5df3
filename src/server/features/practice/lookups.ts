import { getPrompt, type Prompt as LibraryPrompt } from '../../../core/library/prompts/index.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';

/** A library prompt named in a body or query; unknown ids are bad input naming the field. */
export function libraryPrompt(id: string, field = 'promptId'): LibraryPrompt {
  const prompt = getPrompt(id);
  if (!prompt) throw new AppError('validation', `${field} must be the id of a prompt in the library`, { field });
  return prompt;
}

/** A library prompt addressed by the URL: unknown is a 404. */
export function promptById(id: string): LibraryPrompt {
  const prompt = getPrompt(id);
  if (!prompt) throw notFound('Prompt');
  return prompt;
}

/** An opportunity the actor owns, with its job description; 404 naming the field otherwise (never 403). */
export async function ownedOpportunity(ctx: Ctx, id: string, field = 'opportunityId'): Promise<{ id: string; jobDescription: string }> {
  const row = await ctx.db.kysely
    .selectFrom('opportunities')
    .select(['id', 'owner_id', 'job_description'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.owner_id !== ctx.actor.userId) throw new AppError('not-found', 'Opportunity not found', { field });
  return { id: row.id, jobDescription: row.job_description };
}
