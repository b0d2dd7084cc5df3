/** The lock every tab's notes engine asks for: whoever holds it is the one that sends. */
export const NOTES_SYNC_LOCK = 'offerbook-notes-sync';

/** The part of the Web Locks API the election uses (`navigator.locks` fits). */
export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

/** One engine's place in the election. */
export interface Leadership {
  /** True while this engine holds the lock (always, without a lock manager). */
  readonly leading: boolean;
  /** Gives the lock up (or stops waiting for it); the next engine waiting takes over. */
  release(): void;
}

/** The browser's lock manager, when it has one. */
export function browserLocks(): LockManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManagerLike | undefined);
}

/**
 * Asks for the sending lock and calls `onLead` once it is granted; it is held until `release` (or until the tab
 * goes away, when the browser frees it and the next waiting tab is granted it). Without a lock manager, the engine
 * leads at once, as every tab did before the election.
 */
export function electLeader(locks: LockManagerLike | null | undefined, onLead: () => void, name = NOTES_SYNC_LOCK): Leadership {
  if (!locks) {
    onLead();
    return { leading: true, release: () => undefined };
  }
  const waiting = new AbortController();
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => (letGo = resolve));
  let leading = false;
  let released = false;
  locks
    .request(name, { signal: waiting.signal }, () => {
      if (released) return Promise.resolve();
      leading = true;
      onLead();
      return held;
    })
    // Aborted while waiting (released first), or no lock to be had: this engine never sends.
    .catch(() => undefined);
  return {
    get leading() {
      return leading;
    },
    release() {
      if (released) return;
      released = true;
      leading = false;
      waiting.abort();
      letGo();
    },
  };
}
