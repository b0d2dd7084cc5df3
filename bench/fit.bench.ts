/** Fit for many opportunities at once, as the dashboard and the opportunity list compute it. */
import { computeFitMany, FIT_RATINGS } from '../src/core/research/fit.js';
import type { OpportunityRatings } from '../src/core/research/fit.js';
import { DEFAULT_PRIORITIES } from '../src/core/research/priorities.js';
import type { Priority } from '../src/core/research/priorities.js';
import { median, round, timeRounds } from './harness.js';

export const name = 'fit';

/** Deterministic pseudo-random ratings so runs are comparable. */
function makeOpportunities(count: number, priorities: readonly Priority[]): OpportunityRatings[] {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `opp-${i}`,
    ratings: priorities.map((p) => ({
      key: p.key,
      rating: FIT_RATINGS[Math.floor(next() * FIT_RATINGS.length)]!,
      evidenceIds: [`fact-${i}-${p.key}`],
    })),
  }));
}

export async function run(): Promise<Record<string, number | string>> {
  const priorities: Priority[] = [...DEFAULT_PRIORITIES, { key: 'custom-mission', name: 'Mission', weight: 4 }];
  const opportunities = makeOpportunities(1000, priorities);
  const times = await timeRounds(() => computeFitMany(priorities, opportunities), 51, 10);
  return {
    opportunities: opportunities.length,
    priorities: priorities.length,
    median_ms_1000x10: round(median(times)),
    budget_ms: 5,
  };
}
