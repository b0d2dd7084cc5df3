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
