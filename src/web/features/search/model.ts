import type { SearchHit } from '../../../contracts/search.js';

/** The tabs of the opportunity page, in order; the URL's `tab` picks one so links can open it directly. */
export const DETAIL_TABS = ['overview', 'research', 'people', 'questions', 'practice', 'interviews', 'followups', 'offer'] as const;
/** One tab of the opportunity page. */
export type DetailTab = (typeof DETAIL_TABS)[number];

/** Reads the opportunity page's URL search (`?tab=research`), dropping unknown tabs. */
export function parseDetailSearch(raw: Record<string, unknown>): { tab?: DetailTab } {
  const t = raw.tab;
  return typeof t === 'string' && (DETAIL_TABS as readonly string[]).includes(t) ? { tab: t as DetailTab } : {};
}

/** Where a hit leads: the opportunity, on the tab that holds the thing found; null when it has no opportunity. */
export function hitTarget(hit: SearchHit): { id: string; tab: DetailTab } | null {
  const id = hit.kind === 'opportunity' ? hit.id : hit.opportunityId;
  if (!id) return null;
  const tab = hit.kind === 'fact' ? 'research' : hit.kind === 'person' ? 'people' : 'overview';
  return { id, tab };
}

/** The badge word for each kind of hit. */
export const KIND_LABELS: Record<SearchHit['kind'], string> = { opportunity: 'Opportunity', fact: 'Fact', person: 'Person', note: 'Note' };

/** The text of the search route's `q`, whatever the URL held. */
export function parseSearchSearch(search: Record<string, unknown>): { q?: string } {
  const q = search.q;
  if (typeof q === 'string') return q ? { q } : {};
  if (typeof q === 'number') return { q: String(q) };
  return {};
}
