import { z } from 'zod';
import { Id, longText, shortText } from './common.js';

export const FIT_RATINGS = ['unknown', 'poor', 'fair', 'good', 'great'] as const;
export const FitRating = z.enum(FIT_RATINGS);
export type FitRating = z.infer<typeof FitRating>;

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,49}$/, { message: 'must be lower-case letters, digits and dashes (up to 50)' });

/** One of the user's criteria with its weight (0 ignores it, 5 is a deal-breaker). */
export const Priority = z.strictObject({
  key,
  name: shortText(100),
  weight: z.number().int().min(0, { message: 'must be 0 to 5' }).max(5, { message: 'must be 0 to 5' }),
  description: z.string().max(500).optional(),
  maxCommuteMinutes: z.number().int().min(1).max(600).nullable().optional(),
  payFloor: z.number().int().min(0).max(100_000_000).nullable().optional(),
});
export type Priority = z.infer<typeof Priority>;

/** Body of `PUT /api/priorities` and its answer: the whole ordered list. */
export const PriorityList = z.strictObject({
  items: z
    .array(Priority)
    .max(30)
    .refine((items) => new Set(items.map((p) => p.key)).size === items.length, { message: 'keys must be unique' }),
});
export type PriorityList = z.infer<typeof PriorityList>;

/** One rating of an opportunity against a priority, with its evidence. */
export const FitRatingInput = z.strictObject({
  key,
  rating: FitRating,
  evidence: longText(5_000).optional(),
  factIds: z.array(Id).max(20).optional(),
});
export type FitRatingInput = z.infer<typeof FitRatingInput>;

/** Body of `PUT /api/opportunities/:id/fit`: ratings to set (others keep theirs). */
export const UpdateFit = z.strictObject({ ratings: z.array(FitRatingInput).min(1).max(30) });
export type UpdateFit = z.infer<typeof UpdateFit>;

/** The fit of one opportunity: ratings per priority and the computed summary. */
export const Fit = z.object({
  opportunityId: Id,
  ratings: z.array(
    z.object({ key: z.string(), name: z.string(), weight: z.number(), rating: FitRating, evidence: z.string(), factIds: z.array(Id) }),
  ),
  score: z.number().nullable(),
  coverage: z.number(),
  gaps: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number() })),
});
export type Fit = z.infer<typeof Fit>;

/** The short fit summary shown on boards and dashboards. */
export const FitSummary = z.object({ score: z.number().nullable(), coverage: z.number(), gapCount: z.number() });
export type FitSummary = z.infer<typeof FitSummary>;
