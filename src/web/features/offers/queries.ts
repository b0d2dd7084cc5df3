import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { invalidateOpportunity } from '../opportunities/mutations.js';
import type { ClosingNoteOptions, Offer, PutOffer } from '../../../contracts/offers.js';
import type { Stage } from '../../../contracts/opportunities.js';
import { offerKeys } from '../../api/keys.js';

export { offerKeys };

/** After any offer change: offers, the opportunity (its stage may move), lists, dashboard and timeline. */
function refresh(qc: QueryClient, opportunityId: string) {
  return Promise.all([qc.invalidateQueries({ queryKey: offerKeys.all }), invalidateOpportunity(qc, opportunityId)]);
}

/** The offer of an opportunity; null until one is saved (the API answers 200 with null). */
export function useOffer(opportunityId: string) {
  return useQuery({
    queryKey: offerKeys.one(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/offer', { params: { id: opportunityId } }),
  });
}

/** Every offer of an open opportunity against the priorities; `today` is the user's date for the countdowns. */
export function useComparison(today: string) {
  return useQuery({ queryKey: offerKeys.compare(today), queryFn: () => api('GET /api/offers/compare', { query: { today } }) });
}

/** Saves the offer (create or replace its terms). */
export function useSaveOffer(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutOffer) => api('PUT /api/opportunities/:id/offer', { params: { id: opportunityId }, body }),
    onSuccess: (offer) => {
      qc.setQueryData(offerKeys.one(opportunityId), offer);
      return refresh(qc, opportunityId);
    },
  });
}

/** Deletes the offer (the tab offers Undo, which saves it again with the same id). */
export function useDeleteOffer(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('DELETE /api/opportunities/:id/offer', { params: { id: opportunityId } }),
    onSuccess: () => {
      qc.setQueryData(offerKeys.one(opportunityId), null);
      return refresh(qc, opportunityId);
    },
  });
}

/** Puts a deleted offer back (the Undo of a delete); works after the tab that deleted it has gone. */
export async function restoreOffer(qc: QueryClient, opportunityId: string, body: PutOffer): Promise<Offer> {
  const offer = await api('PUT /api/opportunities/:id/offer', { params: { id: opportunityId }, body });
  qc.setQueryData(offerKeys.one(opportunityId), offer);
  await refresh(qc, opportunityId);
  return offer;
}

/** Accept or decline (answers closing-note drafts), or reopen (the undo of either). */
export function useDecide(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, options }: { action: 'accept' | 'decline'; options?: ClosingNoteOptions }) =>
      api(`POST /api/opportunities/:id/offer/${action}`, { params: { id: opportunityId }, body: options ?? {} }),
    onSuccess: (d) => {
      qc.setQueryData(offerKeys.one(opportunityId), d.offer);
      return refresh(qc, opportunityId);
    },
  });
}

/** Puts an accepted or declined offer back to pending (the opportunity returns to the offer stage). */
export function useReopen(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST /api/opportunities/:id/offer/reopen', { params: { id: opportunityId } }),
    onSuccess: (offer) => {
      qc.setQueryData(offerKeys.one(opportunityId), offer);
      return refresh(qc, opportunityId);
    },
  });
}

/** The closing-note drafts for the other open opportunities, once this offer is accepted. */
export function useClosingNotes(opportunityId: string, enabled: boolean) {
  return useQuery({
    queryKey: offerKeys.closingNotes(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/offer/closing-notes', { params: { id: opportunityId } }).then((d) => d.closingNotes),
    enabled,
  });
}

/**
 * Closes (or reopens) another opportunity after the user reviewed its note: where it has an offer, declining it;
 * otherwise moving its stage. Answers the opportunity's stage afterwards.
 */
export function useCloseOther() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({
      opportunityId,
      hasOffer,
      stage,
    }: {
      opportunityId: string;
      hasOffer: boolean;
      stage: Stage | 'reopen';
    }): Promise<Stage> => {
      const params = { id: opportunityId };
      if (hasOffer && stage === 'withdrawn')
        return (await api('POST /api/opportunities/:id/offer/decline', { params, body: {} })).offer.stage;
      if (hasOffer && stage === 'reopen') return (await api('POST /api/opportunities/:id/offer/reopen', { params })).stage;
      if (stage === 'reopen') throw new Error('Only an offer can be reopened');
      return (await api('PATCH /api/opportunities/:id', { params: { id: opportunityId }, body: { stage } })).stage;
    },
    onSuccess: (_stage, v) => refresh(qc, v.opportunityId),
  });
}
