import { openOutbox, type Outbox } from './outbox.js';
import { NotesSync } from './sync.js';

let outbox: Promise<Outbox> | undefined;
const engines = new Map<string, { sync: NotesSync; users: number }>();

/** How often an engine nobody shows any more checks whether it has sent everything and may stop. */
const IDLE_CHECK_MS = 2000;

/** The one sync engine of an interview on this page (every pane and status of the interview shares it). */
export function notesSyncFor(interviewId: string): NotesSync {
  let entry = engines.get(interviewId);
  if (!entry) {
    outbox ??= openOutbox();
    entry = { sync: new NotesSync({ interviewId, outbox }), users: 0 };
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

/** Counts what this device holds that the server does not have yet (notes and other writes of every interview). */
export async function unsentCount(): Promise<number> {
  const store = await (outbox ??= openOutbox());
  const [drafts, writes] = await Promise.all([store.pending(), store.writes()]);
  return drafts.length + writes.length;
}

/** Stops every engine and closes the device store (before it is wiped at sign-out). */
export async function closeNotes(): Promise<void> {
  for (const { sync } of engines.values()) sync.stop();
  engines.clear();
  const open = outbox;
  outbox = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
