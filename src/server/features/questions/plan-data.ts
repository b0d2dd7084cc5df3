import type { Selectable } from 'kysely';
import type { Fact as CoreFact, FactTopic } from '../../../core/library/questions-to-ask/types.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import type { OpportunityWithEmployer } from '../opportunities/repository.js';

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

/** Everything a plan (or brief) of one opportunity is built from. */
export interface PlanData {
  opportunity: OpportunityWithEmployer;
  facts: CoreFact[];
  people: LinkedPerson[];
  plan: PlanRow | undefined;
  interviewerRows: InterviewerRow[];
  items: ItemRow[];
}

/** The employer's facts in the core's shape, newest first. */
export async function employerFacts(db: Db, employerId: string): Promise<CoreFact[]> {
  const rows = await db.kysely
    .selectFrom('facts')
    .select(['id', 'topic', 'statement', 'source_url', 'noted_on'])
    .where('employer_id', '=', employerId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic as FactTopic,
    statement: r.statement,
    ...(r.source_url !== null && { sourceUrl: r.source_url }),
    ...(r.noted_on !== null && { notedOn: r.noted_on }),
  }));
}

/** The people linked to an opportunity, in the order they were linked. */
export async function linkedPeople(db: Db, opportunityId: string): Promise<LinkedPerson[]> {
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

/** Loads what a plan of the opportunity is built from (access-checked). */
export async function loadPlanData(ctx: Ctx, opportunityId: string): Promise<PlanData> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const [facts, people, plan] = await Promise.all([
    employerFacts(ctx.db, opportunity.employer_id),
    linkedPeople(ctx.db, opportunityId),
    findPlan(ctx.db, opportunityId),
  ]);
  const [interviewerRows, items] = plan
    ? await Promise.all([
        ctx.db.kysely
          .selectFrom('question_plan_interviewers as i')
          .innerJoin('people as p', 'p.id', 'i.person_id')
          .selectAll('i')
          .select(['p.name', 'p.title'])
          .where('i.plan_id', '=', plan.id)
          .orderBy('i.position')
          .execute(),
        planItems(ctx.db, plan.id),
      ])
    : [[], []];
  return { opportunity, facts, people, plan, interviewerRows, items };
}
