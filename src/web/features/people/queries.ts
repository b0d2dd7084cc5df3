import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CreatePerson, Person, UpdatePerson } from '../../../contracts/people.js';

/** Query keys of people lists. */
export const peopleKeys = {
  all: ['people'] as const,
  of: (opportunityId: string | null) => ['people', opportunityId ?? 'all'] as const,
};

function invalidatePeople(qc: QueryClient): Promise<unknown> {
  return Promise.all([qc.invalidateQueries({ queryKey: peopleKeys.all }), qc.invalidateQueries({ queryKey: ['search'] })]);
}

/** People of one opportunity, or everyone when `opportunityId` is null. */
export function usePeople(opportunityId: string | null) {
  return useQuery({
    queryKey: peopleKeys.of(opportunityId),
    queryFn: () => api<{ items: Person[] }>('GET', '/people', { query: { opportunityId: opportunityId ?? undefined } }).then((r) => r.items),
  });
}

/** Adds a person (also Undo of a delete, with the same id). */
export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: CreatePerson) => api<Person>('POST', '/people', { body }), onSuccess: () => invalidatePeople(qc) });
}

/** Changes a person's details. */
export function useUpdatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePerson }) => api<Person>('PATCH', `/people/${encodeURIComponent(id)}`, { body }),
    onSuccess: () => invalidatePeople(qc),
  });
}

/** Deletes a person everywhere (the UI offers Undo). */
export function useDeletePerson() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api<undefined>('DELETE', `/people/${encodeURIComponent(id)}`), onSuccess: () => invalidatePeople(qc) });
}

/** Links (`link: true`) or unlinks a person and an opportunity. */
export function useLinkPerson(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, link }: { personId: string; link: boolean }) =>
      api<undefined>(link ? 'PUT' : 'DELETE', `/opportunities/${encodeURIComponent(opportunityId)}/people/${encodeURIComponent(personId)}`),
    onSuccess: () => invalidatePeople(qc),
  });
}

/** Saves the cards the user confirmed from a .vcf preview. */
export function useImportPeople() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (people: CreatePerson[]) => api<{ items: Person[] }>('POST', '/people/import', { body: { people } }).then((r) => r.items),
    onSuccess: () => invalidatePeople(qc),
  });
}
