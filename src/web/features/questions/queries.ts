import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  AddPlanItem,
  DistributePlan,
  Housekeeping,
  QuestionLibrary,
  QuestionPlan,
  SetPlanInterviewers,
  UpdateHousekeeping,
  UpdatePlanItem,
} from '../../../contracts/questions.js';

/** Query keys of the questions views. */
export const questionKeys = {
  library: ['questions', 'library'] as const,
  plan: (opportunityId: string) => ['questions', 'plan', opportunityId] as const,
  housekeeping: (opportunityId: string) => ['questions', 'housekeeping', opportunityId] as const,
};

const planPath = (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/question-plan`;

/** Every plan write answers the whole plan: put it in the cache so the view updates without a second request. */
function setPlan(qc: QueryClient, opportunityId: string) {
  return (plan: QuestionPlan) => qc.setQueryData(questionKeys.plan(opportunityId), plan);
}

/** The question plan of one opportunity: interviewers, items with their research check, closing line, suggestions. */
export function usePlan(opportunityId: string) {
  return useQuery({ queryKey: questionKeys.plan(opportunityId), queryFn: () => api<QuestionPlan>('GET', planPath(opportunityId)) });
}

/** The library of questions to ask: built-in (or the user's edit of one) and the user's own. */
export function useLibrary(enabled: boolean) {
  return useQuery({
    queryKey: questionKeys.library,
    queryFn: () => api<QuestionLibrary>('GET', '/questions').then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}

/** Adds a library question or the user's own words to the plan (also Undo of a removal). */
export function useAddItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AddPlanItem) => api<QuestionPlan>('POST', `${planPath(opportunityId)}/items`, { body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Changes one plan item: order, interviewer, asked, answer heard, wording. */
export function useUpdateItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePlanItem }) => api<QuestionPlan>('PATCH', `/question-plan-items/${encodeURIComponent(id)}`, { body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Removes an item from the plan (the UI offers Undo); refetches since a delete answers no body. */
export function useRemoveItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<QuestionPlan | undefined>('DELETE', `/question-plan-items/${encodeURIComponent(id)}`),
    onSuccess: (plan) => (plan ? setPlan(qc, opportunityId)(plan) : qc.invalidateQueries({ queryKey: questionKeys.plan(opportunityId) })),
  });
}

/** Spreads the plan's questions over the interviewers (2–3 each, no repeats); pinned items stay. */
export function useDistribute(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DistributePlan) => api<QuestionPlan>('POST', `${planPath(opportunityId)}/distribute`, { body: body ?? {} }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Sets who is in the plan and the interviewer role each plays. */
export function useSetInterviewers(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPlanInterviewers) => api<QuestionPlan>('PUT', `${planPath(opportunityId)}/interviewers`, { body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Saves the closing line; null goes back to the suggested one. */
export function useSetClosingLine(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (closingLine: string | null) => api<QuestionPlan>('PATCH', planPath(opportunityId), { body: { closingLine } }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** The housekeeping answers heard for one opportunity. */
export function useHousekeeping(opportunityId: string) {
  return useQuery({
    queryKey: questionKeys.housekeeping(opportunityId),
    queryFn: () => api<Housekeeping>('GET', `/opportunities/${encodeURIComponent(opportunityId)}/housekeeping`),
  });
}

/** Saves housekeeping answers (fields left out keep their value). */
export function useSaveHousekeeping(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateHousekeeping) => api<Housekeeping>('PUT', `/opportunities/${encodeURIComponent(opportunityId)}/housekeeping`, { body }),
    onSuccess: (h) => qc.setQueryData(questionKeys.housekeeping(opportunityId), h),
  });
}
