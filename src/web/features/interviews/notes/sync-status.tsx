import { useEffect, useState } from 'react';
import clsx from 'clsx';
import { CircleAlert, CloudCheck, HardDrive, RefreshCw } from 'lucide-react';
import type { NotesSnapshot } from './status-store.js';
import { useNotes } from './use-notes.js';

/** The words for where the notes stand. */
export function statusLabel(snapshot: NotesSnapshot): string {
  switch (snapshot.status) {
    case 'loading':
      return 'Loading notes…';
    case 'synced':
      return 'All notes synced';
    case 'syncing':
      return 'Syncing…';
    case 'device':
      return snapshot.durable ? 'Saved on this device' : 'Not saved yet: the server cannot be reached';
    case 'failed':
      return `Not saved to the server: ${snapshot.failure ?? 'refused'} (kept on this device)`;
  }
}

const ICONS = { loading: RefreshCw, synced: CloudCheck, syncing: RefreshCw, device: HardDrive, failed: CircleAlert } as const;

/**
 * The status line. It shows every state; its live region announces (politely) only what matters to someone not
 * looking: the server is out of reach, a note was refused, and everything is back on the server after that.
 */
export function SyncStatusText({ snapshot, className }: { snapshot: NotesSnapshot; className?: string }) {
  const label = statusLabel(snapshot);
  const Icon = ICONS[snapshot.status];
  const problem = snapshot.status === 'device' || snapshot.status === 'failed';
  const [announce, setAnnounce] = useState({ text: '', afterProblem: false });
  useEffect(() => {
    setAnnounce((prev) => {
      if (problem) return { text: label, afterProblem: true };
      if (snapshot.status === 'synced' && prev.afterProblem) return { text: label, afterProblem: false };
      return prev;
    });
  }, [problem, label, snapshot.status]);
  return (
    <div className={clsx('inline-flex min-h-8 items-center', className)} data-sync-status={snapshot.status}>
      <p
        className={clsx(
          'inline-flex items-center gap-1.5 text-sm font-medium',
          snapshot.status === 'failed'
            ? 'text-danger'
            : snapshot.status === 'device'
              ? 'text-warn'
              : snapshot.status === 'synced'
                ? 'text-ok'
                : 'text-muted',
        )}
      >
        <Icon size={16} aria-hidden="true" className={clsx(snapshot.status === 'syncing' && 'motion-safe:animate-spin')} />
        <span>{label}</span>
      </p>
      <span role="status" className="sr-only">
        {announce.text}
      </span>
    </div>
  );
}

/** Where an interview's notes stand ("Saved on this device" / "Syncing…" / "All notes synced"), for the page header. */
export function NotesSyncStatus({ interviewId, className }: { interviewId: string; className?: string }) {
  const { snapshot } = useNotes(interviewId);
  return <SyncStatusText snapshot={snapshot} className={className} />;
}
