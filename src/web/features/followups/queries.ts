import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { localDate } from '../../lib/dates.js';
import { keys } from '../opportunities/queries.js';
import type { FollowUps, NextActions, PatchFollowUp, UpdateFollowUpSettings } from '../../../contracts/followups.js';
import { NEXT_ACTIONS_LIMIT } from '../../../contracts/limits.js';
import { followUpKeys } from '../../api/keys.js';

/** The user's IANA zone as the browser knows it (the server's zone when unknown). */
export function userZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export { followUpKeys };

/** How often the navigation badge asks for counts while the app is open. */
export const COUNTS_REFRESH_MS = 60_000;

/** The opportunity's thank-you notes and check-ins, dated in the user's zone. */
export function useFollowUps(opportunityId: string) {
  return useQuery({
    queryKey: followUpKeys.opportunity(opportunityId),
    queryFn: () => api('GET /api/opportunities/:id/follow-ups', { params: { id: opportunityId }, query: { timeZone: userZone() } }),
    // Statuses follow the clock (a note turns late after 24 hours).
    refetchInterval: 5 * 60_000,
  });
}

/** Which follow-up a change is for: a thank-you (interview + person) or a check-in (number). */
export type FollowUpRef =
  { kind: 'thank-you'; interviewId: string; personId: string } | { kind: 'check-in'; opportunityId: string; sequence: number };

function patchFollowUp(ref: FollowUpRef, body: PatchFollowUp): Promise<FollowUps> {
  const query = { timeZone: userZone() };
  return ref.kind === 'thank-you'
    ? api('PATCH /api/follow-ups/thank-you/:interviewId/:personId', {
        params: { interviewId: ref.interviewId, personId: ref.personId },
        body,
        query,
      })
    : api('PATCH /api/follow-ups/check-in/:opportunityId/:sequence', {
        params: { opportunityId: ref.opportunityId, sequence: ref.sequence },
        body,
        query,
      });
}

/** Changes one follow-up (draft, tone, sent, dismissed); the answer is the whole follow-ups view. */
export function usePatchFollowUp(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ ref, body }: { ref: FollowUpRef; body: PatchFollowUp }) => patchFollowUp(ref, body),
    onSuccess: (data, { body }) => {
      qc.setQueryData(followUpKeys.opportunity(opportunityId), data);
      // Sent and dismissed change what is due; text edits do not.
      if (body.sent !== undefined || body.dismissed !== undefined) {
        void qc.invalidateQueries({ queryKey: followUpKeys.allNextActions });
        void qc.invalidateQueries({ queryKey: keys.dashboard });
      }
    },
  });
}

/** The query the list and the badge send: the user's own day and zone. */
function dayQuery() {
  return { today: localDate(new Date()), timeZone: userZone() };
}

/** Everything to do next, ranked. */
export function useNextActions(limit = NEXT_ACTIONS_LIMIT) {
  return useQuery({
    queryKey: [...followUpKeys.nextActions, limit],
    queryFn: () => api('GET /api/next-actions', { query: { ...dayQuery(), limit: String(limit) } }),
    refetchInterval: COUNTS_REFRESH_MS,
    // Asking for more keeps the rows already shown on screen until the longer list arrives.
    placeholderData: keepPreviousData,
  });
}

/** Fetches the list once (for notifications). */
export function fetchNextActions(): Promise<NextActions> {
  return api('GET /api/next-actions', { query: dayQuery() });
}

/**
 * Counts for the navigation badge: every minute and when the window regains focus. `enabled` is
 * false until the page is first idle: the badge can wait for the page's own records.
 */
export function useNextActionCounts(enabled = true) {
  return useQuery({
    queryKey: followUpKeys.counts,
    enabled,
    queryFn: () => api('GET /api/next-actions/counts', { query: dayQuery() }),
    refetchInterval: COUNTS_REFRESH_MS,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** The follow-up rules and the signing name. */
export function useFollowUpSettings() {
  return useQuery({ queryKey: followUpKeys.settings, queryFn: () => api('GET /api/follow-up-settings') });
}

/** Saves follow-up rules or the signing name; every follow-up view may change. */
export function useSaveFollowUpSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFollowUpSettings) => api('PATCH /api/follow-up-settings', { body }),
    onSuccess: (s) => {
      qc.setQueryData(followUpKeys.settings, s);
      void qc.invalidateQueries({ queryKey: followUpKeys.all });
      void qc.invalidateQueries({ queryKey: followUpKeys.allNextActions });
      void qc.invalidateQueries({ queryKey: keys.dashboard });
    },
  });
}
