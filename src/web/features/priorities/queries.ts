import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys as opportunityKeys } from '../opportunities/queries.js';
import type { Priority, UpdateFit } from '../../../contracts/priorities.js';
import { priorityKeys } from '../../api/keys.js';

export { priorityKeys };

/** The user's priorities, in their order (defaults until saved). */
export function usePriorities() {
  return useQuery({ queryKey: priorityKeys.list, queryFn: () => api('GET /api/priorities').then((r) => r.items) });
}

/** Saves the whole ordered list; every fit and summary depends on it. */
export function useSavePriorities() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: Priority[]) => api('PUT /api/priorities', { body: { items } }).then((r) => r.items),
    onSuccess: (items) => {
      qc.setQueryData(priorityKeys.list, items);
      return Promise.all([
        qc.invalidateQueries({ queryKey: priorityKeys.allFits }),
        qc.invalidateQueries({ queryKey: opportunityKeys.allLists }),
        qc.invalidateQueries({ queryKey: opportunityKeys.dashboard }),
      ]);
    },
  });
}

/** One opportunity's fit: ratings per priority, score and gaps. */
export function useFit(opportunityId: string) {
  return useQuery({
    queryKey: priorityKeys.fit(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/fit', { params: { id: opportunityId } }),
  });
}

/** Saves ratings; the answer is the recomputed fit. */
export function useSaveFit(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFit) => api('PUT /api/opportunities/:id/fit', { params: { id: opportunityId }, body }),
    onSuccess: (fit) => {
      qc.setQueryData(priorityKeys.fit(opportunityId), fit);
      return Promise.all([
        qc.invalidateQueries({ queryKey: opportunityKeys.allLists }),
        qc.invalidateQueries({ queryKey: opportunityKeys.dashboard }),
        qc.invalidateQueries({ queryKey: opportunityKeys.one(opportunityId) }),
      ]);
    },
  });
}
