import type { CreateRehearsal, FindingCounts, Rehearsal, WeakPrompt } from '../../../contracts/practice.js';
import { uuidv7 } from '../../../core/ids.js';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import { claimClientId, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { summarise } from './coach.js';
import { libraryPrompt } from './lookups.js';
import { presentPrompt, presentRehearsal } from './present.js';
import { getRehearsalRow, insertRehearsal, listRehearsalsOf, practiceHistory } from './repository.js';
import { rankWeakest } from './weakest.js';

async function loadRehearsal(ctx: Ctx, id: string): Promise<Rehearsal> {
  return presentRehearsal(await getRehearsalRow(ctx.db, id));
}

/** Records one timed attempt with the coach's summary. Only text arrives here; audio stays on the device. Idempotent on a client id. */
export async function recordRehearsal(ctx: Ctx, input: CreateRehearsal): Promise<{ rehearsal: Rehearsal; created: boolean }> {
  const prompt = libraryPrompt(input.promptId);
  if (input.opportunityId) await requireOwnedOpportunity(ctx, input.opportunityId, 'opportunityId');
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'rehearsals', id)) return { rehearsal: await loadRehearsal(ctx, id), created: false };
  const { analysis, score, findingCounts } = summarise(prompt, input.answerText);
  await insertRehearsal(ctx.db, {
    id,
    owner_id: ctx.actor.userId,
    prompt_id: prompt.id,
    opportunity_id: input.opportunityId ?? null,
    answer_text: input.answerText,
    duration_ms: Math.round(input.durationSeconds * 1000),
    self_rating: input.selfRating,
    note: input.note ?? '',
    transcribed: input.transcribed ? 1 : 0,
    score,
    finding_counts: JSON.stringify(findingCounts),
    metrics: JSON.stringify(analysis.metrics),
    created_at: ctx.now().toISOString(),
  });
  return { rehearsal: await loadRehearsal(ctx, id), created: true };
}

/** The actor's rehearsals, newest first, optionally for one prompt and/or opportunity. */
export async function listRehearsals(
  ctx: Ctx,
  filter: { promptId?: string | undefined; opportunityId?: string | undefined; limit: number },
): Promise<Rehearsal[]> {
  if (filter.opportunityId) await requireOwnedOpportunity(ctx, filter.opportunityId, 'opportunityId');
  const rows = await listRehearsalsOf(ctx.db, ctx.actor.userId, filter);
  return rows.map(presentRehearsal);
}

/**
 * Prompts ranked weakest first, each with its reason. With an opportunity, its own and general
 * (untailored) rehearsals and answers count, and its job description raises the prompts it echoes.
 */
export async function weakestPrompts(ctx: Ctx, filter: { opportunityId?: string | undefined; limit: number }): Promise<WeakPrompt[]> {
  const opportunity = filter.opportunityId ? await requireOwnedOpportunity(ctx, filter.opportunityId, 'opportunityId') : undefined;
  const { rehearsals: rows, answers } = await practiceHistory(ctx.db, ctx.actor.userId, opportunity?.id);
  const answerScores = new Map<string, number>();
  for (const a of answers) answerScores.set(a.prompt_id, Math.max(a.score, answerScores.get(a.prompt_id) ?? 0));
  const ranked = rankWeakest({
    prompts: PROMPTS,
    rehearsals: rows.map((r) => ({
      promptId: r.prompt_id,
      selfRating: r.self_rating,
      score: r.score,
      findingCounts: JSON.parse(r.finding_counts) as FindingCounts,
      createdAt: r.created_at,
    })),
    answerScores,
    jobDescription: opportunity?.job_description,
    limit: filter.limit,
  });
  return ranked.map((r) => ({ ...r, prompt: presentPrompt(r.prompt) }));
}
