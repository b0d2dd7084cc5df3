import type {
  CreateOpportunity,
  ListOpportunitiesQuery,
  Opportunity,
  OpportunityList,
  TimelineEvent,
  UpdateOpportunity,
} from '../../../contracts/opportunities.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, idInUse, requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import type { OpportunityRowUpdate } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { fitSummaries } from '../priorities/service.js';
import { reindexOpportunity } from '../search/documents.js';
import { liveInterviews } from '../interviews/repository.js';
import { findOfferOf } from '../offers/repository.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { presentEvent, presentInterviewEvent, presentOpportunity, presentSummary } from './present.js';
import * as repo from './repository.js';

const WHAT = 'Opportunity';

async function load(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await repo.findOpportunity(ctx.db, id), WHAT);
}

/** One opportunity the actor owns. */
export async function getOpportunity(ctx: Ctx, id: string): Promise<Opportunity> {
  const row = await load(ctx, id);
  const fits = await fitSummaries(ctx, [id]);
  return { ...presentOpportunity(row), fit: fits.get(id) ?? null };
}

/** A page of the actor's opportunities matching the filter, as summaries. */
export async function listOpportunities(ctx: Ctx, query: ListOpportunitiesQuery): Promise<OpportunityList> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  // One row past the page says whether another page follows: a list that ends exactly at a page's
  // end answers no cursor, so the client does not ask for an empty page.
  const rows = await repo.listOpportunitySummaries(ctx.db, { ownerId: ctx.actor.userId, ...query, limit: query.limit + 1, after });
  const more = rows.length > query.limit;
  if (more) rows.length = query.limit;
  const fits = await fitSummaries(
    ctx,
    rows.map((r) => r.id),
  );
  const last = more ? rows[rows.length - 1] : undefined;
  const cursor = last ? encodeCursor(last.updatedAt, last.id) : null;
  return {
    items: rows.map((r) => presentSummary(r, fits.get(r.id) ?? null)),
    nextCursor: cursor,
  };
}

/**
 * Creates an opportunity (and its employer when new) and opens its timeline. Idempotent on a
 * client-supplied id: repeating the request answers the existing opportunity with `created: false`.
 */
export async function createOpportunity(ctx: Ctx, input: CreateOpportunity): Promise<{ opportunity: Opportunity; created: boolean }> {
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'opportunities', id)) {
    const existing = await repo.findOpportunity(ctx.db, id);
    if (existing) return { opportunity: presentOpportunity(existing), created: false };
  }
  const now = ctx.now().toISOString();
  const stage = input.stage ?? 'lead';
  await inTransaction(ctx.db, async (trx) => {
    const employerId = await repo.ensureEmployer(trx, ctx.actor.userId, input.employerName, uuidv7(), now);
    const inserted = await repo.insertOpportunity(trx, {
      id,
      owner_id: ctx.actor.userId,
      employer_id: employerId,
      role_title: input.roleTitle,
      location: input.location ?? null,
      remote_policy: input.remotePolicy ?? null,
      source_url: input.sourceUrl ?? null,
      salary_min: input.salaryMin ?? null,
      salary_max: input.salaryMax ?? null,
      salary_currency: input.salaryCurrency ?? null,
      salary_period: input.salaryPeriod ?? null,
      job_description: input.jobDescription ?? '',
      stage,
      next_action: input.nextAction ?? null,
      next_action_due: input.nextActionDue ?? null,
      excitement: input.excitement ?? null,
      archived_at: null,
      stage_changed_at: now,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) throw idInUse();
    await repo.insertEvent(trx, {
      id: uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: id,
      kind: 'created',
      from_stage: null,
      to_stage: stage,
      at: now,
    });
    await reindexOpportunity(trx, id);
  });
  return { opportunity: await getOpportunity(ctx, id), created: true };
}

