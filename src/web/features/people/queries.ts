import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CreatePerson, UpdatePerson } from '../../../contracts/people.js';
import { peopleKeys, searchKeys } from '../../api/keys.js';

export { peopleKeys };

function invalidatePeople(qc: QueryClient): Promise<unknown> {
  return Promise.all([qc.invalidateQueries({ queryKey: peopleKeys.all }), qc.invalidateQueries({ queryKey: searchKeys.all })]);
}

/** Adds a person (client-chosen id: a retry creates nobody twice). */
export const createPerson = (body: CreatePerson) => api('POST /api/people', { body });

/** Changes a person's details. */
export const updatePerson = (id: string, body: UpdatePerson) => api('PATCH /api/people/:id', { params: { id }, body });

/** Links a person to an opportunity (no change when already linked). */
export const linkPerson = (opportunityId: string, personId: string) =>
  api('PUT /api/opportunities/:id/people/:personId', { params: { id: opportunityId, personId } });

/** People of one opportunity, or everyone when `opportunityId` is null. */
export function usePeople(opportunityId: string | null) {
  return useQuery({
    queryKey: peopleKeys.of(opportunityId),
    queryFn: () => api('GET /api/people', { query: { opportunityId: opportunityId ?? undefined } }).then((r) => r.items),
  });
}

/** Adds a person (also Undo of a delete, with the same id). */
export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: CreatePerson) => createPerson(body), onSuccess: () => invalidatePeople(qc) });
}

/** Changes a person's details. */
export function useUpdatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePerson }) => updatePerson(id, body),
    onSuccess: () => invalidatePeople(qc),
  });
}

/** Deletes a person everywhere (the UI offers Undo). */
export function useDeletePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/people/:id', { params: { id } }),
    onSuccess: () => invalidatePeople(qc),
  });
}

/** Links (`link: true`) or unlinks a person and an opportunity. */
export function useLinkPerson(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, link }: { personId: string; link: boolean }) =>
      api(link ? 'PUT /api/opportunities/:id/people/:personId' : 'DELETE /api/opportunities/:id/people/:personId', {
        params: { id: opportunityId, personId },
      }),
    onSuccess: () => invalidatePeople(qc),
  });
}

/** Saves the cards the user confirmed from a .vcf preview. */
export function useImportPeople() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (people: CreatePerson[]) => api('POST /api/people/import', { body: { people } }).then((r) => r.items),
    onSuccess: () => invalidatePeople(qc),
  });
}
