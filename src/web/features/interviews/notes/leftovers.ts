import { deviceReady } from '../../../pwa/device-owner.js';
import { openOutbox } from './outbox.js';
import { readRescued } from './rescue.js';
import { notesSyncFor, retainNotesSync } from './registry.js';

/**
 * Sends notes (and the day's other queued writes) a previous visit left on this device unsent (the server was down, or the tab closed
 * mid-write), whatever page the app opens on. Any interview's engine sends every pending draft, so one
 * engine is started and released at once: it keeps retrying until everything is on the server. Waits until the
 * device is the signed-in account's (what another account left is wiped, not sent).
 */
export async function sendLeftoverNotes(): Promise<number> {
  await deviceReady();
  const outbox = await openOutbox();
  try {
    const writes = (await outbox.writes()).filter((w) => !w.failure);
    const pending = [...(await outbox.pending()), ...readRescued(), ...writes];
    const first = pending[0];
    if (first) retainNotesSync(notesSyncFor(first.interviewId))();
    return pending.length;
  } finally {
    outbox.close();
  }
}
