import { z } from 'zod';
import { CalendarDate, Id, Instant, longText } from './common.js';
import { RemotePolicy, SALARY_PERIODS, Stage } from './opportunities.js';
import { FitRating } from './priorities.js';
import { TONES } from './values.js';

/** Where an offer stands. */
export const OFFER_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const OfferStatus = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof OfferStatus>;

export const PayPeriod = z.enum(SALARY_PERIODS);
export type PayPeriod = z.infer<typeof PayPeriod>;

const Currency = z.string().regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code such as EUR' });

/**
 * Body of `PUT /api/opportunities/:id/offer`: the whole offer (fields left out are empty). Money is in whole units
 * of `currency` per `payPeriod`; dates are `YYYY-MM-DD` on the user's calendar. A client may supply the id.
 */
export const PutOffer = z
  .strictObject({
    id: Id.optional(),
    basePay: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must not be negative' })
      .max(100_000_000, { message: 'must be at most 100000000' })
      .nullable()
      .optional(),
    currency: Currency.nullable().optional(),
    payPeriod: PayPeriod.nullable().optional(),
    bonus: longText(2_000).optional(),
    equity: longText(2_000).optional(),
    benefits: longText(5_000).optional(),
    startDate: CalendarDate.nullable().optional(),
    location: z.string().trim().max(200, { message: 'must be at most 200 characters' }).optional(),
    remotePolicy: RemotePolicy.nullable().optional(),
    deadline: CalendarDate.nullable().optional(),
    notes: longText(10_000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.basePay == null) return;
    if (!v.currency) ctx.addIssue({ code: 'custom', message: 'must be given with basePay', path: ['currency'] });
    if (!v.payPeriod) ctx.addIssue({ code: 'custom', message: 'must be given with basePay', path: ['payPeriod'] });
  });
export type PutOffer = z.infer<typeof PutOffer>;

/** An offer as the API presents it, with its opportunity's names and the pay normalised to a year. */
export const Offer = z.object({
  id: Id,
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  stage: Stage,
  basePay: z.number().nullable(),
  currency: z.string().nullable(),
  payPeriod: PayPeriod.nullable(),
  /** basePay per year (see `YEARLY_FACTOR` in src/core/offers); null without pay. */
  yearlyPay: z.number().nullable(),
  bonus: z.string(),
  equity: z.string(),
  benefits: z.string(),
  startDate: z.string().nullable(),
  location: z.string(),
  remotePolicy: RemotePolicy.nullable(),
  deadline: z.string().nullable(),
  status: OfferStatus,
  notes: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Offer = z.infer<typeof Offer>;

/** Query of `GET /api/offers/compare`: the user's today, for days left until each deadline. */
export const CompareQuery = z.strictObject({ today: CalendarDate.optional() });

/** One offer in the comparison. */
export const ComparedOffer = z.object({
  offer: Offer,
  fit: z.object({
    score: z.number().nullable(),
    coverage: z.number(),
    ratings: z.array(z.object({ key: z.string(), rating: FitRating, points: z.number(), reason: z.string().nullable().optional() })),
    /** Names of the weighted priorities still unknown for this offer. */
    unknown: z.array(z.string()).optional(),
  }),
  /** Yearly pay under the pay priority's floor; null when either is unknown. */
  belowPayFloor: z.boolean().nullable(),
  /** Whole days from `today` to the deadline (negative when passed); null without a deadline or today. */
  daysToDeadline: z.number().int().nullable(),
});
export type ComparedOffer = z.infer<typeof ComparedOffer>;

/** Answer of `GET /api/offers/compare`: the user's priorities and every offer of an open opportunity, best fit first. */
export const OfferComparison = z.object({
  priorities: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number() })),
  payFloor: z.number().nullable(),
  /** Distinct currencies among the offers; more than one means pay is not directly comparable. */
  currencies: z.array(z.string()),
  items: z.array(ComparedOffer),
  /** The opportunity whose offer fits best; null unless every offer has enough of its priorities known (and no tie). */
  bestFitOpportunityId: Id.nullable().optional(),
});
export type OfferComparison = z.infer<typeof OfferComparison>;

/** Body of accept and decline (may be empty): how the closing notes should sound. */
export const ClosingNoteOptions = z.strictObject({
  tone: z.enum(TONES).optional(),
  /** Say that another offer was accepted (default true). */
  mentionOtherOffer: z.boolean().optional(),
});
export type ClosingNoteOptions = z.infer<typeof ClosingNoteOptions>;

/** A draft note closing another opportunity politely. Nothing is sent: the user copies it or opens their mail app. */
export const ClosingNoteDraft = z.object({
  opportunityId: Id,
  employerName: z.string(),
  roleTitle: z.string(),
  stage: Stage,
  /** `decline` answers an offer; `withdrawal` leaves a process still under way. */
  kind: z.enum(['decline', 'withdrawal']),
  to: z.object({ personId: Id.nullable(), name: z.string(), email: z.string().nullable() }),
  subject: z.string(),
  body: z.string(),
  /** A `mailto:` link with the note filled in; null when no address is known. */
  mailto: z.string().nullable(),
});
export type ClosingNoteDraft = z.infer<typeof ClosingNoteDraft>;

/** Answer of accept, decline and the closing-notes list. */
export const OfferDecision = z.object({ offer: Offer, closingNotes: z.array(ClosingNoteDraft) });
export type OfferDecision = z.infer<typeof OfferDecision>;
