import { requireLiveInterview } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { ChecklistItem, Interview, SetChecklistItem } from '../../../contracts/interviews.js';
import { AppError, notFound } from '../../errors.js';
import { replaceChecklistIf } from './repository.js';
import { getInterview } from './service.js';

/** How often a tick is tried again when another change of the same checklist got in first. */
const ATTEMPTS = 5;

/**
 * Ticks or unticks one item of an interview's checklist, changing nothing else of it (the interview day's offline
 * writes send one such change per item, so a tick never overwrites a checklist edited elsewhere meanwhile).
 */
export async function setChecklistItem(ctx: Ctx, interviewId: string, itemId: string, input: SetChecklistItem): Promise<Interview> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = await requireLiveInterview(ctx, interviewId);
    const items = JSON.parse(row.checklist) as ChecklistItem[];
    if (!items.some((i) => i.id === itemId)) throw notFound('Checklist item');
    const next = JSON.stringify(items.map((i) => (i.id === itemId ? { ...i, done: input.done } : i)));
    if (next === row.checklist || (await replaceChecklistIf(ctx.db, interviewId, row.checklist, next, ctx.now().toISOString())))
      return getInterview(ctx, interviewId);
  }
  throw new AppError('conflict', 'The checklist kept changing; try again.');
}
