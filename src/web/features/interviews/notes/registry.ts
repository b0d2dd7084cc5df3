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
