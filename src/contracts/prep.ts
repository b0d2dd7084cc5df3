import { z } from 'zod';
import { Id, Instant } from './common.js';
import { InterviewKind, TimeZone } from './interviews.js';

/** Query of the prep-plan endpoints: a fixed `now` (tests, previews) and the user's zone (default: the interview's). */
export const PrepPlanQuery = z.strictObject({
  now: Instant.optional(),
  timeZone: TimeZone.optional(),
});
export type PrepPlanQuery = z.infer<typeof PrepPlanQuery>;

export const PREP_STEP_KINDS = ['prep', 'rest', 'sleep', 'settle'] as const;
export const PREP_MODES = ['hours', 'day', 'week'] as const;

/** One time-boxed block of the plan. */
export const PrepStep = z.object({
  key: z.string(),
  kind: z.enum(PREP_STEP_KINDS),
  title: z.string(),
  minutes: z.number().int(),
  reason: z.string(),
  startsAt: Instant,
  promptIds: z.array(z.string()).optional(),
});
export type PrepStep = z.infer<typeof PrepStep>;

/** The plan computed by `planPrep` (src/core/planning/prep-plan). */
export const PrepPlan = z.object({
  minutesAvailable: z.number().int(),
  mode: z.enum(PREP_MODES),
  steps: z.array(PrepStep),
  dropped: z.array(z.string()),
  note: z.string(),
});
export type PrepPlan = z.infer<typeof PrepPlan>;

/** The interview a plan prepares for. */
export const PrepInterview = z.object({
  id: Id,
  kind: InterviewKind,
  title: z.string(),
  startsAt: Instant,
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
});

/** A plan for an opportunity's next interview; `interview` and `plan` are null when none is coming. */
export const OpportunityPrepPlan = z.object({
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  interview: PrepInterview.nullable(),
  plan: PrepPlan.nullable(),
});
export type OpportunityPrepPlan = z.infer<typeof OpportunityPrepPlan>;

/** Answer of `GET /api/prep-plans`: a plan for each interview starting within 48 hours, soonest first. */
export const PrepPlanList = z.object({ items: z.array(OpportunityPrepPlan) });
export type PrepPlanList = z.infer<typeof PrepPlanList>;
