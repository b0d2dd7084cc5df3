import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';

/** A stored plan row. */
export type PlanRow = Selectable<Database['question_plans']>;
/** A stored plan item row. */
export type ItemRow = Selectable<Database['question_plan_items']>;
/** A stored interviewer row with the person's name and title. */
export type InterviewerRow = Selectable<Database['question_plan_interviewers']> & { name: string; title: string | null };

/** A person linked to the opportunity, as plans and briefs need them. */
export interface LinkedPerson {
  id: string;
  name: string;
  title: string | null;
  role: string;
}

/** The employer's facts as plans read them, newest first (the service checked access to the employer). */
export function employerFactRows(db: Db, employerId: string) {
  return db.kysely
    .selectFrom('facts')
    .select(['id', 'topic', 'statement', 'source_url', 'noted_on'])
    .where('employer_id', '=', employerId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** The people linked to an opportunity, in the order they were linked. */
export function linkedPeople(db: Db, opportunityId: string): Promise<LinkedPerson[]> {
  return db.kysely
    .selectFrom('opportunity_people as op')
    .innerJoin('people as p', 'p.id', 'op.person_id')
    .select(['p.id', 'p.name', 'p.title', 'p.role'])
    .where('op.opportunity_id', '=', opportunityId)
    .orderBy('op.created_at')
    .orderBy('p.id')
    .execute();
}

/** The plan row of an opportunity, if one was saved. */
export function findPlan(db: Db, opportunityId: string): Promise<PlanRow | undefined> {
  return db.kysely.selectFrom('question_plans').selectAll().where('opportunity_id', '=', opportunityId).executeTakeFirst();
}

/** Stores a plan row unless the opportunity already has one (a race resolves to the first). */
export async function insertPlanIfMissing(db: Db, row: Insertable<Database['question_plans']>): Promise<void> {
  await db.kysely
    .insertInto('question_plans')
    .values(row)
    .onConflict((oc) => oc.column('opportunity_id').doNothing())
    .execute();
}

/** Changes a plan row (closing line, whether its interviewers were chosen). */
export async function updatePlanRow(db: Db, planId: string, changes: Updateable<Database['question_plans']>): Promise<void> {
  await db.kysely.updateTable('question_plans').set(changes).where('id', '=', planId).execute();
}

/** The items of a plan in their order. */
export function planItems(db: Db, planId: string): Promise<ItemRow[]> {
  return db.kysely
    .selectFrom('question_plan_items')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The plan's chosen interviewers with their names and titles, in their order. */
export function planInterviewers(db: Db, planId: string): Promise<InterviewerRow[]> {
  return db.kysely
    .selectFrom('question_plan_interviewers as i')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .selectAll('i')
    .select(['p.name', 'p.title'])
    .where('i.plan_id', '=', planId)
    .orderBy('i.position')
    .execute();
}

/** One plan item by id, whoever owns it (the service checks access), with the opportunity its plan belongs to. */
export function findPlanItem(db: Db, id: string) {
  return db.kysely
    .selectFrom('question_plan_items as i')
    .innerJoin('question_plans as p', 'p.id', 'i.plan_id')
    .selectAll('i')
    .select('p.opportunity_id')
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The position the next item added to a plan takes (0 for an empty plan). */
export async function nextItemPosition(db: Db, planId: string): Promise<number> {
  const last = await db.kysely
    .selectFrom('question_plan_items')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return last?.max == null ? 0 : Number(last.max) + 1;
}

/** Stores one plan item. */
export async function insertPlanItem(db: Db, row: Insertable<Database['question_plan_items']>): Promise<void> {
  await db.kysely.insertInto('question_plan_items').values(row).execute();
}

/** Changes one plan item (the service checked access). */
export async function updatePlanItem(db: Db, id: string, changes: Updateable<Database['question_plan_items']>): Promise<void> {
  await db.kysely.updateTable('question_plan_items').set(changes).where('id', '=', id).execute();
}

/** Removes one plan item (the service checked access). */
export async function deletePlanItem(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('question_plan_items').where('id', '=', id).execute();
}

/** Rewrites the items' positions 0..n-1 in the given order. */
export async function renumberPlanItems(db: Db, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.kysely.updateTable('question_plan_items').set({ position }).where('id', '=', id).execute();
  }
}

/** Replaces the plan's chosen interviewers with `rows`, in their order. */
export async function replacePlanInterviewers(
  db: Db,
  planId: string,
  rows: readonly Insertable<Database['question_plan_interviewers']>[],
): Promise<void> {
  await db.kysely.deleteFrom('question_plan_interviewers').where('plan_id', '=', planId).execute();
  if (rows.length > 0) await db.kysely.insertInto('question_plan_interviewers').values(rows).execute();
}
