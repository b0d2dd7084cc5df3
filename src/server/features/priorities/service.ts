import type { Fit, FitRating, FitSummary, Priority, UpdateFit } from '../../../contracts/priorities.js';
import { uuidv7 } from '../../../core/ids.js';
import { computeFit, computeFitMany } from '../../../core/research/fit.js';
import { DEFAULT_PRIORITIES } from '../../../core/research/priorities.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { allRatingRows, opportunityOwner, priorityRows, ratingRows, replacePriorityRows, upsertRating } from './repository.js';

/** What the fit computation needs of a priority. */
function forFit(priorities: Priority[]) {
  return priorities.map((p) => ({ key: p.key, name: p.name, weight: p.weight }));
}

/** The actor's priorities in their order; the built-in defaults until they save their own. */
export async function getPriorities(ctx: Ctx): Promise<Priority[]> {
  const rows = await priorityRows(ctx.db, ctx.actor.userId);
  if (rows.length === 0)
    return DEFAULT_PRIORITIES.map((p) => ({
      ...p,
      description: p.description ?? '',
      maxCommuteMinutes: p.maxCommuteMinutes ?? null,
      payFloor: p.payFloor ?? null,
    }));
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    weight: r.weight,
    description: r.description,
    maxCommuteMinutes: r.max_commute_minutes,
    payFloor: r.pay_floor,
  }));
}

/** Replaces the actor's priorities with the given ordered list. Ratings of removed keys are kept, unused. */
export async function setPriorities(ctx: Ctx, items: Priority[]): Promise<Priority[]> {
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await replacePriorityRows(
      trx,
      ctx.actor.userId,
      items.map((p, position) => ({
        id: uuidv7(),
        owner_id: ctx.actor.userId,
        key: p.key,
        name: p.name,
        weight: p.weight,
        description: p.description ?? '',
        max_commute_minutes: p.maxCommuteMinutes ?? null,
        pay_floor: p.payFloor ?? null,
        position,
        updated_at: now,
      })),
    );
  });
  return getPriorities(ctx);
}

async function ratingsOf(ctx: Ctx, opportunityIds: string[]) {
  if (opportunityIds.length === 0) return [];
  return ratingRows(ctx.db, ctx.actor.userId, opportunityIds);
}

/** The fit of one opportunity: a rating per priority (unknown when unrated) and the computed score. */
export async function getFit(ctx: Ctx, opportunityId: string): Promise<Fit> {
  requireOwned(ctx.actor, await opportunityOwner(ctx.db, opportunityId), 'Opportunity');
  const [priorities, rows] = await Promise.all([getPriorities(ctx), ratingsOf(ctx, [opportunityId])]);
  const byKey = new Map(rows.map((r) => [r.priority_key, r]));
  const ratings = priorities.map((p) => {
    const row = byKey.get(p.key);
    return {
      key: p.key,
      name: p.name,
      weight: p.weight,
      rating: (row?.rating ?? 'unknown') as FitRating,
      evidence: row?.evidence ?? '',
      factIds: row ? (JSON.parse(row.fact_ids) as string[]) : [],
    };
  });
  const fit = computeFit({
    priorities: forFit(priorities),
    ratings: ratings.map((r) => ({ key: r.key, rating: r.rating, evidenceIds: r.factIds })),
  });
  return { opportunityId, ratings, score: fit.score, coverage: fit.coverage, gaps: fit.gaps };
}

/** Sets some ratings of an opportunity; the others keep theirs. Keys must be among the priorities. */
export async function rateFit(ctx: Ctx, opportunityId: string, input: UpdateFit): Promise<Fit> {
  await getFit(ctx, opportunityId);
  const keys = new Set((await getPriorities(ctx)).map((p) => p.key));
  input.ratings.forEach((r, i) => {
    if (!keys.has(r.key)) throw new AppError('validation', `ratings.${i}.key is not one of your priorities`, { field: `ratings.${i}.key` });
  });
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    for (const r of input.ratings) {
      const values = { rating: r.rating, evidence: r.evidence ?? '', fact_ids: JSON.stringify(r.factIds ?? []), updated_at: now };
      await upsertRating(trx, { id: uuidv7(), owner_id: ctx.actor.userId, opportunity_id: opportunityId, priority_key: r.key }, values);
    }
  });
  return getFit(ctx, opportunityId);
}

/** Above this many ids, reading all the owner's ratings beats a query with one parameter per id. */
const MANY_IDS = 50;

/** Short fit summaries for many opportunities at once (boards, lists, dashboards). */
export async function fitSummaries(ctx: Ctx, opportunityIds: string[]): Promise<Map<string, FitSummary>> {
  if (opportunityIds.length === 0) return new Map();
  const wanted = opportunityIds.length > MANY_IDS ? new Set(opportunityIds) : null;
  const [priorities, rows] = await Promise.all([getPriorities(ctx), wanted ? ratingsOfOwner(ctx) : ratingsOf(ctx, opportunityIds)]);
  const byOpp = new Map<string, { key: string; rating: FitRating }[]>();
  for (const r of rows) {
    if (wanted && !wanted.has(r.opportunity_id)) continue;
    byOpp.set(r.opportunity_id, [...(byOpp.get(r.opportunity_id) ?? []), { key: r.priority_key, rating: r.rating as FitRating }]);
  }
  const rated = opportunityIds.filter((id) => byOpp.has(id));
  const fits = computeFitMany(
    forFit(priorities),
    rated.map((id) => ({ id, ratings: byOpp.get(id)! })),
  );
  const summaries = new Map(fits.map(({ id, fit }) => [id, { score: fit.score, coverage: fit.coverage, gapCount: fit.gaps.length }]));
  if (rated.length < opportunityIds.length) {
    // Every unrated opportunity has the same fit: compute it once.
    const fit = computeFitMany(forFit(priorities), [{ id: '', ratings: [] }])[0]!.fit;
    const unrated: FitSummary = { score: fit.score, coverage: fit.coverage, gapCount: fit.gaps.length };
    for (const id of opportunityIds) if (!byOpp.has(id)) summaries.set(id, unrated);
  }
  return summaries;
}

async function ratingsOfOwner(ctx: Ctx) {
  return allRatingRows(ctx.db, ctx.actor.userId);
}
