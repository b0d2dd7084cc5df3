import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  Answer,
  AnswerDetail,
  CreateAnswer,
  CreateAnswerVersion,
  CreateRehearsal,
  CreateStory,
  Rehearsal,
  Story,
  StorySuggestion,
  UpdateStory,
  WeakPrompt,
} from '../../../contracts/practice.js';

/** Query keys of the practice views. */
export const practiceKeys = {
  all: ['practice'] as const,
  answers: (filter: { promptId?: string | undefined; opportunityId?: string | undefined }) => ['practice', 'answers', filter] as const,
  answer: (id: string) => ['practice', 'answer', id] as const,
  stories: ['practice', 'stories'] as const,
  suggestions: (promptId: string, opportunityId: string | undefined) => ['practice', 'suggestions', promptId, opportunityId ?? null] as const,
  rehearsals: (filter: { promptId?: string | undefined; opportunityId?: string | undefined }) => ['practice', 'rehearsals', filter] as const,
  weakest: (opportunityId: string | undefined, limit: number) => ['practice', 'weakest', opportunityId ?? null, limit] as const,
};

/** Any practice write can change answers, scores and the weakest list: refresh them all. */
function invalidatePractice(qc: QueryClient): Promise<void> {
  return qc.invalidateQueries({ queryKey: practiceKeys.all });
}

const enc = encodeURIComponent;

/** Saved answers, optionally for one prompt and/or one opportunity (newest first). */
export function useAnswers(filter: { promptId?: string | undefined; opportunityId?: string | undefined } = {}) {
  return useQuery({
    queryKey: practiceKeys.answers(filter),
    queryFn: async () => (await api<{ items: Answer[] }>('GET', '/answers', { query: filter })).items,
  });
}

/** One answer with every version, newest first. */
export function useAnswer(id: string | undefined) {
  return useQuery({
    queryKey: practiceKeys.answer(id ?? ''),
    queryFn: () => api<AnswerDetail>('GET', `/answers/${enc(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** Creates an answer with its first version. */
export function useCreateAnswer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAnswer) => api<AnswerDetail>('POST', '/answers', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Saves a new version of an answer (older versions stay in its history). */
export function useSaveVersion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, body }: { answerId: string; body: CreateAnswerVersion }) => api<AnswerDetail>('POST', `/answers/${enc(answerId)}/versions`, { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** The story bank. */
export function useStories() {
  return useQuery({
    queryKey: practiceKeys.stories,
    queryFn: async () => (await api<{ items: Story[] }>('GET', '/stories')).items,
  });
}

/** Adds a story. */
export function useCreateStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStory) => api<Story>('POST', '/stories', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Changes a story. */
export function useUpdateStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStory }) => api<Story>('PATCH', `/stories/${enc(id)}`, { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Deletes a story (the UI offers Undo by re-creating it with the same id). */
export function useDeleteStory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<undefined>('DELETE', `/stories/${enc(id)}`),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Stories ranked for a prompt (and the opportunity's job description when given). */
export function useStorySuggestions(promptId: string, opportunityId: string | undefined) {
  return useQuery({
    queryKey: practiceKeys.suggestions(promptId, opportunityId),
    queryFn: async () =>
      (await api<{ items: StorySuggestion[] }>('GET', `/prompts/${enc(promptId)}/story-suggestions`, { query: { opportunityId } })).items,
  });
}

/** Rehearsal history, newest first. */
export function useRehearsals(filter: { promptId?: string | undefined; opportunityId?: string | undefined } = {}) {
  return useQuery({
    queryKey: practiceKeys.rehearsals(filter),
    queryFn: async () => (await api<{ items: Rehearsal[] }>('GET', '/rehearsals', { query: { ...filter, limit: '500' } })).items,
  });
}

/** Saves one timed attempt (text only; audio never leaves the browser). */
export function useCreateRehearsal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRehearsal) => api<Rehearsal>('POST', '/rehearsals', { body }),
    onSuccess: () => invalidatePractice(qc),
  });
}

/** Prompts most worth practising now, weakest first. */
export function useWeakest(opportunityId: string | undefined, limit = 5) {
  return useQuery({
    queryKey: practiceKeys.weakest(opportunityId, limit),
    queryFn: async () => (await api<{ items: WeakPrompt[] }>('GET', '/practice/weakest', { query: { opportunityId, limit: String(limit) } })).items,
  });
}
