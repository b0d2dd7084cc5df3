import type { NoteDraft } from './drafts.js';

/**
 * The last resort when the page goes away (reload, tab closed) while an IndexedDB write is still running — the
 * browser may abort it. `pagehide` copies the drafts into localStorage, which writes synchronously; the next load
 * takes them back. Newer changes win when two copies of a draft meet.
 */
export const RESCUE_KEY = 'offerbook-notes-rescue';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The drafts kept at the last `pagehide`, if any. */
export function readRescued(): NoteDraft[] {
  const raw = storage()?.getItem(RESCUE_KEY);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? (parsed as NoteDraft[]).filter((d) => typeof d?.id === 'string' && typeof d.text === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps drafts synchronously (merged with any kept before, the newer change of each winning). */
export function rescue(drafts: readonly NoteDraft[]): void {
  const store = storage();
  if (!store || drafts.length === 0) return;
  const byId = new Map(readRescued().map((d) => [d.id, d]));
  for (const d of drafts) if ((byId.get(d.id)?.changedAt ?? -1) <= d.changedAt) byId.set(d.id, d);
  try {
    store.setItem(RESCUE_KEY, JSON.stringify([...byId.values()]));
  } catch {
    // Storage full or refused: IndexedDB still has all but the last moments.
  }
}

/** Forgets the rescued drafts once they are back in IndexedDB. */
export function clearRescued(): void {
  storage()?.removeItem(RESCUE_KEY);
}
