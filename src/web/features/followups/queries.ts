import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { localDate } from '../../lib/dates.js';
import { keys } from '../opportunities/queries.js';
import type { FollowUps, FollowUpSettings, NextActionCountsResponse, NextActions, PatchFollowUp, UpdateFollowUpSettings } from '../../../contracts/followups.js';
import { NEXT_ACTIONS_LIMIT } from '../../../contracts/limits.js';

/** The user's IANA zone as the browser knows it (the server's zone when unknown). */
export function userZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Query keys of the follow-up views. */
export const followUpKeys = {
  all: ['follow-ups'] as const,
  opportunity: (opportunityId: string) => ['follow-ups', 'opportunity', opportunityId] as const,
  nextActions: ['next-actions', 'list'] as const,
  counts: ['next-actions', 'counts'] as const,
  settings: ['follow-ups', 'settings'] as const,
};

/** How often the navigation badge asks for counts while the app is open. */
export const COUNTS_REFRESH_MS = 60_000;

/** The opportunity's thank-you notes and check-ins, dated in the user's zone. */
export function useFollowUps(opportunityId: string) {
  return useQuery({
    queryKey: followUpKeys.opportunity(opportunityId),
    queryFn: () => api<FollowUps>('GET', `/opportunities/${encodeURIComponent(opportunityId)}/follow-ups`, { query: { timeZone: userZone() } }),
    // Statuses follow the clock (a note turns late after 24 hours).
    refetchInterval: 5 * 60_000,
  });
}

/** Which follow-up a change is for: a thank-you (interview + person) or a check-in (number). */
export type FollowUpRef = { kind: 'thank-you'; interviewId: string; personId: string } | { kind: 'check-in'; opportunityId: string; sequence: number };

function followUpPath(ref: FollowUpRef): string {
  return ref.kind === 'thank-you'
    ? `/follow-ups/thank-you/${encodeURIComponent(ref.interviewId)}/${encodeURIComponent(ref.personId)}`
    : `/follow-ups/check-in/${encodeURIComponent(ref.opportunityId)}/${ref.sequence}`;
}

/** Changes one follow-up (draft, tone, sent, dismissed); the answer is the whole follow-ups view. */
export function usePatchFollowUp(opportunityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ ref, body }: { ref: FollowUpRef; body: PatchFollowUp }) => api<FollowUps>('PATCH', followUpPath(ref), { body, query: { timeZone: userZone() } }),
    onSuccess: (data, { body }) => {
      qc.setQueryData(followUpKeys.opportunity(opportunityId), data);
      // Sent and dismissed change what is due; text edits do not.
      if (body.sent !== undefined || body.dismissed !== undefined) {
        void qc.invalidateQueries({ queryKey: ['next-actions'] });
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
    queryFn: () => api<NextActions>('GET', '/next-actions', { query: { ...dayQuery(), limit: String(limit) } }),
    refetchInterval: COUNTS_REFRESH_MS,
    // Asking for more keeps the rows already shown on screen until the longer list arrives.
    placeholderData: keepPreviousData,
  });
}

/** Fetches the list once (for notifications). */
export function fetchNextActions(): Promise<NextActions> {
  return api<NextActions>('GET', '/next-actions', { query: dayQuery() });
}

/** Counts for the navigation badge: every minute and when the window regains focus. */
export function useNextActionCounts() {
  return useQuery({
    queryKey: followUpKeys.counts,
    queryFn: () => api<NextActionCountsResponse>('GET', '/next-actions/counts', { query: dayQuery() }),
    refetchInterval: COUNTS_REFRESH_MS,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** The follow-up rules and the signing name. */
export function useFollowUpSettings() {
  return useQuery({ queryKey: followUpKeys.settings, queryFn: () => api<FollowUpSettings>('GET', '/follow-up-settings') });
}

/** Saves follow-up rules or the signing name; every follow-up view may change. */
export function useSaveFollowUpSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFollowUpSettings) => api<FollowUpSettings>('PATCH', '/follow-up-settings', { body }),
    onSuccess: (s) => {
      qc.setQueryData(followUpKeys.settings, s);
      void qc.invalidateQueries({ queryKey: followUpKeys.all });
      void qc.invalidateQueries({ queryKey: ['next-actions'] });
      void qc.invalidateQueries({ queryKey: keys.dashboard });
    },
  });
}
