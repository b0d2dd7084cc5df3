import { computeFit } from '../../../core/research/index.js';
import type { Fit as CoreFit } from '../../../core/research/index.js';
import type { FitRating, FitSummary, Priority } from '../../../contracts/priorities.js';

/** What the user has chosen for one priority, before and after saving. */
export interface RatingDraft {
  rating: FitRating;
  evidence: string;
}

/** Score and gaps computed in the browser, so the panel answers on every click before the server does. */
export function liveFit(priorities: readonly Priority[], drafts: Readonly<Record<string, RatingDraft>>): CoreFit {
  return computeFit({
    priorities: priorities.map((p) => ({ key: p.key, name: p.name, weight: p.weight })),
    ratings: Object.entries(drafts).map(([key, v]) => ({ key, rating: v.rating })),
  });
}

/** A rating's label in the UI. */
export const RATING_LABELS: Record<FitRating, string> = { unknown: 'Unknown', poor: 'Poor', fair: 'Fair', good: 'Good', great: 'Great' };

/** "3 priorities still unknown: Culture, Stability and Pay" (up to `max` names, then "and 2 more"). */
export function unknownText(gaps: readonly { name: string }[], max = 3): string {
  if (gaps.length === 0) return 'Every priority that matters to you is rated.';
  const n = gaps.length;
  const names = gaps.slice(0, max).map((g) => g.name);
  const more = n - names.length;
  const list =
    more > 0
      ? `${names.join(', ')} and ${more} more`
      : names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
        : (names[0] ?? '');
  return `${n} ${n === 1 ? 'priority' : 'priorities'} still unknown: ${list}`;
}

/** The fit badge's text: "Fit 72 · 3 unknown", "Fit 80", or "Fit: not rated". */
export function fitBadgeText(fit: FitSummary | null | undefined): string {
  if (!fit || fit.score === null) return 'Fit: not rated';
  const score = Math.round(fit.score);
  return fit.gapCount > 0 ? `Fit ${score} · ${fit.gapCount} unknown` : `Fit ${score}`;
}

/** The fit summary an API object carries, if the server sent one (older servers do not). */
export function fitOf(x: object): FitSummary | null {
  if (!('fit' in x)) return null;
  const f = (x as { fit: unknown }).fit;
  if (typeof f !== 'object' || f === null) return null;
  const s = f as Record<string, unknown>;
  const score = typeof s.score === 'number' ? s.score : null;
  return { score, coverage: typeof s.coverage === 'number' ? s.coverage : 0, gapCount: typeof s.gapCount === 'number' ? s.gapCount : 0 };
}
