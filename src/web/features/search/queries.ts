import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { searchKeys } from '../../api/keys.js';

/** Search results for `q` across opportunities, facts, people, interviews, notes and concerns (nothing runs for an empty query). */
export function useSearch(q: string, limit = 30) {
  const term = q.trim();
  return useQuery({
    queryKey: searchKeys.results(term, limit),
    queryFn: () => api('GET /api/search', { query: { q: term, limit: String(limit) } }).then((r) => r.items),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}
