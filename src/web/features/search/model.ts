import type { SearchHit } from '../../../contracts/search.js';

/** The tabs of the opportunity page, in order; the URL's `tab` picks one so links can open it directly. */
export const DETAIL_TABS = [
  'overview',
  'research',
  'people',
  'questions',
  'practice',
  'interviews',
  'followups',
  'offer',
  'posting',
] as const;
/** One tab of the opportunity page. */
export type DetailTab = (typeof DETAIL_TABS)[number];

/** Reads the opportunity page's URL search (`?tab=research`), dropping unknown tabs. */
export function parseDetailSearch(raw: Record<string, unknown>): { tab?: DetailTab } {
  const t = raw.tab;
  return typeof t === 'string' && (DETAIL_TABS as readonly string[]).includes(t) ? { tab: t as DetailTab } : {};
}

/** Where a hit leads: a tab of an opportunity's page, or an interview in interview mode. */
export type HitTarget = { id: string; tab: DetailTab } | { interviewId: string };

const TAB_OF: Partial<Record<SearchHit['kind'], DetailTab>> = {
  fact: 'research',
  person: 'people',
  interview: 'interviews',
  note: 'interviews',
  concern: 'interviews',
};

/**
 * Where a hit leads: interviews and their notes open the interview (interview mode); concerns open their
 * opportunity's Interviews tab; everything else the opportunity, on the tab that holds the thing found.
 * Null when there is nowhere to go.
 */
export function hitTarget(hit: SearchHit): HitTarget | null {
  const interviewId = hit.kind === 'interview' ? hit.id : hit.kind === 'note' ? hit.interviewId : null;
  if (interviewId) return { interviewId };
  const id = hit.kind === 'opportunity' ? hit.id : hit.opportunityId;
  if (!id) return null;
  return { id, tab: TAB_OF[hit.kind] ?? 'overview' };
}

/** The badge word for each kind of hit. */
export const KIND_LABELS: Record<SearchHit['kind'], string> = {
  opportunity: 'Opportunity',
  fact: 'Fact',
  person: 'Person',
  note: 'Note',
  interview: 'Interview',
  concern: 'Concern',
};

/** The text of the search route's `q`, whatever the URL held. */
export function parseSearchSearch(search: Record<string, unknown>): { q?: string } {
  const q = search.q;
  if (typeof q === 'string') return q ? { q } : {};
  if (typeof q === 'number') return { q: String(q) };
  return {};
}
