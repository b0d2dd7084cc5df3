import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { notesSyncFor, retainNotesSync } from './registry.js';
import type { NotesSync } from './sync.js';
import type { QueuedWrite } from './queued-writes.js';

/**
 * The day's queued writes of an interview (ticks and the like, waiting on this device for the server) and its
 * engine. When the server confirms a write, its answer replaces the query it belongs to (or that query is read again).
 */
export function useDayWrites(
  interviewId: string,
  refreshes: (write: QueuedWrite) => { queryKey: readonly unknown[]; answerIsData: boolean } | null,
): { sync: NotesSync; waiting: ReadonlyMap<string, QueuedWrite> } {
  const sync = notesSyncFor(interviewId);
  const qc = useQueryClient();
  useEffect(() => retainNotesSync(sync), [sync]);
  useEffect(
    () =>
      sync.writes.onSettled((write, answer) => {
        const target = refreshes(write);
        if (!target) return;
        // When the server answers the query's whole data (the plan, for a tick): shown at once, no second request.
        if (target.answerIsData && answer !== undefined) qc.setQueryData(target.queryKey, answer);
        else void qc.invalidateQueries({ queryKey: target.queryKey });
      }),
    [sync, qc, refreshes],
  );
  const waiting = useSyncExternalStore(sync.writes.subscribe, sync.writes.getSnapshot);
  return { sync, waiting };
}
