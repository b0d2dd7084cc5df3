import type { PlanPrepInput } from '../../../core/planning/prep-plan/index.js';
import { researchChecklist } from '../../../core/research/checklist.js';
import type { Ctx } from '../../auth/actor.js';
import { withBackground } from '../people/repository.js';
import { weakestPrompts } from '../practice/rehearsals.js';
import { loadPlanData } from '../questions/plan-data.js';
import { interviewersOf } from '../questions/plan-present.js';
import type { InterviewRecord } from '../calendar/repository.js';

/**
 * Checklist items (ids of the built-in interview checklists, src/core/interviews/checklist.ts) that show the link,
 * phone or route was tested, per kind; any one ticked counts.
 */
export const TESTED_ITEMS: Readonly<Record<InterviewRecord['kind'], readonly string[]>> = {
  video: ['link-tested', 'camera-mic-checked'],
  phone: ['quiet-room', 'phone-charged'],
  onsite: ['route-planned'],
};
/** The checklist item that says the one-page brief is ready. */
export const BRIEF_ITEM = 'brief-ready';

/** How many weak prompts the plan may rehearse (the longest plan takes five). */
const WEAKEST_LIMIT = 5;

function ticked(checklistJson: string): Set<string> {
  try {
    const items = JSON.parse(checklistJson) as unknown;
    if (!Array.isArray(items)) return new Set();
    return new Set(
      items
        .filter((i): i is { id: string; done: true } => typeof i === 'object' && i !== null && (i as { done?: unknown }).done === true)
        .map((i) => String(i.id)),
    );
  } catch {
    return new Set();
  }
}

/**
 * What the short-notice plan needs to know about one interview: research gaps of the employer's dossier, the
 * interviewers (the interview's conversation people) and whether their background is noted, the question plan's
 * size and assignment, the weakest prompts (practice), logistics from the interview and its checklist, and whether
 * the brief is ready (its checklist item).
 */
export async function prepInputs(
  ctx: Ctx,
  interview: InterviewRecord,
): Promise<Omit<PlanPrepInput, 'now' | 'interviewStart' | 'timeZone'>> {
  const plan = await loadPlanData(ctx, interview.opportunityId);
  const checklist = researchChecklist(plan.facts);

  const people = new Map<string, string>();
  for (const c of interview.conversations) for (const p of c.people) people.set(p.id, p.name);
  const researched = await withBackground(ctx.db, ctx.actor.userId, [...people.keys()]);

  const interviewers = interviewersOf(plan);
  const assigned = new Set(plan.items.map((i) => i.interviewer_person_id).filter((id): id is string => id !== null));
  const weakest = await weakestPrompts(ctx, { opportunityId: interview.opportunityId, limit: WEAKEST_LIMIT });
  const done = ticked(interview.checklist);

  return {
    research: { gapTopics: checklist.items.filter((i) => i.gap).map((i) => i.label), factCount: plan.facts.length },
    interviewers: [...people].map(([id, name]) => ({ name, researched: researched.has(id) })),
    questionPlan: { count: plan.items.length, assignedAll: interviewers.every((i) => assigned.has(i.personId)) },
    // The plan wants 0–100 where lower is weaker; the practice ranking's weakness is 0–1 where higher is weaker.
    weakestPrompts: weakest.map((w) => ({ id: w.prompt.id, text: w.prompt.text, score: Math.round((1 - w.weakness) * 100) })),
    logistics: { kind: interview.kind, placeOrLink: interview.location, tested: TESTED_ITEMS[interview.kind].some((id) => done.has(id)) },
    hasBrief: done.has(BRIEF_ITEM),
  };
}
