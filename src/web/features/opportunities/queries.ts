import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { OPPORTUNITY_PAGE_MAX } from '../../../contracts/limits.js';
import type { CreateOpportunity, OpportunityList, OpportunitySummary, Stage, UpdateOpportunity } from '../../../contracts/opportunities.js';
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
export async function fetchSummaries(
  f: ListFilters = {},
  firstPage: Promise<OpportunityList | null> | null = null,
): Promise<OpportunitySummary[]> {
  const items: OpportunitySummary[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let given = firstPage ? await firstPage : null;
  do {
    const page =
      given ??
      (await api('GET /api/opportunities', {
        query: { stage: f.stage, archived: f.archived ?? 'false', q: f.q, limit: String(OPPORTUNITY_PAGE_MAX), cursor },
      }));
    given = null;
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
  const promise = fetchSummaries(f, isUnfiltered(f) ? preloadedFirstPage() : null);
  promise.catch(() => undefined);
  early = { key: JSON.stringify(keys.list(f)), promise };
}

/** The first page of the unfiltered list: the server names it in a preload Link header of the list's and the board's page. */
export const PRELOADED_LIST_URL = `/api/opportunities?archived=false&limit=${OPPORTUNITY_PAGE_MAX}`;

function isUnfiltered(f: ListFilters): boolean {
  return f.stage === undefined && (f.archived ?? 'false') === 'false' && !f.q;
}

/**
 * The page the browser began reading with the HTML (preload): a fetch of the same address with no
 * headers of its own takes that answer instead of asking again. Anything but a 200 leaves the
 * first page to the API client, which reports errors as always.
 */
async function preloadedFirstPage(): Promise<OpportunityList | null> {
  try {
    const res = await fetch(PRELOADED_LIST_URL);
    return res.ok ? ((await res.json()) as OpportunityList) : null;
  } catch {
    return null;
  }
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

/** Creates an opportunity (POST /api/opportunities). */
export const createOpportunity = (body: CreateOpportunity) => api('POST /api/opportunities', { body });

/** Creates the labelled sample opportunity. */
export const createSampleOpportunity = () => api('POST /api/opportunities/sample');

/** Saves any subset of an opportunity's fields (the board's moves send only `stage`). */
export const updateOpportunity = (id: string, body: UpdateOpportunity) => api('PATCH /api/opportunities/:id', { params: { id }, body });

/** Archives (`archive: true`) or restores an opportunity. */
export const setArchived = (id: string, archive: boolean) =>
  api(archive ? 'POST /api/opportunities/:id/archive' : 'POST /api/opportunities/:id/unarchive', { params: { id } });

/** Deletes an opportunity for good. */
export const deleteOpportunity = (id: string) => api('DELETE /api/opportunities/:id', { params: { id } });
