import type {
  AddPlanItem,
  DistributePlan,
  PlanWarning,
  QuestionPlan,
  SetPlanInterviewers,
  UpdatePlan,
  UpdatePlanItem,
} from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import { ROLES, type Question } from '../../../core/library/questions-to-ask/types.js';
import { distributeQuestions } from '../../../core/planning/question-plan.js';
import { claimClientId, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { listStories } from '../practice/stories.js';
import { getFit, getPriorities } from '../priorities/service.js';
import { listLibrary } from './library.js';
import { loadPlanData } from './plan-data.js';
import { interviewersOf, presentPlan } from './plan-present.js';
import {
  deletePlanItem,
  findPlan,
  findPlanItem,
  insertPlanIfMissing,
  insertPlanItem,
  nextItemPosition,
  planItems,
  renumberPlanItems,
  replacePlanInterviewers,
  updatePlanItem,
  updatePlanRow,
  type PlanRow,
} from './repository-plans.js';

/** The question plan of an opportunity (an empty plan until something is saved). */
export async function getPlan(ctx: Ctx, opportunityId: string, extraWarnings: PlanWarning[] = []): Promise<QuestionPlan> {
  const data = await loadPlanData(ctx, opportunityId);
  const [priorities, fit, library, stories] = await Promise.all([
    getPriorities(ctx),
    getFit(ctx, opportunityId),
    listLibrary(ctx),
    listStories(ctx),
  ]);
  return presentPlan(data, { priorities, fit, library, stories }, extraWarnings);
}

/** The opportunity's plan row, created on first write (one per opportunity; a race resolves to the same row). */
async function ensurePlan(ctx: Ctx, db: Db, opportunityId: string): Promise<PlanRow> {
  const now = ctx.now().toISOString();
  await insertPlanIfMissing(db, {
    id: uuidv7(),
    owner_id: ctx.actor.userId,
    opportunity_id: opportunityId,
    closing_line: null,
    interviewers_set: 0,
    created_at: now,
    updated_at: now,
  });
  const plan = await findPlan(db, opportunityId);
  if (!plan) throw new AppError('internal', 'The question plan could not be saved');
  return plan;
}

/** The person ids the plan's interviewers are, as the plan shows them. */
async function interviewerIds(ctx: Ctx, opportunityId: string): Promise<Set<string>> {
  return new Set(interviewersOf(await loadPlanData(ctx, opportunityId)).map((i) => i.personId));
}

/** Adds a library question or the user's own words to the plan. Idempotent on a client-supplied id. */
export async function addItem(ctx: Ctx, opportunityId: string, input: AddPlanItem): Promise<{ plan: QuestionPlan; created: boolean }> {
  await requireOwnedOpportunity(ctx, opportunityId);
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'question_plan_items', id)) return { plan: await getPlan(ctx, opportunityId), created: false };
  const library = input.questionId !== undefined ? (await listLibrary(ctx)).find((q) => q.id === input.questionId) : undefined;
  if (input.questionId !== undefined && !library && input.text === undefined) {
    throw new AppError('validation', 'questionId is not a question in your library', { field: 'questionId' });
  }
  const assignee = input.interviewerPersonId ?? null;
  if (assignee !== null && !(await interviewerIds(ctx, opportunityId)).has(assignee)) {
    throw new AppError('validation', 'interviewerPersonId is not an interviewer in this plan', { field: 'interviewerPersonId' });
  }
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const plan = await ensurePlan(ctx, trx, opportunityId);
    const position = await nextItemPosition(trx, plan.id);
    await insertPlanItem(trx, {
      id,
      owner_id: ctx.actor.userId,
      plan_id: plan.id,
      question_id: input.questionId ?? null,
      text: input.text ?? library?.text ?? '',
      purpose: input.purpose ?? library?.purpose ?? 'day-to-day',
      roles: JSON.stringify(library?.roles ?? [...ROLES]),
      position,
      interviewer_person_id: assignee,
      pinned: assignee === null ? 0 : 1,
      asked: 0,
      answer_heard: '',
      created_at: now,
      updated_at: now,
    });
  });
  return { plan: await getPlan(ctx, opportunityId), created: true };
}

/** The item, access-checked, with the opportunity its plan belongs to. */
async function loadItem(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await findPlanItem(ctx.db, id), 'Question plan item');
}

/** Edits a plan item: move it, assign (which pins) or unassign it, mark it asked, note the answer heard. */
export async function updateItem(ctx: Ctx, id: string, input: UpdatePlanItem): Promise<QuestionPlan> {
  const item = await loadItem(ctx, id);
  if (input.interviewerPersonId != null && !(await interviewerIds(ctx, item.opportunity_id)).has(input.interviewerPersonId)) {
    throw new AppError('validation', 'interviewerPersonId is not an interviewer in this plan', { field: 'interviewerPersonId' });
  }
  const pinned = input.pinned ?? (input.interviewerPersonId !== undefined ? input.interviewerPersonId !== null : undefined);
  await inTransaction(ctx.db, async (trx) => {
    await updatePlanItem(trx, id, {
      updated_at: ctx.now().toISOString(),
      ...(input.interviewerPersonId !== undefined && { interviewer_person_id: input.interviewerPersonId }),
      ...(pinned !== undefined && { pinned: pinned ? 1 : 0 }),
      ...(input.asked !== undefined && { asked: input.asked ? 1 : 0 }),
      ...(input.answerHeard !== undefined && { answer_heard: input.answerHeard }),
      ...(input.text !== undefined && { text: input.text }),
      ...(input.purpose !== undefined && { purpose: input.purpose }),
    });
    if (input.order !== undefined) {
      const ids = (await planItems(trx, item.plan_id)).map((r) => r.id).filter((x) => x !== id);
      ids.splice(Math.min(input.order, ids.length), 0, id);
      await renumberPlanItems(trx, ids);
    }
  });
  return getPlan(ctx, item.opportunity_id);
}

