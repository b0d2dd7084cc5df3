import { z } from 'zod';
import { CalendarDate, Id } from './common.js';
import { NextActionEntry } from './followups.js';
import { TimeZone } from './interviews.js';
import { Stage } from './opportunities.js';
import { FitSummary } from './priorities.js';

/** Query of `GET /api/dashboard`: the client's own calendar day and zone decide what is overdue. */
export const DashboardQuery = z.strictObject({ today: CalendarDate.optional(), timeZone: TimeZone.optional() });

/**
 * One thing to do next (a thank-you note, a check-in, an interview, prep, an offer deadline or the
 * opportunity's own next action), ranked as `GET /api/next-actions` ranks them, with the fit.
 */
export const NextActionItem = NextActionEntry.extend({ fit: FitSummary.nullable().optional() });
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
