import { useEffect, useSyncExternalStore } from 'react';
import { notesSyncFor, retainNotesSync } from './registry.js';
import type { NotesSync } from './sync.js';
import type { NotesSnapshot } from './status-store.js';

/** The notes of an interview and their sync engine, kept running while the component is shown. */
export function useNotes(interviewId: string): { sync: NotesSync; snapshot: NotesSnapshot } {
  const sync = notesSyncFor(interviewId);
  useEffect(() => retainNotesSync(sync), [sync]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  return { sync, snapshot };
}
