import type { OpportunityPrepPlan, PrepPlanQuery } from '../../../contracts/prep.js';
import { isValidTimeZone } from '../../../core/followup/index.js';
import { planPrep } from '../../../core/planning/prep-plan/index.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError } from '../../errors.js';
import { loadInterviews, type InterviewRecord } from '../calendar/repository.js';
import { findOpportunity } from '../opportunities/repository.js';
import { prepInputs } from './inputs.js';

/** The dashboard shows a plan for every interview starting within this many hours. */
export const SOON_HOURS = 48;

function clock(ctx: Ctx, query: PrepPlanQuery): { now: Date; timeZone: string | undefined } {
  if (query.timeZone !== undefined && !isValidTimeZone(query.timeZone)) {
    throw new AppError('validation', 'timeZone is not a time zone this system knows', { field: 'timeZone' });
  }
  return { now: query.now ? new Date(query.now) : ctx.now(), timeZone: query.timeZone };
}

async function planFor(ctx: Ctx, interview: InterviewRecord, now: Date, timeZone: string | undefined): Promise<OpportunityPrepPlan> {
  const zone = timeZone ?? (isValidTimeZone(interview.timeZone) ? interview.timeZone : 'UTC');
  const plan = planPrep({ ...(await prepInputs(ctx, interview)), now, interviewStart: interview.startsAt, timeZone: zone });
  return {
    opportunityId: interview.opportunityId,
    employerName: interview.employerName,
    roleTitle: interview.roleTitle,
    interview: {
      id: interview.id,
      kind: interview.kind,
      title: interview.title,
      startsAt: interview.startsAt,
      timeZone: interview.timeZone,
      durationMinutes: interview.durationMinutes,
      location: interview.location,
    },
    plan,
  };
}

/** The prep plan for the opportunity's next interview (starting after `now`); interview and plan are null when none is coming. */
export async function opportunityPrepPlan(ctx: Ctx, opportunityId: string, query: PrepPlanQuery): Promise<OpportunityPrepPlan> {
  const opportunity = requireOwned(ctx.actor, await findOpportunity(ctx.db, opportunityId), 'Opportunity');
  const { now, timeZone } = clock(ctx, query);
  const upcoming = await loadInterviews(ctx.db, ctx.actor.userId, {
    opportunityIds: [opportunityId],
    from: new Date(now.getTime() + 1).toISOString(),
  });
  const next = upcoming[0];
  if (!next)
    return { opportunityId, employerName: opportunity.employer_name, roleTitle: opportunity.role_title, interview: null, plan: null };
  return planFor(ctx, next, now, timeZone);
}

/** A prep plan for each interview of an open opportunity starting within 48 hours of `now`, soonest first. */
export async function upcomingPrepPlans(ctx: Ctx, query: PrepPlanQuery): Promise<OpportunityPrepPlan[]> {
  const { now, timeZone } = clock(ctx, query);
  const soon = await loadInterviews(ctx.db, ctx.actor.userId, {
    from: new Date(now.getTime() + 1).toISOString(),
    to: new Date(now.getTime() + SOON_HOURS * 3_600_000).toISOString(),
    openOnly: true,
  });
  const plans: OpportunityPrepPlan[] = [];
  for (const interview of soon) plans.push(await planFor(ctx, interview, now, timeZone));
  return plans;
}
