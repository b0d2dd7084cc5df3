import type { Note, NoteMarker } from '../../../../contracts/notes.js';
import { markerOf } from '../../../../core/followup/notes.js';
import type { NoteDraft } from './drafts.js';

/**
 * Where the notes stand: `synced` (the server has every note), `syncing` (sending), `device` (the server cannot be
 * reached; every note is kept on this device and sent when it can be), `failed` (the server refused a note; it
 * stays on this device).
 */
export type SyncStatus = 'loading' | 'synced' | 'syncing' | 'device' | 'failed';

/** One note as the pane shows it: the device's version when it has one, else the server's. */
export interface NoteView {
  id: string;
  conversationId: string | null;
  text: string;
  marker: NoteMarker;
  writtenAt: string;
  /** Deleted by the user (kept for Undo until the server has it). */
  deleted: boolean;
  conflictOf: string | null;
  /** The server kept both versions of a note edited on two devices: this note is one of them. */
  keptBoth: boolean;
  /** Not yet confirmed by the server. */
  pending: boolean;
  failure: string | null;
}

/** What the pane renders. */
export interface NotesSnapshot {
  loaded: boolean;
  notes: NoteView[];
  status: SyncStatus;
  /** The server's reason when a note was refused. */
  failure: string | null;
  /** False when the browser gave no IndexedDB: notes are then only in memory until sent. */
  durable: boolean;
}

/** What the snapshot is made from. */
export interface SnapshotInput {
  interviewId: string;
  /** Pending drafts (any interview; only this one's are shown). */
  drafts: Iterable<NoteDraft>;
  /** This interview's server notes. */
  server: ReadonlyMap<string, Note>;
  loaded: boolean;
  /** Whether the tab that sends can reach the server. */
  reachable: boolean;
  durable: boolean;
}

function byTimeThenId(a: NoteView, b: NoteView): number {
  if (a.writtenAt !== b.writtenAt) return a.writtenAt < b.writtenAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The notes of one interview as shown (drafts over server notes, in writing order) and where they stand. */
export function notesSnapshot({ interviewId, drafts, server, loaded, reachable, durable }: SnapshotInput): NotesSnapshot {
  const mine = new Map([...drafts].filter((d) => d.interviewId === interviewId).map((d) => [d.id, d]));
  const ids = new Set([...server.keys(), ...mine.keys()]);
  const notes: NoteView[] = [];
  for (const id of ids) {
    const d = mine.get(id);
    const shown = d ?? server.get(id)!;
    notes.push({
      id,
      conversationId: shown.conversationId,
      text: shown.text,
      marker: markerOf(shown.text),
      writtenAt: shown.writtenAt,
      deleted: shown.deleted,
      conflictOf: shown.conflictOf,
      keptBoth: false,
      pending: d !== undefined,
      failure: d?.failure ?? null,
    });
  }
  const forked = new Set(notes.filter((n) => n.conflictOf !== null && !n.deleted).map((n) => n.conflictOf));
  for (const n of notes) n.keptBoth = n.conflictOf !== null || forked.has(n.id);
  notes.sort(byTimeThenId);
  const failure = [...mine.values()].find((d) => d.failure)?.failure ?? null;
  const status: SyncStatus = !loaded ? 'loading' : failure ? 'failed' : mine.size === 0 ? 'synced' : reachable ? 'syncing' : 'device';
  return { loaded, notes, status, failure, durable };
}

/** The snapshot React reads (`useSyncExternalStore`), and who to tell when it changes. */
export class StatusStore {
  private snapshot: NotesSnapshot = { loaded: false, notes: [], status: 'loading', failure: null, durable: true };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): NotesSnapshot => this.snapshot;

  set(snapshot: NotesSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
