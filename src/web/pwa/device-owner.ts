/**
 * Server mode: whose data this browser keeps (the day's cache, the notes' outbox). Small on purpose: the shell
 * reads it on every start; the wipe itself (device-data.ts) loads only when needed.
 */
export const OWNER_KEY = 'offerbook-device-owner';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function deviceOwner(): string | null {
  return storage()?.getItem(OWNER_KEY) ?? null;
}

/** True when the device holds another account's data (it must be wiped before this one's is kept). */
export function ownedByAnother(userId: string): boolean {
  const owner = deviceOwner();
  return owner !== null && owner !== userId;
}

export function setDeviceOwner(userId: string | null): void {
  const s = storage();
  if (!s) return;
  if (userId === null) s.removeItem(OWNER_KEY);
  else s.setItem(OWNER_KEY, userId);
}

/**
 * The device gate: open once the device is known to be the signed-in account's (after any wipe of another
 * account's data). The notes' device store opens only behind it, so nothing typed for this account is written
 * into, or wiped with, another's. Closed when the page starts (who is signed in is not known yet), while a wipe
 * runs, and while nobody is signed in.
 */
interface Gate {
  ready: Promise<void>;
  open: () => void;
  opened: boolean;
}

function closedGate(): Gate {
  let open!: () => void;
  const ready = new Promise<void>((resolve) => (open = resolve));
  return { ready, open, opened: false };
}

let gate = closedGate();

/**
 * Settles once the device is the signed-in account's. The promise of one closed period: every wait started while
 * the gate is closed settles at the same opening; after a close, a new one.
 */
export function deviceReady(): Promise<void> {
  return gate.ready;
}

export function isDeviceReady(): boolean {
  return gate.opened;
}

/** Closes the gate (a wipe begins, or nobody is signed in): stores asked for from now on wait for the next opening. */
export function closeDeviceGate(): void {
  if (gate.opened) gate = closedGate();
}

/** Opens the gate: the device is `userId`'s (marked as such), or, with null, whoever's it already is (local mode). */
export function openDeviceGate(userId: string | null): void {
  if (userId !== null) setDeviceOwner(userId);
  gate.opened = true;
  gate.open();
}
