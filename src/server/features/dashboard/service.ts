import type { Dashboard, NextActionItem } from '../../../contracts/dashboard.js';
import { ACTIVE_STAGES, STAGES, type Stage } from '../../../contracts/opportunities.js';
import { localDate } from '../../../core/dates.js';
import { assessPipeline } from '../../../core/planning/pipeline-health.js';
import type { Ctx } from '../../auth/actor.js';
import { nextActionsCacheFor } from '../followups/next-actions.js';
import { serverTimeZone } from '../followups/zone.js';
import { fitSummaries } from '../priorities/service.js';
import { getSettings } from '../settings/service.js';
import { opportunitiesWithoutNextAction, stageCountRows } from './repository.js';

/** How many next actions the dashboard lists; the rest are on the Next actions page. */
export const DASHBOARD_LIMIT = 50;

/** The dashboard and the instant it next changes by the clock alone (null: only data changes alter it). */
export interface ComputedDashboard {
  dashboard: Dashboard;
  nextChangeAt: string | null;
}

/**
 * What to do next across every opportunity (the same ranking as `GET /api/next-actions`: thank-you
 * notes, check-ins, interviews, prep, offer deadlines and each opportunity's own next action),
 * counts by stage, and whether the pipeline is thin. No drafts here: they read notes, which do not
 * bump the revision this is cached by.
 */
export async function getDashboard(ctx: Ctx, today?: string, timeZone: string = serverTimeZone()): Promise<ComputedDashboard> {
  const owner = ctx.actor.userId;
  const day = today ?? localDate(ctx.now(), timeZone);
  const [counts, withoutAction, settings, next] = await Promise.all([
    stageCountRows(ctx.db, owner),
    opportunitiesWithoutNextAction(ctx.db, owner, DASHBOARD_LIMIT),
    getSettings(ctx),
    nextActionsCacheFor(ctx).get(ctx, day, timeZone),
  ]);

  const stageCounts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const row of counts) stageCounts[row.stage as Stage] = Number(row.n);
  const active = ACTIVE_STAGES.reduce((sum, s) => sum + stageCounts[s], 0);
  const offers = stageCounts.offer + stageCounts.accepted;

  const items = next.agenda.items.slice(0, DASHBOARD_LIMIT) as NextActionItem[];
  const fits = await fitSummaries(ctx, [...new Set(items.map((a) => a.opportunityId))]);
  return {
    dashboard: {
      today: day,
      nextActions: items.map((a) => ({ ...a, fit: fits.get(a.opportunityId) ?? null })),
      withoutNextAction: withoutAction.map((o) => ({
        opportunityId: o.id,
        employerName: o.employerName,
        roleTitle: o.roleTitle,
        stage: o.stage as Stage,
      })),
      stageCounts,
      pipeline: assessPipeline({ active, offers }, settings.pipelineTarget),
    },
    nextChangeAt: next.agenda.nextChangeAt,
  };
}
