import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys as opportunityKeys } from '../opportunities/queries.js';
import type { CreateFact, UpdateFact } from '../../../contracts/research.js';
import { researchKeys, searchKeys } from '../../api/keys.js';

export { researchKeys };

/** Refreshes every view a fact change can touch: the dossier, search hits and fit summaries. */
export function invalidateResearch(qc: QueryClient): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: researchKeys.all }),
    qc.invalidateQueries({ queryKey: searchKeys.all }),
    qc.invalidateQueries({ queryKey: opportunityKeys.dashboard }),
  ]);
}

/** The research dossier of one opportunity's employer: facts and the checklist. */
export function useResearch(opportunityId: string) {
  return useQuery({
    queryKey: researchKeys.one(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/research', { params: { id: opportunityId } }),
  });
}

/** Adds a fact to an employer's dossier (also used by Undo, with the deleted fact's id). */
export function useCreateFact(employerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFact) => api('POST /api/employers/:employerId/facts', { params: { employerId }, body }),
    onSuccess: () => invalidateResearch(qc),
  });
}

/** Changes a fact. */
export function useUpdateFact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateFact }) => api('PATCH /api/facts/:id', { params: { id }, body }),
    onSuccess: () => invalidateResearch(qc),
  });
}

/** Deletes a fact (the UI offers Undo). */
export function useDeleteFact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/facts/:id', { params: { id } }),
    onSuccess: () => invalidateResearch(qc),
  });
}
