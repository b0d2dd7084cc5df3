import type { CreateStory, Story, StorySuggestion, UpdateStory } from '../../../contracts/practice.js';
import { suggestStories } from '../../../core/coach/index.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { promptById } from './lookups.js';
import { presentStory } from './present.js';
import { deleteStoryRow, findStory, insertStory, listStoriesOf, updateStoryRow } from './repository.js';

async function load(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await findStory(ctx.db, id), 'Story');
}

/** The actor's story bank, in the order the stories were written. */
export async function listStories(ctx: Ctx): Promise<Story[]> {
  const rows = await listStoriesOf(ctx.db, ctx.actor.userId);
  return rows.map(presentStory);
}

/** One story the actor owns. */
export async function getStory(ctx: Ctx, id: string): Promise<Story> {
  return presentStory(await load(ctx, id));
}

/** Adds a STAR story to the bank. Idempotent on a client id (so undo of a delete can re-create it). */
export async function addStory(ctx: Ctx, input: CreateStory): Promise<{ story: Story; created: boolean }> {
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'stories', id)) return { story: presentStory(await load(ctx, id)), created: false };
  const now = ctx.now().toISOString();
  await insertStory(ctx.db, {
    id,
    owner_id: ctx.actor.userId,
    title: input.title,
    situation: input.situation ?? '',
    task: input.task ?? '',
    action: input.action ?? '',
    result: input.result ?? '',
    skills: JSON.stringify(input.skills ?? []),
    numbers: JSON.stringify(input.numbers ?? []),
    created_at: now,
    updated_at: now,
  });
  return { story: await getStory(ctx, id), created: true };
}

/** Edits a story; fields left out keep their value. */
export async function updateStory(ctx: Ctx, id: string, input: UpdateStory): Promise<Story> {
  await load(ctx, id);
  await updateStoryRow(ctx.db, id, {
    updated_at: ctx.now().toISOString(),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.situation !== undefined && { situation: input.situation }),
    ...(input.task !== undefined && { task: input.task }),
    ...(input.action !== undefined && { action: input.action }),
    ...(input.result !== undefined && { result: input.result }),
    ...(input.skills !== undefined && { skills: JSON.stringify(input.skills) }),
    ...(input.numbers !== undefined && { numbers: JSON.stringify(input.numbers) }),
  });
  return getStory(ctx, id);
}

/** Deletes a story. */
export async function deleteStory(ctx: Ctx, id: string): Promise<void> {
  await load(ctx, id);
  await deleteStoryRow(ctx.db, id);
}

/** The actor's stories ranked for a prompt, best first; with an opportunity, its job description counts too. */
export async function suggestStoriesFor(ctx: Ctx, promptId: string, opportunityId: string | undefined): Promise<StorySuggestion[]> {
  const prompt = promptById(promptId);
  const jobDescription = opportunityId ? (await requireOwnedOpportunity(ctx, opportunityId, 'opportunityId')).job_description : undefined;
  const stories = await listStories(ctx);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const fits = suggestStories({ prompt, stories, ...(jobDescription ? { jobDescription } : {}) });
  return fits.flatMap((f) => {
    const story = byId.get(f.storyId);
    return story ? [{ story, score: f.score, reasons: f.reasons }] : [];
  });
}
