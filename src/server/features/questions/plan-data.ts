import type { Fact as CoreFact, FactTopic } from '../../../core/library/questions-to-ask/types.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import type { OpportunityWithEmployer } from '../opportunities/repository.js';
import {
  employerFactRows,
  findPlan,
  linkedPeople,
  planInterviewers,
  planItems,
  type InterviewerRow,
  type ItemRow,
  type LinkedPerson,
  type PlanRow,
} from './repository-plans.js';

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
  const rows = await employerFactRows(db, employerId);
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic as FactTopic,
    statement: r.statement,
    ...(r.source_url !== null && { sourceUrl: r.source_url }),
    ...(r.noted_on !== null && { notedOn: r.noted_on }),
  }));
}

/** Loads what a plan of the opportunity is built from (access-checked). */
export async function loadPlanData(ctx: Ctx, opportunityId: string): Promise<PlanData> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const [facts, people, plan] = await Promise.all([
    employerFacts(ctx.db, opportunity.employer_id),
    linkedPeople(ctx.db, opportunityId),
    findPlan(ctx.db, opportunityId),
  ]);
  const [interviewerRows, items] = plan ? await Promise.all([planInterviewers(ctx.db, plan.id), planItems(ctx.db, plan.id)]) : [[], []];
  return { opportunity, facts, people, plan, interviewerRows, items };
}
