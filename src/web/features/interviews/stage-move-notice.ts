import { useQueryClient } from '@tanstack/react-query';
import type { ToastAction } from '../../components/ui/toast.js';
import { stageAfterScheduling } from '../../../core/planning/stage-moves.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { invalidateOpportunity, useUpdateOpportunity } from '../opportunities/mutations.js';

/** What to say once an interview was added: the server moved a lead or applied opportunity to interviewing (Undo moves it back). */
export function useStageMoveNotice(opportunity: Opportunity): () => { message: string; action?: ToastAction } {
  const qc = useQueryClient();
  const update = useUpdateOpportunity(opportunity.id);
  return () => {
    void invalidateOpportunity(qc, opportunity.id);
    const next = stageAfterScheduling(opportunity.stage);
    if (!next) return { message: 'Interview added.' };
    const before = opportunity.stage;
    return {
      message: `Interview added. ${opportunity.employerName} moved to ${STAGE_LABELS[next]}.`,
      action: { label: 'Undo move', onClick: () => update.mutate({ stage: before }) },
    };
  };
}
