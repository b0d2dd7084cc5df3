import { closeDeviceGate, deviceReady, isDeviceReady } from '../../../pwa/device-owner.js';
import { openOutbox, type Outbox } from './outbox.js';
import { NotesSync } from './sync.js';

/**
 * The device store as opened behind one opening of the device gate (device-owner.ts): `gate` is the promise it
 * waited for, so a store opened before a wipe (the previous owner's) is told apart from one asked for during it.
 */
interface DeviceStore {
  gate: Promise<void>;
  outbox: Promise<Outbox>;
}

const stores = new Set<DeviceStore>();
const engines = new Map<string, { sync: NotesSync; users: number; store: DeviceStore }>();

/** How often an engine nobody shows any more checks whether it has sent everything and may stop. */
const IDLE_CHECK_MS = 2000;

/** The store of the device's present owner: opened once the gate is open (asked for while it is closed, it waits). */
function currentStore(): DeviceStore {
  const gate = deviceReady();
  for (const store of stores) if (store.gate === gate) return store;
  const store = { gate, outbox: gate.then(() => openOutbox()) };
  stores.add(store);
  return store;
}

/**
 * The one sync engine of an interview on this page (every pane and status of the interview shares it). Created
 * while the device gate is closed, it keeps what is typed in memory and stores and sends it once the gate opens.
 */
export function notesSyncFor(interviewId: string): NotesSync {
  let entry = engines.get(interviewId);
  if (!entry) {
    const store = currentStore();
    entry = { sync: new NotesSync({ interviewId, outbox: store.outbox }), users: 0, store };
    engines.set(interviewId, entry);
  }
  return entry.sync;
}

/**
 * Keeps an interview's engine running while a component shows it; returns the release. Once nobody shows it, the
 * engine stops only after everything pending has been sent (until then it keeps retrying).
 */
export function retainNotesSync(sync: NotesSync): () => void {
  const entry = engines.get(sync.interviewId);
  if (!entry || entry.sync !== sync) return () => undefined;
  entry.users += 1;
  sync.start();
  return () => {
    entry.users -= 1;
    const check = () => {
      if (entry.users > 0 || engines.get(sync.interviewId) !== entry) return;
      if (sync.busy) return void setTimeout(check, IDLE_CHECK_MS);
      sync.stop();
      engines.delete(sync.interviewId);
    };
    setTimeout(check, IDLE_CHECK_MS);
  };
}

/** True while a note is being written or waits for the server (an update of the app waits for this). */
export function notesBeingWritten(): boolean {
  if ([...engines.values()].some((e) => e.sync.busy)) return true;
  const active = typeof document === 'undefined' ? null : document.activeElement;
  return active instanceof HTMLTextAreaElement && active.matches('[data-note-box]') && active.value.trim() !== '';
}

/**
 * Counts what this device holds that the server does not have yet (notes and other writes of every interview).
 * While the gate is closed the store is not opened (that would wait for the gate): each engine still holding
 * typed text counts once.
 */
export async function unsentCount(): Promise<number> {
  if (!isDeviceReady()) return [...engines.values()].filter((e) => e.sync.busy).length;
  const store = await currentStore().outbox;
  const [drafts, writes] = await Promise.all([store.pending(), store.writes()]);
  return drafts.length + writes.length;
}

/**
 * Before the device's data is wiped: closes the gate, stops the engines of the previous owner and closes its
 * store. Engines created while the gate is closed (for the account signing in) are left alone: their store is
 * opened only after the wipe, so it is never waited for here, and they store and send once the gate opens.
 */
export async function closeNotes(): Promise<void> {
  closeDeviceGate();
  const gate = deviceReady();
  for (const [id, entry] of engines) {
    if (entry.store.gate === gate) continue;
    entry.sync.stop();
    engines.delete(id);
  }
  const previous = [...stores].filter((s) => s.gate !== gate);
  for (const store of previous) stores.delete(store);
  // Each of these waited for an opening that has happened: none of them waits for the gate closed above.
  await Promise.all(previous.map(async (s) => (await s.outbox.catch(() => undefined))?.close()));
}
