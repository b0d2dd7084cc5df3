import type { RemotePolicy } from '../../contracts/values.js';
import type { FitRating } from '../research/fit.js';

/** A rating the offer's own terms settle, with the reason shown beside it. */
export interface OfferRating {
  key: 'pay' | 'remote-policy';
  rating: Exclude<FitRating, 'unknown'>;
  reason: string;
}

/** What of an offer the derived ratings read. */
export interface OfferTerms {
  yearlyPay: number | null;
  currency: string | null;
  remotePolicy: RemotePolicy | null;
}

/** Share of the priorities' weight that must be known for an offer before one can be called the best fit. */
export const BEST_FIT_MIN_COVERAGE = 0.5;

const REMOTE: Record<RemotePolicy, { rating: OfferRating['rating']; words: string }> = {
  remote: { rating: 'great', words: 'fully remote' },
  hybrid: { rating: 'good', words: 'hybrid' },
  onsite: { rating: 'fair', words: 'on site every day' },
};

function money(amount: number, currency: string | null): string {
  return `${Math.round(amount).toLocaleString('en-GB')}${currency ? ` ${currency}` : ''}`;
}

/**
 * The ratings an offer's terms settle without the user: pay against the pay floor (below it poor,
 * up to 10% above fair, up to 25% above good, more great) and the remote policy (remote great,
 * hybrid good, on site fair). The user's own rating of a priority always wins over these.
 */
export function ratingsFromOffer(terms: OfferTerms, payFloor: number | null): OfferRating[] {
  const out: OfferRating[] = [];
  if (terms.yearlyPay !== null && payFloor !== null && payFloor > 0) {
    const ratio = terms.yearlyPay / payFloor;
    const pay = money(terms.yearlyPay, terms.currency);
    const floor = money(payFloor, terms.currency);
    const rating: OfferRating['rating'] = ratio < 1 ? 'poor' : ratio < 1.1 ? 'fair' : ratio < 1.25 ? 'good' : 'great';
    const reason =
      ratio < 1
        ? `From the offer: ${pay} a year is below your floor of ${floor}.`
        : `From the offer: ${pay} a year is ${Math.round((ratio - 1) * 100)}% above your floor of ${floor}.`;
    out.push({ key: 'pay', rating, reason });
  }
  if (terms.remotePolicy !== null) {
    const r = REMOTE[terms.remotePolicy];
    out.push({ key: 'remote-policy', rating: r.rating, reason: `From the offer: ${r.words}.` });
  }
  return out;
}

/** The offer to call the best fit: the highest score, only when every offer compared has enough of its priorities known. */
export function bestFit(
  items: readonly { id: string; score: number | null; coverage: number }[],
  minCoverage = BEST_FIT_MIN_COVERAGE,
): string | null {
  if (items.length < 2 || items.some((i) => i.score === null || i.coverage < minCoverage)) return null;
  let best = items[0]!;
  for (const i of items) if ((i.score ?? -1) > (best.score ?? -1)) best = i;
  // A tie is no answer.
  return items.filter((i) => i.score === best.score).length === 1 ? best.id : null;
}
