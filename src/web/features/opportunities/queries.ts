import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Opportunity, Stage, TimelineEvent } from '../../../contracts/opportunities.js';

/** Filters of the opportunity list, as the API takes them. */
export interface ListFilters {
  stage?: Stage | undefined;
  archived?: 'false' | 'true' | 'all' | undefined;
  q?: string | undefined;
}

/** Query keys in one place so mutations invalidate exactly what they change. */
export const keys = {
  allLists: ['opportunities'] as const,
  list: (f: ListFilters) => ['opportunities', { stage: f.stage ?? null, archived: f.archived ?? 'false', q: f.q ?? '' }] as const,
  one: (id: string) => ['opportunity', id] as const,
  timeline: (id: string) => ['timeline', id] as const,
  dashboard: ['dashboard'] as const,
  settings: ['settings'] as const,
};

/** Opportunities matching the filters (archived ones hidden unless asked for). */
export function useOpportunities(f: ListFilters = {}) {
  return useQuery({
    queryKey: keys.list(f),
    queryFn: () =>
      api<{ items: Opportunity[] }>('GET', '/opportunities', { query: { stage: f.stage, archived: f.archived ?? 'false', q: f.q } }).then(
        (r) => r.items,
      ),
  });
}

/** One opportunity by id. */
export function useOpportunity(id: string) {
  return useQuery({ queryKey: keys.one(id), queryFn: () => api<Opportunity>('GET', `/opportunities/${encodeURIComponent(id)}`) });
}

/** An opportunity's history: created, stage changes, archive and unarchive. */
export function useTimeline(id: string) {
  return useQuery({
    queryKey: keys.timeline(id),
    queryFn: () => api<{ items: TimelineEvent[] }>('GET', `/opportunities/${encodeURIComponent(id)}/timeline`).then((r) => r.items),
  });
}
