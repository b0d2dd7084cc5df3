import { sql } from 'kysely';
import type { Dashboard } from '../../../contracts/dashboard.js';
import { ACTIVE_STAGES, STAGES, type Stage } from '../../../contracts/opportunities.js';
import { localDate } from '../../../core/dates.js';
import { rankNextActions } from '../../../core/planning/next-actions.js';
import { assessPipeline } from '../../../core/planning/pipeline-health.js';
import type { Ctx } from '../../auth/actor.js';
import { fitSummaries } from '../priorities/service.js';
import { getSettings } from '../settings/service.js';

/** How many next actions the dashboard lists; the rest are a click away on the list page. */
export const DASHBOARD_LIMIT = 50;

/** What to do next across every opportunity, counts by stage, and whether the pipeline is thin. */
export async function getDashboard(ctx: Ctx, today: string = localDate(ctx.now())): Promise<Dashboard> {
  const owner = ctx.actor.userId;
  // The database does the ordering and the limit, so the cost stays flat however many opportunities there are.
  const open = () =>
    ctx.db.kysely
      .selectFrom('opportunities as o')
      .innerJoin('employers as e', 'e.id', 'o.employer_id')
      .select(['o.id', 'e.name as employerName', 'o.role_title as roleTitle', 'o.stage', 'o.next_action as nextAction', 'o.next_action_due as nextActionDue'])
      .where('o.owner_id', '=', owner)
      .where('o.archived_at', 'is', null)
      .where('o.stage', 'in', ACTIVE_STAGES)
      .limit(DASHBOARD_LIMIT);
  const [counts, withAction, withoutAction, settings] = await Promise.all([
    ctx.db.kysely
      .selectFrom('opportunities')
      .select(['stage', sql<number>`cast(count(*) as integer)`.as('n')])
      .where('owner_id', '=', owner)
      .where('archived_at', 'is', null)
      .groupBy('stage')
      .execute(),
    open()
      .where('o.next_action', 'is not', null)
      .orderBy(sql`o.next_action_due is null`)
      .orderBy('o.next_action_due')
      .orderBy('o.updated_at', 'desc')
      .execute(),
    open().where('o.next_action', 'is', null).orderBy('o.updated_at', 'desc').execute(),
    getSettings(ctx),
  ]);

  const stageCounts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const row of counts) stageCounts[row.stage as Stage] = Number(row.n);
  const active = ACTIVE_STAGES.reduce((sum, s) => sum + stageCounts[s], 0);
  const offers = stageCounts.offer + stageCounts.accepted;

  const fits = await fitSummaries(ctx, withAction.map((o) => o.id));
  return {
    today,
    nextActions: rankNextActions(
      withAction.map((o) => ({ ...o, stage: o.stage as Stage })),
      today,
    ).map((a) => ({ ...a, fit: fits.get(a.opportunityId) ?? null })),
    withoutNextAction: withoutAction.map((o) => ({ opportunityId: o.id, employerName: o.employerName, roleTitle: o.roleTitle, stage: o.stage as Stage })),
    stageCounts,
    pipeline: assessPipeline({ active, offers }, settings.pipelineTarget),
  };
}
