import { isStage } from '../../lib/stages.js';
import type { Stage } from '../../../contracts/opportunities.js';

/** The list page's URL search: filters and sort live in the URL so they survive reloads and links. */
export interface ListSearch {
  stage?: Stage | undefined;
  q?: string | undefined;
  archived?: 'true' | 'all' | undefined;
  sort?: 'due-desc' | undefined;
}

/** Reads untrusted URL search params into ListSearch, dropping anything unknown. */
export function parseListSearch(raw: Record<string, unknown>): ListSearch {
  const out: ListSearch = {};
  if (isStage(raw.stage)) out.stage = raw.stage;
  if (typeof raw.q === 'string' && raw.q.trim()) out.q = raw.q.slice(0, 200);
  if (raw.archived === 'true' || raw.archived === 'all') out.archived = raw.archived;
  if (raw.sort === 'due-desc') out.sort = raw.sort;
  return out;
}
