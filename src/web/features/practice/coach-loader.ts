import { useEffect, useState } from 'react';
import type * as Coach from '../../../core/coach/index.js';

/** The coach module, fetched only when a practice page first needs it. */
export type CoachModule = typeof Coach;

let pending: Promise<CoachModule> | null = null;

/** Loads the coach once (its own chunk), then hands back the same module. */
export function loadCoach(): Promise<CoachModule> {
  pending ??= import('../../../core/coach/index.js');
  return pending;
}

/** The coach module once loaded, or null while it loads (the editor still works meanwhile). */
export function useCoach(): CoachModule | null {
  const [mod, setMod] = useState<CoachModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadCoach().then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return mod;
}
