import type { OpportunitySummary } from '../../../contracts/opportunities.js';

/** Sorts by next-action due date, soonest first; undated ones last, newest first among them. */
export function sortByDue<T extends Pick<OpportunitySummary, 'nextActionDue' | 'updatedAt'>>(
  items: readonly T[],
  direction: 'asc' | 'desc' = 'asc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (a.nextActionDue && b.nextActionDue) {
      const c = a.nextActionDue.localeCompare(b.nextActionDue) * sign;
      if (c !== 0) return c;
    } else if (a.nextActionDue) return -1;
    else if (b.nextActionDue) return 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}
