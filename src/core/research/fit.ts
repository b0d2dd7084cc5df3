/** Fit: how an opportunity measures up against the user's weighted priorities, counting only what is known. */
import type { Priority } from './priorities.js';
import { MAX_PRIORITY_WEIGHT } from './priorities.js';

/** The ratings a priority can receive; `unknown` means no evidence yet, which is NOT the same as poor. */
export const FIT_RATINGS = ['unknown', 'poor', 'fair', 'good', 'great'] as const;

/** One rating on the five-step scale. */
export type FitRating = (typeof FIT_RATINGS)[number];

/**
 * The value of each known rating on a 0–1 scale: evenly spaced steps, so "fair" is a third of the way
 * and "good" two thirds. `unknown` has no value on purpose.
 */
export const RATING_VALUE: Readonly<Record<Exclude<FitRating, 'unknown'>, number>> = {
  poor: 0,
  fair: 1 / 3,
  good: 2 / 3,
  great: 1,
};

/** The user's rating of one opportunity on one priority, with the ids of the facts or notes behind it. */
export interface PriorityRating {
  key: string;
  rating: FitRating;
  evidenceIds?: readonly string[];
}

/** One priority's line in the fit explanation. */
export interface FitBreakdownItem {
  key: string;
  name: string;
  weight: number;
  rating: FitRating;
  /** 0–1 value of the rating, null when unknown or the weight is 0. */
  value: number | null;
  /** Points this priority adds to the 0–100 score; all items sum to the score, give or take rounding. */
  points: number;
  evidenceIds: readonly string[];
}

/** A priority that matters (weight > 0) but has no known rating yet: something to research or ask. */
export interface FitGap {
  key: string;
  name: string;
  weight: number;
}

/** The fit of one opportunity. */
export interface Fit {
  /** 0–100, weighted over known ratings only; null when nothing that matters is known yet. */
  score: number | null;
  knownWeight: number;
  totalWeight: number;
  /** Share (0–1) of the total weight whose rating is known: how much to trust the score. */
  coverage: number;
  gaps: FitGap[];
  breakdown: FitBreakdownItem[];
}

/** Input to computeFit. */
export interface FitInput {
  priorities: readonly Priority[];
  ratings: readonly PriorityRating[];
}

const NO_EVIDENCE: readonly string[] = [];

/** Weights outside 0–5 (or not numbers) are clamped so one bad value cannot swamp the others. */
function cleanWeight(weight: number): number {
  if (!Number.isFinite(weight) || weight <= 0) return 0;
  return Math.min(weight, MAX_PRIORITY_WEIGHT);
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Priorities prepared once (clean weights, key → position) so many opportunities share the work. */
interface Prepared {
  priorities: readonly Priority[];
  weights: number[];
  totalWeight: number;
  indexByKey: Map<string, number>;
}

function prepare(priorities: readonly Priority[]): Prepared {
  const weights = priorities.map((p) => cleanWeight(p.weight));
  const indexByKey = new Map<string, number>();
  priorities.forEach((p, i) => indexByKey.set(p.key, i));
  return { priorities, weights, totalWeight: weights.reduce((a, b) => a + b, 0), indexByKey };
}

function fitWith(prep: Prepared, ratings: readonly PriorityRating[]): Fit {
  const { priorities, weights, totalWeight, indexByKey } = prep;
  const given: (PriorityRating | undefined)[] = new Array<PriorityRating | undefined>(priorities.length);
  for (const r of ratings) {
    const i = indexByKey.get(r.key);
    if (i !== undefined) given[i] = r; // the last rating of a key wins
  }

  let knownWeight = 0;
  let weightedSum = 0;
  const gaps: FitGap[] = [];
  const breakdown: FitBreakdownItem[] = new Array<FitBreakdownItem>(priorities.length);

  for (let i = 0; i < priorities.length; i++) {
    const p = priorities[i]!;
    const weight = weights[i]!;
    const g = given[i];
    const rating: FitRating = g?.rating ?? 'unknown';
    let value: number | null = null;
    if (weight > 0) {
      if (rating === 'unknown') {
        gaps.push({ key: p.key, name: p.name, weight });
      } else {
        value = RATING_VALUE[rating];
        knownWeight += weight;
        weightedSum += weight * value;
      }
    }
    breakdown[i] = { key: p.key, name: p.name, weight, rating, value, points: 0, evidenceIds: g?.evidenceIds ?? NO_EVIDENCE };
  }

  if (knownWeight > 0) {
    for (const item of breakdown) {
      if (item.value !== null) item.points = roundTo((item.weight * item.value * 100) / knownWeight, 2);
    }
  }
  // Stable sort keeps the user's own order among gaps of equal weight.
  if (gaps.length > 1) gaps.sort((a, b) => b.weight - a.weight);

  return {
    score: knownWeight > 0 ? roundTo((weightedSum / knownWeight) * 100, 1) : null,
    knownWeight,
    totalWeight,
    coverage: totalWeight > 0 ? knownWeight / totalWeight : 0,
    gaps,
    breakdown,
  };
}

/** Computes one opportunity's fit; unknown ratings become gaps and never count as zero. */
export function computeFit({ priorities, ratings }: FitInput): Fit {
  return fitWith(prepare(priorities), ratings);
}

/** One opportunity's ratings, for computeFitMany. */
export interface OpportunityRatings {
  id: string;
  ratings: readonly PriorityRating[];
}

/** Computes the fit of many opportunities against the same priorities, keeping their order. */
export function computeFitMany(priorities: readonly Priority[], opportunities: readonly OpportunityRatings[]): { id: string; fit: Fit }[] {
  const prep = prepare(priorities);
  return opportunities.map((o) => ({ id: o.id, fit: fitWith(prep, o.ratings) }));
}
