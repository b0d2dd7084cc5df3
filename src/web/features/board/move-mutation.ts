import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys, updateOpportunity } from '../opportunities/queries.js';
import { invalidateOpportunity } from '../opportunities/mutations.js';
import type { OpportunitySummary, Stage } from '../../../contracts/opportunities.js';

/** Returns the list with one opportunity moved to `stage` (a new array; the input is untouched). */
export function withStage<T extends { id: string; stage: Stage }>(items: readonly T[], id: string, stage: Stage): T[] {
  return items.map((o) => (o.id === id ? { ...o, stage } : o));
}

/** Moves a card at once on screen, saves it, and puts it back if the server refuses. */
export function useMoveOpportunity() {
  const qc = useQueryClient();
  const boardKey = keys.list({});
  return useMutation({
    mutationFn: ({ id, stage }: { id: string; stage: Stage }) => updateOpportunity(id, { stage }),
    onMutate: async ({ id, stage }) => {
      await qc.cancelQueries({ queryKey: boardKey });
      const previous = qc.getQueryData<OpportunitySummary[]>(boardKey);
      if (previous) qc.setQueryData(boardKey, withStage(previous, id, stage));
      return { previous };
    },
    onError: (_e, _v, ctx) => {
      if (ctx?.previous) qc.setQueryData(boardKey, ctx.previous);
    },
    onSettled: (_d, _e, v) => invalidateOpportunity(qc, v.id),
  });
}
