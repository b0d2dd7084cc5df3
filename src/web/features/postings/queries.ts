import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { opportunityKeys } from '../../api/keys.js';
import type { CapturePostingRequest, PostingCopy, SavePostingCopy } from '../../../contracts/postings.js';
import type { CreateOpportunity } from '../../../contracts/opportunities.js';
import type { CreateFact } from '../../../contracts/research.js';

/** Reads a posting on the server (POST /api/postings/preview); nothing is saved. */
export function usePreviewPosting() {
  return useMutation({ mutationFn: (body: CapturePostingRequest) => api('POST /api/postings/preview', { body }) });
}

/** Keeps the posting copy on an opportunity. */
export function savePostingCopy(opportunityId: string, body: SavePostingCopy): Promise<PostingCopy> {
  return api('PUT /api/opportunities/:id/posting', { params: { id: opportunityId }, body });
}

/** The copy kept on an opportunity; null when there is none. */
export function usePostingCopy(opportunityId: string) {
  return useQuery({
    queryKey: opportunityKeys.posting(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/posting', { params: { id: opportunityId } }),
  });
}

/** Saves the opportunity a posting describes (the form's fields, with the id minted for it). */
export const createOpportunity = (body: CreateOpportunity) => api('POST /api/opportunities', { body });

/** Keeps one fact the posting states on the employer's research. */
export const addFact = (employerId: string, body: CreateFact) =>
  api('POST /api/employers/:employerId/facts', { params: { employerId }, body });