/** Removes an item from its plan (the UI's undo re-adds it with the same id). */
export async function deleteItem(ctx: Ctx, id: string): Promise<void> {
  const item = await loadItem(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await deletePlanItem(trx, id);
    await renumberPlanItems(
      trx,
      (await planItems(trx, item.plan_id)).map((r) => r.id),
    );
  });
}

/**
 * Gives each interviewer 2–3 of the plan's questions with no repeats, keeping the items the user pinned, and saves
 * the assignments. Answers the plan with the planner's warnings.
 */
export async function distribute(ctx: Ctx, opportunityId: string, input: DistributePlan): Promise<QuestionPlan> {
  const data = await loadPlanData(ctx, opportunityId);
  const interviewers = interviewersOf(data);
  const known = new Set(interviewers.map((i) => i.personId));
  const questions: Question[] = data.items.map((r) => ({
    id: r.id,
    text: r.text,
    purpose: r.purpose as Question['purpose'],
    roles: JSON.parse(r.roles) as Question['roles'],
    informs: [],
  }));
  const pinned = data.items
    .filter((r) => r.pinned === 1 && r.interviewer_person_id !== null && known.has(r.interviewer_person_id))
    .map((r) => ({ interviewerId: r.interviewer_person_id!, questionId: r.id }));
  const result = distributeQuestions({
    questions,
    interviewers: interviewers.map((i) => ({ id: i.personId, role: i.role })),
    pinned,
    ...(input?.perInterviewer && { perInterviewer: input.perInterviewer }),
  });
  const assignedTo = new Map<string, string>();
  for (const [personId, itemIds] of Object.entries(result.assignments)) for (const itemId of itemIds) assignedTo.set(itemId, personId);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    for (const row of data.items) {
      const to = assignedTo.get(row.id) ?? null;
      const keepPin = row.pinned === 1 && to !== null && to === row.interviewer_person_id;
      if (to === row.interviewer_person_id && (row.pinned === 1) === keepPin) continue;
      await updatePlanItem(trx, row.id, { interviewer_person_id: to, pinned: keepPin ? 1 : 0, updated_at: now });
    }
  });
  const warnings: PlanWarning[] = result.warnings.map((w) => ({
    code: w.code,
    message: w.message,
    ...(w.interviewerId !== undefined && { interviewerPersonId: w.interviewerId }),
    ...(w.questionId !== undefined && { itemId: w.questionId }),
  }));
  return getPlan(ctx, opportunityId, warnings);
}

/** Sets who is in the plan and the interviewer role each plays; items assigned to anyone left out are unassigned. */
export async function setInterviewers(ctx: Ctx, opportunityId: string, input: SetPlanInterviewers): Promise<QuestionPlan> {
  const data = await loadPlanData(ctx, opportunityId);
  const linked = new Set(data.people.map((p) => p.id));
  input.interviewers.forEach((i, n) => {
    if (!linked.has(i.personId)) {
      throw new AppError('validation', `interviewers.${n}.personId is not a person linked to this opportunity`, {
        field: `interviewers.${n}.personId`,
      });
    }
  });
  const keep = new Set(input.interviewers.map((i) => i.personId));
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const plan = await ensurePlan(ctx, trx, opportunityId);
    await replacePlanInterviewers(
      trx,
      plan.id,
      input.interviewers.map((i, position) => ({
        id: uuidv7(),
        owner_id: ctx.actor.userId,
        plan_id: plan.id,
        person_id: i.personId,
        role: i.role,
        position,
      })),
    );
    await updatePlanRow(trx, plan.id, { interviewers_set: 1, updated_at: now });
    for (const row of data.items) {
      if (row.interviewer_person_id !== null && !keep.has(row.interviewer_person_id)) {
        await updatePlanItem(trx, row.id, { interviewer_person_id: null, pinned: 0, updated_at: now });
      }
    }
  });
  return getPlan(ctx, opportunityId);
}

/** Saves the user's closing line (null goes back to the default draft). */
export async function updatePlan(ctx: Ctx, opportunityId: string, input: UpdatePlan): Promise<QuestionPlan> {
  await requireOwnedOpportunity(ctx, opportunityId);
  const closing = input.closingLine === null || input.closingLine.trim() === '' ? null : input.closingLine.trim();
  await inTransaction(ctx.db, async (trx) => {
    const plan = await ensurePlan(ctx, trx, opportunityId);
    await updatePlanRow(trx, plan.id, { closing_line: closing, updated_at: ctx.now().toISOString() });
  });
  return getPlan(ctx, opportunityId);
}
