import { z } from 'zod';
import { CalendarDate, Id } from './common.js';
import { Stage } from './opportunities.js';
import { FitSummary } from './priorities.js';

/** Query of `GET /api/dashboard`: the client's own calendar day decides what is overdue. */
export const DashboardQuery = z.strictObject({ today: CalendarDate.optional() });

/** One thing to do next, for one opportunity. */
export const NextActionItem = z.object({
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  stage: Stage,
  action: z.string(),
  due: z.string().nullable(),
  /** Whole days from today to the due date; negative when overdue, null without a date. */
  daysUntilDue: z.number().nullable(),
  overdue: z.boolean(),
  fit: FitSummary.nullable().optional(),
});
export type NextActionItem = z.infer<typeof NextActionItem>;

export const PipelineHealth = z.object({
  activeCount: z.number(),
  target: z.number(),
  hasOffer: z.boolean(),
  healthy: z.boolean(),
  message: z.string(),
});
export type PipelineHealth = z.infer<typeof PipelineHealth>;

export const Dashboard = z.object({
  today: CalendarDate,
  nextActions: z.array(NextActionItem),
  /** Active opportunities with no next action set, so nothing falls through the cracks. */
  withoutNextAction: z.array(z.object({ opportunityId: Id, employerName: z.string(), roleTitle: z.string(), stage: Stage })),
  stageCounts: z.record(Stage, z.number()),
  pipeline: PipelineHealth,
});
export type Dashboard = z.infer<typeof Dashboard>;
