import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createOpportunity, createSampleOpportunity, deleteOpportunity, keys, setArchived, updateOpportunity } from './queries.js';
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
    mutationFn: (body: CreateOpportunity) => createOpportunity(body),
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
    mutationFn: () => createSampleOpportunity(),
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
    mutationFn: (body: UpdateOpportunity) => updateOpportunity(id, body),
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
    mutationFn: ({ id, archive }: { id: string; archive: boolean }) => setArchived(id, archive),
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
    mutationFn: (id: string) => deleteOpportunity(id),
    onSuccess: (_r, id) => {
      qc.removeQueries({ queryKey: keys.one(id) });
      qc.removeQueries({ queryKey: keys.timeline(id) });
      return invalidateOpportunity(qc);
    },
  });
}
