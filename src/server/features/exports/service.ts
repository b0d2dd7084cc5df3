import { toCsv } from '../../../core/csv/write.js';
import { APPLICATION_COLUMNS, applicationCells, applicationsReport, type ApplicationRow } from '../../../core/reports/applications.js';
import type { Ctx } from '../../auth/actor.js';
import * as opportunities from '../opportunities/repository.js';
import * as repo from './repository.js';

/** The columns of the opportunities CSV, in order. */
export const EXPORT_COLUMNS = [
  'Employer',
  'Role',
  'Stage',
  'Applied on',
  'Stage history',
  'Location',
  'Remote policy',
  'Source',
  'Salary from',
  'Salary to',
  'Currency',
  'Per',
  'Next action',
  'Next action due',
  'Contacts',
  'Excitement',
  'Archived on',
  'Added on',
  'Job description',
] as const;

const day = (instant: string | null | undefined) => (instant ? instant.slice(0, 10) : null);

/** Every opportunity of the actor, oldest first, with its stage history and contacts. */
async function loadAll(ctx: Ctx) {
  const ownerId = ctx.actor.userId;
  const [rows, events, people] = await Promise.all([
    opportunities.listAllOpportunities(ctx.db, ownerId),
    repo.stageEvents(ctx.db, ownerId),
    repo.contacts(ctx.db, ownerId),
  ]);
  const history = new Map<string, { stage: string; at: string }[]>();
  for (const e of events)
    if (e.to_stage) history.set(e.opportunity_id, [...(history.get(e.opportunity_id) ?? []), { stage: e.to_stage, at: e.at }]);
  const linked = new Map<string, string[]>();
  for (const p of people)
    linked.set(p.opportunity_id, [...(linked.get(p.opportunity_id) ?? []), p.email ? `${p.name} <${p.email}>` : p.name]);
  return [...rows]
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
    .map((o) => {
      const steps = history.get(o.id) ?? [];
      return { o, steps, appliedOn: day(steps.find((s) => s.stage !== 'lead')?.at), contacts: linked.get(o.id) ?? [] };
    });
}

/** Every opportunity of the actor as CSV (UTF-8 with BOM, formula-looking cells neutralised). */
export async function opportunitiesCsv(ctx: Ctx): Promise<string> {
  const all = await loadAll(ctx);
  return toCsv(
    EXPORT_COLUMNS,
    all.map(({ o, steps, appliedOn, contacts }) => [
      o.employer_name,
      o.role_title,
      o.stage,
      appliedOn,
      steps.map((s) => `${s.stage} ${day(s.at)}`).join('; '),
      o.location,
      o.remote_policy,
      o.source_url,
      o.salary_min,
      o.salary_max,
      o.salary_currency,
      o.salary_period,
      o.next_action,
      o.next_action_due,
      contacts.join('; '),
      o.excitement,
      day(o.archived_at),
      day(o.created_at),
      o.job_description,
    ]),
  );
}

/** The applications made from `from` to `to` (inclusive), for a proof of applications. */
export async function applications(ctx: Ctx, from: string, to: string): Promise<ApplicationRow[]> {
  const all = await loadAll(ctx);
  return applicationsReport(
    all.map(({ o, appliedOn, contacts }) => ({
      employerName: o.employer_name,
      roleTitle: o.role_title,
      appliedOn,
      sourceUrl: o.source_url,
      contacts,
      stage: o.stage,
    })),
    from,
    to,
  );
}

/** The same report as CSV. */
export function applicationsCsv(rows: readonly ApplicationRow[]): string {
  return toCsv(APPLICATION_COLUMNS, rows.map(applicationCells));
}
