import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { OPPORTUNITY_PAGE_MAX } from '../../../contracts/limits.js';
import type { OpportunitySummary, Stage } from '../../../contracts/opportunities.js';
import { opportunityKeys as keys } from '../../api/keys.js';

export { keys };

/** Filters of the opportunity list, as the API takes them. */
export interface ListFilters {
  stage?: Stage | undefined;
  archived?: 'false' | 'true' | 'all' | undefined;
  q?: string | undefined;
}

/**
 * Every opportunity matching the filters, as summaries (no job description): the pages of
 * `GET /api/opportunities` followed by their cursors. Search and filters stay on the server.
 */
export async function fetchSummaries(f: ListFilters = {}): Promise<OpportunitySummary[]> {
  const items: OpportunitySummary[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await api('GET /api/opportunities', { query: { stage: f.stage, archived: f.archived ?? 'false', q: f.q, limit: String(OPPORTUNITY_PAGE_MAX), cursor }, });
    // A card changed between two pages can come back on the next one; keep its first place.
    for (const o of page.items) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      items.push(o);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

let early: { key: string; promise: Promise<OpportunitySummary[]> } | null = null;
let prefetched = false;

/**
 * The first time the list or board opens, starts reading the summaries while the page's code is
 * still downloading (called by the route's loader); the page's query then takes that answer.
 */
export function prefetchSummariesOnce(f: ListFilters = {}): void {
  if (prefetched) return;
  prefetched = true;
  const promise = fetchSummaries(f);
  promise.catch(() => undefined);
  early = { key: JSON.stringify(keys.list(f)), promise };
}

function takeEarly(f: ListFilters): Promise<OpportunitySummary[]> | null {
  if (!early || early.key !== JSON.stringify(keys.list(f))) return null;
  const { promise } = early;
  early = null;
  return promise;
}

/** Opportunities matching the filters (archived ones hidden unless asked for), as summaries. */
export function useOpportunities(f: ListFilters = {}) {
  return useQuery({ queryKey: keys.list(f), queryFn: () => takeEarly(f) ?? fetchSummaries(f) });
}

/** One opportunity by id. */
export function useOpportunity(id: string) {
  return useQuery({ queryKey: keys.one(id), queryFn: () => api('GET /api/opportunities/:id', { params: { id } }) });
}

/** An opportunity's history: created, stage changes, archive and unarchive. */
export function useTimeline(id: string) {
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: () => api('GET /api/opportunities/:id/timeline', { params: { id } }).then((r) => r.items),
  });
}
