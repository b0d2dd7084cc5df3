import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateShare, Share } from '../../../contracts/sharing.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { sharingKeys } from '../../api/keys.js';
import { createShare, listShares, revokeShare } from './queries.js';

/** How a sharing surface tells the user what happened: the page's toast, or a notice inside a dialog. */
export type ShareNotify = (message: string, opts?: { action?: { label: string; onClick: () => void }; tone?: 'info' | 'error' }) => void;

/** What you share and what is shared with you (server mode). */
export function useShareLists() {
  return useQuery({ queryKey: sharingKeys.shares, queryFn: listShares });
}

/** The request that makes this share again (Undo after revoking). */
export function shareAgain(s: Share): CreateShare {
  return { coachEmail: s.coachEmail, scope: s.scope, ...(s.opportunityId ? { opportunityId: s.opportunityId } : {}) };
}

/** A checked coach email, or the message to show under the field. */
export function checkCoachEmail(value: string): { email: string } | { error: string } {
  const email = value.trim();
  return /^\S+@\S+\.\S+$/.test(email) ? { email } : { error: 'Enter your coach’s email address.' };
}

/** The message for a failed share: the field's message when the server names one. */
export function shareErrorMessage(e: unknown): string {
  return e instanceof ApiError && e.field ? fieldMessage(e) : errorMessage(e);
}

/**
 * Sharing with a coach and revoking, with the same wording wherever it is offered. Revoking offers
 * Undo, which shares the same thing with the same coach again.
 */
export function useSharing(notify: ShareNotify) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: sharingKeys.shares });
  const share = useMutation({
    mutationFn: (body: CreateShare) => createShare(body),
    onSuccess: (s) => {
      notify(`Shared with ${s.coachName}.`);
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (s: Share) => revokeShare(s.id),
    onSuccess: (_, s) => {
      refresh();
      notify(`${s.coachName} can no longer see ${s.scope === 'answers' ? 'your answers' : 'that opportunity'}.`, {
        action: {
          label: 'Undo',
          onClick: () => share.mutate(shareAgain(s), { onError: (e) => notify(errorMessage(e), { tone: 'error' }) }),
        },
      });
    },
    onError: (e) => notify(errorMessage(e), { tone: 'error' }),
  });
  return { share, revoke };
}