/** Applies a partial update; a stage change is recorded on the timeline. */
export async function updateOpportunity(ctx: Ctx, id: string, input: UpdateOpportunity): Promise<Opportunity> {
  const row = await load(ctx, id);
  const salaryMin = input.salaryMin !== undefined ? input.salaryMin : row.salary_min;
  const salaryMax = input.salaryMax !== undefined ? input.salaryMax : row.salary_max;
  if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
    throw new AppError('validation', 'must not be below salaryMin', { field: 'salaryMax' });
  }
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const changes: OpportunityRowUpdate = { updated_at: now };
    if (input.employerName !== undefined) {
      changes.employer_id = await repo.ensureEmployer(trx, ctx.actor.userId, input.employerName, uuidv7(), now);
    }
    if (input.roleTitle !== undefined) changes.role_title = input.roleTitle;
    if (input.location !== undefined) changes.location = input.location;
    if (input.remotePolicy !== undefined) changes.remote_policy = input.remotePolicy;
    if (input.sourceUrl !== undefined) changes.source_url = input.sourceUrl;
    if (input.salaryMin !== undefined) changes.salary_min = input.salaryMin;
    if (input.salaryMax !== undefined) changes.salary_max = input.salaryMax;
    if (input.salaryCurrency !== undefined) changes.salary_currency = input.salaryCurrency;
    if (input.salaryPeriod !== undefined) changes.salary_period = input.salaryPeriod;
    if (input.jobDescription !== undefined) changes.job_description = input.jobDescription;
    if (input.nextAction !== undefined) changes.next_action = input.nextAction;
    if (input.nextActionDue !== undefined) changes.next_action_due = input.nextActionDue;
    if (input.excitement !== undefined) changes.excitement = input.excitement;
    if (input.stage !== undefined && input.stage !== row.stage) {
      changes.stage = input.stage;
      changes.stage_changed_at = now;
      await repo.insertEvent(trx, {
        id: uuidv7(),
        owner_id: ctx.actor.userId,
        opportunity_id: id,
        kind: 'stage',
        from_stage: row.stage,
        to_stage: input.stage,
        at: now,
      });
    }
    await repo.updateOpportunityRow(trx, id, changes);
    if (changes.employer_id && changes.employer_id !== row.employer_id) {
      await repo.deleteEmployerIfUnused(trx, row.employer_id);
    }
    await reindexOpportunity(trx, id);
  });
  return getOpportunity(ctx, id);
}

/** Archives (hides from the pipeline) or restores an opportunity; both are on the timeline. */
export async function setArchived(ctx: Ctx, id: string, archived: boolean): Promise<Opportunity> {
  const row = await load(ctx, id);
  if (Boolean(row.archived_at) === archived) return presentOpportunity(row);
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await repo.updateOpportunityRow(trx, id, { archived_at: archived ? now : null, updated_at: now });
    await repo.insertEvent(trx, {
      id: uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: id,
      kind: archived ? 'archived' : 'unarchived',
      from_stage: row.stage,
      to_stage: row.stage,
      at: now,
    });
  });
  return getOpportunity(ctx, id);
}

/** Deletes an opportunity for good, with its timeline. */
export async function deleteOpportunity(ctx: Ctx, id: string): Promise<void> {
  const row = await load(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    await repo.deleteOpportunityRow(trx, id);
    await repo.deleteEmployerIfUnused(trx, row.employer_id);
    await reindexOpportunity(trx, id);
  });
}

/** An opportunity's history, oldest first: its stage events, the interviews scheduled for it and its offer. */
export async function getTimeline(ctx: Ctx, id: string): Promise<TimelineEvent[]> {
  await load(ctx, id);
  const [events, interviews, offer] = await Promise.all([
    repo.listEvents(ctx.db, id),
    liveInterviews(ctx.db, ctx.actor.userId).where('i.opportunity_id', '=', id).execute(),
    findOfferOf(ctx.db, id),
  ]);
  const items = [
    ...events.map(presentEvent),
    ...interviews.map((iv) => presentInterviewEvent(iv)),
    ...(offer ? [{ id: offer.id, kind: 'offer' as const, fromStage: null, toStage: null, at: offer.created_at }] : []),
  ];
  // At the same instant: the creation first, then what happened (an interview scheduled, an offer recorded), then the stage move it caused.
  const caused = (e: TimelineEvent) => (e.kind === 'created' ? 0 : e.kind === 'interview' || e.kind === 'offer' ? 1 : 2);
  return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : caused(a) - caused(b)));
}
