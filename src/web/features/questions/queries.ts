import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  AddPlanItem,
  DistributePlan,
  QuestionPlan,
  SetPlanInterviewers,
  UpdateHousekeeping,
  UpdatePlanItem,
} from '../../../contracts/questions.js';
import { questionKeys } from '../../api/keys.js';

export { questionKeys };

/** Every plan write answers the whole plan: put it in the cache so the view updates without a second request. */
function setPlan(qc: QueryClient, opportunityId: string) {
  return (plan: QuestionPlan) => qc.setQueryData(questionKeys.plan(opportunityId), plan);
}

/** The question plan of one opportunity: interviewers, items with their research check, closing line, suggestions. */
export function usePlan(opportunityId: string) {
  return useQuery({
    queryKey: questionKeys.plan(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/question-plan', { params: { id: opportunityId } }),
  });
}

/** The library of questions to ask: built-in (or the user's edit of one) and the user's own. */
export function useLibrary(enabled: boolean) {
  return useQuery({
    queryKey: questionKeys.library,
    queryFn: () => api('GET /api/questions').then((r) => r.items),
    enabled,
    staleTime: 60_000,
  });
}

/** Adds a library question or the user's own words to the plan (also Undo of a removal). */
export function useAddItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AddPlanItem) => api('POST /api/opportunities/:id/question-plan/items', { params: { id: opportunityId }, body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Changes one plan item: order, interviewer, asked, answer heard, wording. */
export function useUpdateItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePlanItem }) => api('PATCH /api/question-plan-items/:id', { params: { id }, body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Removes an item from the plan (the UI offers Undo); refetches since a delete answers no body. */
export function useRemoveItem(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/question-plan-items/:id', { params: { id } }),
    onSuccess: (plan) => (plan ? setPlan(qc, opportunityId)(plan) : qc.invalidateQueries({ queryKey: questionKeys.plan(opportunityId) })),
  });
}

/** Spreads the plan's questions over the interviewers (2–3 each, no repeats); pinned items stay. */
export function useDistribute(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DistributePlan) =>
      api('POST /api/opportunities/:id/question-plan/distribute', { params: { id: opportunityId }, body: body ?? {} }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Sets who is in the plan and the interviewer role each plays. */
export function useSetInterviewers(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPlanInterviewers) =>
      api('PUT /api/opportunities/:id/question-plan/interviewers', { params: { id: opportunityId }, body }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** Saves the closing line; null goes back to the suggested one. */
export function useSetClosingLine(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (closingLine: string | null) =>
      api('PATCH /api/opportunities/:id/question-plan', { params: { id: opportunityId }, body: { closingLine } }),
    onSuccess: setPlan(qc, opportunityId),
  });
}

/** The housekeeping answers heard for one opportunity. */
export function useHousekeeping(opportunityId: string) {
  return useQuery({
    queryKey: questionKeys.housekeeping(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/housekeeping', { params: { id: opportunityId } }),
  });
}

/** Saves housekeeping answers (fields left out keep their value). */
export function useSaveHousekeeping(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateHousekeeping) => api('PUT /api/opportunities/:id/housekeeping', { params: { id: opportunityId }, body }),
    onSuccess: (h) => qc.setQueryData(questionKeys.housekeeping(opportunityId), h),
  });
}
