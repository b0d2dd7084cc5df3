import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { keys } from './queries.js';
import type { CreateOpportunity, UpdateOpportunity } from '../../../contracts/opportunities.js';

/** Refreshes every view an opportunity change can affect. */
export function invalidateOpportunity(qc: QueryClient, id?: string): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: keys.allLists }),
    qc.invalidateQueries({ queryKey: keys.dashboard }),
    id ? qc.invalidateQueries({ queryKey: keys.one(id) }) : null,
    id ? qc.invalidateQueries({ queryKey: keys.timeline(id) }) : null,
  ]);
}

/** Creates an opportunity (POST /api/opportunities). */
export function useCreateOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOpportunity) => api('POST /api/opportunities', { body }),
    onSuccess: (o) => {
      qc.setQueryData(keys.one(o.id), o);
      return invalidateOpportunity(qc);
    },
  });
}

/** Creates the labelled sample opportunity for a one-click start. */
export function useCreateSample() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST /api/opportunities/sample'),
    onSuccess: (o) => {
      qc.setQueryData(keys.one(o.id), o);
      return invalidateOpportunity(qc);
    },
  });
}

/** Saves any subset of an opportunity's fields. */
export function useUpdateOpportunity(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOpportunity) => api('PATCH /api/opportunities/:id', { params: { id }, body }),
    onSuccess: (o) => {
      qc.setQueryData(keys.one(id), o);
      return invalidateOpportunity(qc, id);
    },
  });
}

/** Archives (`archive: true`) or restores an opportunity; restoring is archive's undo. */
export function useSetArchived() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archive }: { id: string; archive: boolean }) =>
      api(archive ? 'POST /api/opportunities/:id/archive' : 'POST /api/opportunities/:id/unarchive', { params: { id } }),
    onSuccess: (o) => {
      qc.setQueryData(keys.one(o.id), o);
      return invalidateOpportunity(qc, o.id);
    },
  });
}

/** Deletes an opportunity for good (the UI confirms first). */
export function useDeleteOpportunity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/opportunities/:id', { params: { id } }),
    onSuccess: (_r, id) => {
      qc.removeQueries({ queryKey: keys.one(id) });
      qc.removeQueries({ queryKey: keys.timeline(id) });
      return invalidateOpportunity(qc);
    },
  });
}
