import type { ClosingNoteOptions, ComparedOffer, Offer, OfferComparison, OfferDecision, PutOffer } from '../../../contracts/offers.js';
import type { Stage } from '../../../contracts/opportunities.js';
import type { FitRating } from '../../../contracts/priorities.js';
import { daysBetween } from '../../../core/dates.js';
import { uuidv7 } from '../../../core/ids.js';
import { bestFit, ratingsFromOffer } from '../../../core/offers/compare.js';
import { belowFloor } from '../../../core/offers/pay.js';
import { computeFitMany } from '../../../core/research/fit.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, notFound } from '../../errors.js';
import { updateOpportunity } from '../opportunities/service.js';
import { getPriorities } from '../priorities/service.js';
import { draftClosingNotes, otherOpenOpportunities } from './closing-notes.js';
import { presentOffer } from './present.js';
import * as repo from './repository.js';
import { stageAfterOffer } from '../../../core/planning/stage-moves.js';

/** Opportunities in these stages are closed; their offers leave the comparison. */
const CLOSED: readonly Stage[] = ['rejected', 'withdrawn'];

async function loadOffer(ctx: Ctx, opportunityId: string) {
  await requireOwnedOpportunity(ctx, opportunityId);
  const row = await repo.findOfferOf(ctx.db, opportunityId);
  if (!row) throw notFound('Offer');
  return row;
}

/** The offer of an opportunity (404 until one is saved). */
export async function getOffer(ctx: Ctx, opportunityId: string): Promise<Offer> {
  return presentOffer(await loadOffer(ctx, opportunityId));
}

/** The offer of an opportunity, or null while none is saved (an unknown opportunity is still a 404). */
export async function findOffer(ctx: Ctx, opportunityId: string): Promise<Offer | null> {
  await requireOwnedOpportunity(ctx, opportunityId);
  const row = await repo.findOfferOf(ctx.db, opportunityId);
  return row ? presentOffer(row) : null;
}

/** Moves the opportunity to `stage` through the opportunities service, so the timeline records it. */
async function moveTo(ctx: Ctx, opportunityId: string, stage: Stage): Promise<void> {
  const row = await requireOwnedOpportunity(ctx, opportunityId);
  if (row.stage !== stage) await updateOpportunity(ctx, opportunityId, { stage });
}

/**
 * Saves the offer of an opportunity (create or replace its terms; fields left out become empty). An opportunity in
 * an earlier stage moves to `offer`, on its timeline. A client-supplied id used by another offer answers 409.
 */
export async function putOffer(ctx: Ctx, opportunityId: string, input: PutOffer): Promise<{ offer: Offer; created: boolean }> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const existing = await repo.findOfferOf(ctx.db, opportunityId);
  if (input.id && input.id !== existing?.id) {
    const taken = await repo.findOfferById(ctx.db, input.id);
    if (taken) throw new AppError('conflict', 'This id is already in use by another offer', { field: 'id' });
  }
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, (trx) =>
    repo.upsertOffer(trx, {
      id: existing?.id ?? input.id ?? uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      now,
      values: {
        base_pay: input.basePay ?? null,
        currency: input.basePay == null ? (input.currency ?? null) : input.currency!,
        pay_period: input.payPeriod ?? null,
        bonus: input.bonus ?? '',
        equity: input.equity ?? '',
        benefits: input.benefits ?? '',
        start_date: input.startDate ?? null,
        location: input.location ?? '',
        remote_policy: input.remotePolicy ?? null,
        deadline: input.deadline ?? null,
        notes: input.notes ?? '',
      },
    }),
  );
  const next = stageAfterOffer(opportunity.stage as Stage);
  if (next) await moveTo(ctx, opportunityId, next);
  return { offer: await getOffer(ctx, opportunityId), created: !existing };
}

/** Deletes the offer of an opportunity; the opportunity keeps its stage. */
export async function deleteOffer(ctx: Ctx, opportunityId: string): Promise<void> {
  await loadOffer(ctx, opportunityId);
  await repo.deleteOfferOf(ctx.db, opportunityId);
}

