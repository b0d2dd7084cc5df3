import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Note } from '../../../../contracts/notes.js';
import type { NoteDraft } from './drafts.js';

interface NotesDb extends DBSchema {
  pending: { key: string; value: NoteDraft; indexes: { interview: string } };
  server: { key: string; value: Note; indexes: { interview: string } };
}

/** One atomic write to the device store: drafts to store or drop, server notes to store or drop. */
export interface OutboxWrite {
  drafts?: NoteDraft[];
  removeDrafts?: string[];
  notes?: Note[];
  removeNotes?: string[];
}

/**
 * The device store of notes: the pending drafts (keyed by note id), and the last server notes seen so a reload
 * offline still shows everything. The sync engine keeps the truth in memory and writes it here, each write one
 * transaction over both stores.
 */
export interface Outbox {
  /** False when the browser gave no IndexedDB (notes then live in memory until the server has them). */
  readonly durable: boolean;
  write(change: OutboxWrite): Promise<void>;
  /** Every pending draft (all interviews, so leftovers of another interview are sent too). */
  pending(): Promise<NoteDraft[]>;
  serverNotes(interviewId: string): Promise<Note[]>;
  close(): void;
}

/** The IndexedDB database the notes use. */
export const OUTBOX_DB = 'offerbook-notes';

function idbOutbox(db: IDBPDatabase<NotesDb>): Outbox {
  return {
    durable: true,
    async write(change) {
      const tx = db.transaction(['pending', 'server'], 'readwrite');
      const pending = tx.objectStore('pending');
      const server = tx.objectStore('server');
      // Requests are queued without waiting for each: one transaction, committed together or not at all (a failed
      // request aborts it; one refused at once, such as a value that cannot be stored, is aborted here).
      const requests: Promise<unknown>[] = [];
      try {
        for (const id of change.removeDrafts ?? []) requests.push(pending.delete(id));
        for (const d of change.drafts ?? []) requests.push(pending.put(d));
        for (const id of change.removeNotes ?? []) requests.push(server.delete(id));
        for (const n of change.notes ?? []) requests.push(server.put(n));
      } catch (err) {
        tx.abort();
        await Promise.allSettled([...requests, tx.done]);
        throw err;
      }
      await Promise.all([...requests, tx.done]);
    },
    pending: () => db.getAll('pending'),
    serverNotes: (interviewId) => db.getAllFromIndex('server', 'interview', interviewId),
    close: () => db.close(),
  };
}

/** The same store in memory, for a browser that gives no IndexedDB (and for tests of the engine alone). */
export function memoryOutbox(): Outbox {
  const pending = new Map<string, NoteDraft>();
  const server = new Map<string, Note>();
  return {
    durable: false,
    async write(change) {
      for (const id of change.removeDrafts ?? []) pending.delete(id);
      for (const d of change.drafts ?? []) pending.set(d.id, structuredClone(d));
      for (const id of change.removeNotes ?? []) server.delete(id);
      for (const n of change.notes ?? []) server.set(n.id, structuredClone(n));
    },
    pending: async () => [...pending.values()].map((d) => structuredClone(d)),
    serverNotes: async (interviewId) => [...server.values()].filter((n) => n.interviewId === interviewId).map((n) => structuredClone(n)),
    close: () => undefined,
  };
}

/** Opens (creating when needed) the device store of notes; falls back to memory when IndexedDB is unavailable. */
export async function openOutbox(name = OUTBOX_DB): Promise<Outbox> {
  if (typeof indexedDB === 'undefined') return memoryOutbox();
  try {
    const db = await openDB<NotesDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('pending', { keyPath: 'id' }).createIndex('interview', 'interviewId');
        database.createObjectStore('server', { keyPath: 'id' }).createIndex('interview', 'interviewId');
      },
    });
    return idbOutbox(db);
  } catch {
    return memoryOutbox();
  }
}
