import { deleteDB } from 'idb';
import { closeNotes, unsentCount } from '../features/interviews/notes/registry.js';
import { OUTBOX_DB } from '../features/interviews/notes/outbox.js';
import { RESCUE_KEY } from '../features/interviews/notes/rescue.js';
import { DAY_CACHE } from './day-urls.js';
import { setDeviceOwner } from './device-owner.js';

export { unsentCount };

/**
 * Removes everything the app keeps on this device about the account: the interview day's cache (Cache Storage),
 * the notes' outbox with the other queued writes (IndexedDB), the keystrokes kept at the last page exit, and the
 * owner mark. The app's own files (the precache) hold no one's data and stay. The device gate is closed from the
 * start (see closeNotes) and stays closed: the caller opens it for the account now signed in, if any.
 */
export async function wipeDeviceData(): Promise<void> {
  await closeNotes();
  try {
    localStorage.removeItem(RESCUE_KEY);
  } catch {
    // no storage: nothing kept there
  }
  await Promise.all([
    typeof caches === 'undefined' ? undefined : caches.delete(DAY_CACHE),
    typeof indexedDB === 'undefined' ? undefined : deleteDB(OUTBOX_DB),
  ]);
  setDeviceOwner(null);
}
