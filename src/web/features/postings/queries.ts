import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CapturePostingRequest, PostingCopy, PostingPreview, SavePostingCopy } from '../../../contracts/postings.js';

/** Reads a posting on the server (POST /api/postings/preview); nothing is saved. */
export function usePreviewPosting() {
  return useMutation({ mutationFn: (body: CapturePostingRequest) => api<PostingPreview>('POST', '/postings/preview', { body }) });
}

/** Keeps the posting copy on an opportunity. */
export function savePostingCopy(opportunityId: string, body: SavePostingCopy): Promise<PostingCopy> {
  return api<PostingCopy>('PUT', `/opportunities/${opportunityId}/posting`, { body });
}

/** The copy kept on an opportunity; null when there is none. */
export function usePostingCopy(opportunityId: string) {
  return useQuery({
    queryKey: ['opportunities', opportunityId, 'posting'],
    queryFn: () => api<PostingCopy | null>('GET', `/opportunities/${opportunityId}/posting`),
  });
}
