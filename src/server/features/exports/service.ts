import { toCsv } from '../../../core/csv/write.js';
import type { Ctx } from '../../auth/actor.js';
import * as opportunities from '../opportunities/repository.js';
import * as repo from './repository.js';

/** The columns of the opportunities CSV, in order. */
export const EXPORT_COLUMNS = [
  'Employer', 'Role', 'Stage', 'Applied on', 'Stage history', 'Location', 'Remote policy', 'Source', 'Salary from', 'Salary to', 'Currency', 'Per',
  'Next action', 'Next action due', 'Contacts', 'Excitement', 'Archived on', 'Added on', 'Job description',
] as const;

const day = (instant: string | null) => (instant ? instant.slice(0, 10) : null);

/** Every opportunity of the actor as CSV (UTF-8 with BOM, formula-looking cells neutralised). */
export async function opportunitiesCsv(ctx: Ctx): Promise<string> {
  const ownerId = ctx.actor.userId;
  const [rows, events, people] = await Promise.all([
    opportunities.listOpportunities(ctx.db, { ownerId, archived: 'all' }),
    repo.stageEvents(ctx.db, ownerId),
    repo.contacts(ctx.db, ownerId),
  ]);
  const history = new Map<string, { stage: string; at: string }[]>();
  for (const e of events) if (e.to_stage) history.set(e.opportunity_id, [...(history.get(e.opportunity_id) ?? []), { stage: e.to_stage, at: e.at }]);
  const linked = new Map<string, string[]>();
  for (const p of people) linked.set(p.opportunity_id, [...(linked.get(p.opportunity_id) ?? []), p.email ? `${p.name} <${p.email}>` : p.name]);
  const ordered = [...rows].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return toCsv(
    EXPORT_COLUMNS,
    ordered.map((o) => {
      const steps = history.get(o.id) ?? [];
      const applied = steps.find((s) => s.stage !== 'lead');
      return [
        o.employer_name, o.role_title, o.stage, day(applied?.at ?? null), steps.map((s) => `${s.stage} ${day(s.at)}`).join('; '), o.location, o.remote_policy,
        o.source_url, o.salary_min, o.salary_max, o.salary_currency, o.salary_period, o.next_action, o.next_action_due, (linked.get(o.id) ?? []).join('; '),
        o.excitement, day(o.archived_at), day(o.created_at), o.job_description,
      ];
    }),
  );
}