/** Every offer of an open opportunity, with fit per priority, normalised pay and days left; best fit first. */
export async function compareOffers(ctx: Ctx, today?: string): Promise<OfferComparison> {
  const rows = await repo.comparableOffers(ctx.db, ctx.actor.userId, CLOSED);
  const priorities = await getPriorities(ctx);
  const ids = rows.map((r) => r.opportunity_id);
  const ratings = await repo.fitRatingsOf(ctx.db, ctx.actor.userId, ids);
  const payFloor = priorities.find((p) => p.key === 'pay')?.payFloor ?? null;
  const offers = rows.map(presentOffer);
  // The user's own ratings win; what the offer's terms settle fills the priorities left unknown.
  const derived = offers.map((o) => ratingsFromOffer(o, payFloor));
  const fits = computeFitMany(
    priorities.map((p) => ({ key: p.key, name: p.name, weight: p.weight })),
    ids.map((id, i) => {
      const own = ratings
        .filter((r) => r.opportunity_id === id && r.rating !== 'unknown')
        .map((r) => ({ key: r.priority_key, rating: r.rating as FitRating }));
      const known = new Set(own.map((r) => r.key));
      return { id, ratings: [...derived[i]!.filter((d) => !known.has(d.key)), ...own] };
    }),
  );
  const items: ComparedOffer[] = rows.map((_, i) => {
    const offer = offers[i]!;
    const fit = fits[i]!.fit;
    const reasons = new Map<string, string>(derived[i]!.map((d) => [d.key, d.reason]));
    const own = new Set(
      ratings.filter((r) => r.opportunity_id === offer.opportunityId && r.rating !== 'unknown').map((r) => r.priority_key),
    );
    return {
      offer,
      fit: {
        score: fit.score,
        coverage: fit.coverage,
        ratings: fit.breakdown.map((b) => ({
          key: b.key,
          rating: b.rating,
          points: b.points,
          reason: own.has(b.key) ? null : (reasons.get(b.key) ?? null),
        })),
        unknown: fit.gaps.map((g) => g.name),
      },
      belowPayFloor: belowFloor(offer.yearlyPay, payFloor),
      daysToDeadline: today && offer.deadline ? daysBetween(today, offer.deadline) : null,
    };
  });
  items.sort((a, b) => (b.fit.score ?? -1) - (a.fit.score ?? -1) || (b.offer.yearlyPay ?? -1) - (a.offer.yearlyPay ?? -1));
  return {
    priorities: priorities.map((p) => ({ key: p.key, name: p.name, weight: p.weight })),
    bestFitOpportunityId: bestFit(items.map((i) => ({ id: i.offer.opportunityId, score: i.fit.score, coverage: i.fit.coverage }))),
    payFloor,
    currencies: [...new Set(rows.map((r) => r.currency).filter((c): c is string => Boolean(c)))].sort(),
    items,
  };
}

/** Drafts for the other open opportunities, to close them politely after accepting this offer. */
async function notesForOthers(ctx: Ctx, opportunityId: string, options: ClosingNoteOptions) {
  const { targets, withOffer } = await otherOpenOpportunities(ctx, opportunityId);
  return draftClosingNotes(ctx, targets, withOffer, { ...options, mentionOtherOffer: options.mentionOtherOffer ?? true });
}

/**
 * Accepts the offer: marks it accepted, moves the opportunity to `accepted` (on its timeline) and answers closing-note
 * drafts for the user's other open opportunities. Nothing is sent and nothing else changes until the user confirms.
 */
export async function acceptOffer(ctx: Ctx, opportunityId: string, options: ClosingNoteOptions): Promise<OfferDecision> {
  await loadOffer(ctx, opportunityId);
  const other = await repo.acceptedOfferElsewhere(ctx.db, ctx.actor.userId, opportunityId);
  if (other)
    throw new AppError('conflict', `You already accepted the offer from ${other.employer_name}; reopen it before accepting another`);
  await repo.setOfferStatus(ctx.db, opportunityId, 'accepted', ctx.now().toISOString());
  await moveTo(ctx, opportunityId, 'accepted');
  return { offer: await getOffer(ctx, opportunityId), closingNotes: await notesForOthers(ctx, opportunityId, options) };
}

/** The closing-note drafts again, for an offer already accepted (409 until it is). */
export async function closingNotesAfterAccept(ctx: Ctx, opportunityId: string, options: ClosingNoteOptions): Promise<OfferDecision> {
  const offer = await getOffer(ctx, opportunityId);
  if (offer.status !== 'accepted') throw new AppError('conflict', 'Accept this offer first');
  return { offer, closingNotes: await notesForOthers(ctx, opportunityId, options) };
}

/** Declines the offer: marks it declined, moves the opportunity to `withdrawn` and answers a decline note to send. */
export async function declineOffer(ctx: Ctx, opportunityId: string, options: ClosingNoteOptions): Promise<OfferDecision> {
  const row = await loadOffer(ctx, opportunityId);
  const accepted = await repo.acceptedOfferElsewhere(ctx.db, ctx.actor.userId, opportunityId);
  await repo.setOfferStatus(ctx.db, opportunityId, 'declined', ctx.now().toISOString());
  await moveTo(ctx, opportunityId, 'withdrawn');
  const target = { id: opportunityId, employer_name: row.employer_name, role_title: row.role_title, stage: 'withdrawn' };
  const closingNotes = await draftClosingNotes(ctx, [target], new Set([opportunityId]), {
    ...options,
    mentionOtherOffer: options.mentionOtherOffer ?? Boolean(accepted),
  });
  return { offer: await getOffer(ctx, opportunityId), closingNotes };
}

/** Undoes an accept or a decline: the offer is pending again and the opportunity back at `offer`. */
export async function reopenOffer(ctx: Ctx, opportunityId: string): Promise<Offer> {
  await loadOffer(ctx, opportunityId);
  await repo.setOfferStatus(ctx.db, opportunityId, 'pending', ctx.now().toISOString());
  await moveTo(ctx, opportunityId, 'offer');
  return getOffer(ctx, opportunityId);
}
