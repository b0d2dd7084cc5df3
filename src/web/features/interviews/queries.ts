import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client.js';
import type {
  Concern,
  CreateConcern,
  CreateConversation,
  CreateInterview,
  Interview,
  PutReflection,
  UpdateConcern,
  UpdateConversation,
  UpdateInterview,
} from '../../../contracts/interviews.js';
import { interviewKeys, opportunityKeys } from '../../api/keys.js';

export { interviewKeys };

function refresh(qc: QueryClient): Promise<unknown> {
  // Dashboard and next actions read interviews and concerns too.
  return Promise.all([
    qc.invalidateQueries({ queryKey: interviewKeys.all }),
    qc.invalidateQueries({ queryKey: opportunityKeys.dashboard }),
  ]);
}

/** One interview with its conversations and checklist. */
export const fetchInterview = (id: string) => api('GET /api/interviews/:id', { params: { id } });

/** Schedules an interview for an opportunity (client-chosen id: a retried save creates it once). */
export const createInterview = (opportunityId: string, body: CreateInterview) =>
  api('POST /api/opportunities/:id/interviews', { params: { id: opportunityId }, body });

/** Changes an interview's details or its checklist. */
export const updateInterview = (id: string, body: UpdateInterview) => api('PATCH /api/interviews/:id', { params: { id }, body });

/** Adds a conversation to an interview. */
export const createConversation = (interviewId: string, body: CreateConversation) =>
  api('POST /api/interviews/:id/conversations', { params: { id: interviewId }, body });

/** Changes a conversation's slot, topic or interviewers. */
export const updateConversation = (id: string, body: UpdateConversation) => api('PATCH /api/conversations/:id', { params: { id }, body });

/** Removes a conversation. */
export const deleteConversation = (id: string) => api('DELETE /api/conversations/:id', { params: { id } });

/** The interviews of one opportunity, as the API orders them. */
export function useInterviews(opportunityId: string) {
  return useQuery({
    queryKey: interviewKeys.of(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/interviews', { params: { id: opportunityId } }).then((r) => r.items),
  });
}

/** One interview with its conversations and checklist. */
export function useInterview(id: string) {
  return useQuery({ queryKey: interviewKeys.one(id), queryFn: () => fetchInterview(id) });
}

/** Changes an interview's details or its checklist; puts the answer in the cache at once. */
export function useUpdateInterview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInterview }) => updateInterview(id, body),
    onSuccess: (i) => {
      qc.setQueryData(interviewKeys.one(i.id), i);
      qc.setQueryData<Interview[]>(interviewKeys.of(i.opportunityId), (list) => list?.map((x) => (x.id === i.id ? i : x)));
      return refresh(qc);
    },
  });
}

/** Deletes an interview (the server keeps it a day so Undo can restore it). */
export function useDeleteInterview() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api('DELETE /api/interviews/:id', { params: { id } }), onSuccess: () => refresh(qc) });
}

/** Undoes a delete. */
export function useRestoreInterview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('POST /api/interviews/:id/restore', { params: { id } }),
    onSuccess: () => refresh(qc),
  });
}

/** Reads a pasted invitation into a draft; saves nothing. */
export function useParseInvitation() {
  return useMutation({
    mutationFn: (body: { text: string; timeZone: string; now?: string; opportunityId?: string }) =>
      api('POST /api/interviews/parse-invitation', { body }),
  });
}

/** Changes a conversation's slot, topic or interviewers. */
export function useUpdateConversation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateConversation }) => updateConversation(id, body),
    onSuccess: () => refresh(qc),
  });
}

/**
 * The concerns raised in one interview (those typed as `!` notes included). `poll` keeps the list in step with
 * the notes typed on the same screen, which the server turns into concerns.
 */
export function useConcerns(interviewId: string, poll = false) {
  return useQuery({
    queryKey: interviewKeys.concerns(interviewId),
    queryFn: () => api('GET /api/interviews/:id/concerns', { params: { id: interviewId } }).then((r) => r.items),
    refetchInterval: poll ? 3_000 : false,
  });
}

/** Adds a concern directly (not from a note). */
export function useCreateConcern(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConcern) => api('POST /api/opportunities/:id/concerns', { params: { id: opportunityId }, body }),
    onSuccess: () => refresh(qc),
  });
}

/** Changes a concern: who raised it, its status and how it was addressed. */
export function useUpdateConcern() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateConcern }) => api('PATCH /api/concerns/:id', { params: { id }, body }),
    onSuccess: (c) => {
      if (c.interviewId)
        qc.setQueryData<Concern[]>(interviewKeys.concerns(c.interviewId), (list) => list?.map((x) => (x.id === c.id ? c : x)));
      return refresh(qc);
    },
  });
}

/** Deletes a concern (the UI offers Undo by creating it again with the same id). */
export function useDeleteConcern() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api('DELETE /api/concerns/:id', { params: { id } }), onSuccess: () => refresh(qc) });
}

/** The reflection written after an interview, or null before there is one. */
export function useReflection(interviewId: string) {
  return useQuery({
    queryKey: interviewKeys.reflection(interviewId),
    queryFn: async () => {
      try {
        return await api('GET /api/interviews/:id/reflection', { params: { id: interviewId } });
      } catch (err) {
        if (err instanceof ApiError && err.status === 404 && err.code === 'not-found') return null;
        throw err;
      }
    },
  });
}

/** Saves the reflection (the whole of it). */
export function usePutReflection(interviewId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutReflection) => api('PUT /api/interviews/:id/reflection', { params: { id: interviewId }, body }),
    onSuccess: (r) => {
      qc.setQueryData(interviewKeys.reflection(interviewId), r);
      return refresh(qc);
    },
  });
}

/** The standard interview questions, to link a question that stumped you to its practice prompt. */
export function usePrompts(enabled = true) {
  return useQuery({
    queryKey: interviewKeys.prompts,
    queryFn: () => api('GET /api/prompts').then((r) => r.items),
    staleTime: Infinity,
    enabled,
  });
}
