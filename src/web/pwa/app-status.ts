import { useSyncExternalStore } from 'react';

/**
 * What the shell shows about the app itself: whether the browser is online, and whether a new version waits to be
 * loaded. Tiny on purpose (it is in the first download); the service worker's own code loads later (register.ts).
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let applyUpdate: (() => void) | null = null;

function subscribeOnline(listener: Listener): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** False while the browser says it has no network. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Offers a new version: `apply` reloads into it. Called once no note is being written. */
export function offerUpdate(apply: () => void): void {
  applyUpdate = apply;
  for (const l of listeners) l();
}

/** The reload into the waiting version, or null while there is none to offer. */
export function useUpdate(): (() => void) | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => applyUpdate,
    () => null,
  );
}
