import { useSyncExternalStore } from 'react';

/**
 * What the shell shows about the app itself: whether the server can be reached, and whether a new version waits to
 * be loaded. Tiny on purpose (it is in the first download); the service worker's own code loads later (register.ts).
 */
type Listener = () => void;
const listeners = new Set<Listener>();
const onlineListeners = new Set<Listener>();
let applyUpdate: (() => void) | null = null;
let serverReachable = true;
let probe: ReturnType<typeof setInterval> | undefined;

/** How often the server is asked whether it is back, while it is not. */
const PROBE_MS = 5_000;

function tellOnline(): void {
  for (const l of onlineListeners) l();
}

async function checkServer(): Promise<void> {
  try {
    const res = await fetch('/api/health', { cache: 'no-store' });
    reportServer(res.ok || res.status < 500);
  } catch {
    reportServer(false);
  }
}

/**
 * What the last API call says: the server answered (true), or it could not be reached (false: a network error, or
 * an answer the service worker gave from the device). While unreachable, the server is asked now and then.
 */
export function reportServer(reachable: boolean): void {
  if (reachable === serverReachable) return;
  serverReachable = reachable;
  clearInterval(probe);
  probe = reachable ? undefined : setInterval(() => void checkServer(), PROBE_MS);
  tellOnline();
}

function subscribeOnline(listener: Listener): () => void {
  onlineListeners.add(listener);
  const back = () => void checkServer();
  window.addEventListener('online', back);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    onlineListeners.delete(listener);
    window.removeEventListener('online', back);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** False while the browser says it has no network, or the server cannot be reached (venue Wi-Fi often says both). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine && serverReachable,
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
