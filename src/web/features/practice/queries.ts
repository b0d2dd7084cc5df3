import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CreateAnswer, CreateAnswerVersion, CreateRehearsal, CreateStory, UpdateStory } from '../../../contracts/practice.js';
import { practiceKeys } from '../../api/keys.js';

export { practiceKeys };

/** Any practice write can change answers, scores and the weakest list: refresh them all. */
function invalidatePractice(qc: QueryClient): Promise<void> {
  return qc.invalidateQueries({ queryKey: practiceKeys.all });
}

/** Saved answers, optionally for one prompt and/or one opportunity (newest first). */
export function useAnswers(filter: { promptId?: string | undefined; opportunityId?: string | undefined } = {}) {
  return useQuery({
    queryKey: practiceKeys.answers(filter),
    queryFn: async () => (await api('GET /api/answers', { query: filter })).items,
  });
}

/** One answer with every version, newest first. */
export function useAnswer(id: string | undefined) {
  return useQuery({
    queryKey: practiceKeys.answer(id ?? ''),
    queryFn: () => api('GET /api/answers/:id', { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Creates an answer with its first version. */
export function useCreateAnswer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAnswer) => api('POST /api/answers', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Saves a new version of an answer (older versions stay in its history). */
export function useSaveVersion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, body }: { answerId: string; body: CreateAnswerVersion }) =>
      api('POST /api/answers/:id/versions', { params: { id: answerId }, body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** The story bank. */
export function useStories() {
  return useQuery({
    queryKey: practiceKeys.stories,
    queryFn: async () => (await api('GET /api/stories')).items,
  });
}

/** Adds a story. */
export function useCreateStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStory) => api('POST /api/stories', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Changes a story. */
export function useUpdateStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStory }) => api('PATCH /api/stories/:id', { params: { id }, body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Deletes a story (the UI offers Undo by re-creating it with the same id). */
export function useDeleteStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/stories/:id', { params: { id } }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Stories ranked for a prompt (and the opportunity's job description when given). */
export function useStorySuggestions(promptId: string, opportunityId: string | undefined) {
  return useQuery({
    queryKey: practiceKeys.suggestions(promptId, opportunityId),
    queryFn: async () =>
      (await api('GET /api/prompts/:id/story-suggestions', { params: { id: promptId }, query: { opportunityId } })).items,
  });
}

/** Rehearsal history, newest first. */
export function useRehearsals(filter: { promptId?: string | undefined; opportunityId?: string | undefined } = {}) {
  return useQuery({
    queryKey: practiceKeys.rehearsals(filter),
    queryFn: async () => (await api('GET /api/rehearsals', { query: { ...filter, limit: '500' } })).items,
  });
}

/** Saves one timed attempt (text only; audio never leaves the browser). */
export function useCreateRehearsal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRehearsal) => api('POST /api/rehearsals', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Prompts most worth practising now, weakest first. */
export function useWeakest(opportunityId: string | undefined, limit = 5) {
  return useQuery({
    queryKey: practiceKeys.weakest(opportunityId, limit),
    queryFn: async () => (await api('GET /api/practice/weakest', { query: { opportunityId, limit: String(limit) } })).items,
  });
}
