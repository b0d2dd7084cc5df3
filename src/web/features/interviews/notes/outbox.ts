import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Note } from '../../../../contracts/notes.js';
import { isSettled, type NoteDraft } from './drafts.js';
import { settleQueued, type QueuedWrite } from './queued-writes.js';

interface NotesDb extends DBSchema {
  pending: { key: string; value: NoteDraft; indexes: { interview: string } };
  server: { key: string; value: Note; indexes: { interview: string } };
  /** The day's other writes (ticks, checklist…) waiting for the server (version 2). */
  writes: { key: string; value: QueuedWrite };
}

/** One atomic write to the device store: drafts to store or drop, server notes to store or drop. */
export interface OutboxWrite {
  drafts?: NoteDraft[];
  removeDrafts?: string[];
  notes?: Note[];
  removeNotes?: string[];
}

/** What an `update` reads before deciding: drafts by id (or all of them), server notes by id or by interview. */
export interface OutboxRead {
  drafts?: readonly string[] | 'all';
  notes?: readonly string[];
  notesOf?: string;
}

/** What the store held when an `update` read it (drafts include settled ones). */
export interface OutboxState {
  drafts: Map<string, NoteDraft>;
  notes: Map<string, Note>;
}

/** Everything one interview's view needs, read at one moment. */
export interface OutboxView {
  /** Every draft of every interview, settled ones included. */
  drafts: NoteDraft[];
  /** The interview's server notes. */
  notes: Note[];
}

/**
 * The device store of notes: the pending drafts (keyed by note id), and the last server notes seen so a reload
 * offline still shows everything. Every tab of the browser shares it, so changes are made with `update`: read,
 * decide, write, in one transaction over both stores (transactions of all tabs run one after another).
 */
export interface Outbox {
  /** False when the browser gave no IndexedDB (notes then live in memory until the server has them). */
  readonly durable: boolean;
  write(change: OutboxWrite): Promise<void>;
  /** Reads what `read` names, lets `decide` choose the write from it, and writes it, all in one transaction. */
  update<T>(read: OutboxRead, decide: (state: OutboxState) => { write: OutboxWrite; result: T }): Promise<T>;
  /** Every draft and the interview's server notes, in one transaction. */
  read(interviewId: string): Promise<OutboxView>;
  /** Every pending draft (all interviews, so leftovers of another interview are sent too; settled ones left out). */
  pending(): Promise<NoteDraft[]>;
  serverNotes(interviewId: string): Promise<Note[]>;
  /** Stores a write for the server (replacing a queued one of the same key: the user's last word). */
  queueWrite(write: QueuedWrite): Promise<void>;
  /** Every queued write (refused ones included). */
  writes(): Promise<QueuedWrite[]>;
  /** The server answered `sent` (`refusal`: it refused, and why); in one transaction, see `settleQueued`. */
  settleWrite(sent: QueuedWrite, refusal: string | null): Promise<void>;
  close(): void;
}

/** The IndexedDB database the notes use. */
export const OUTBOX_DB = 'offerbook-notes';

type WriteTx = IDBPTransaction<NotesDb, ('pending' | 'server')[], 'readwrite'>;

/**
 * Queues a change in a transaction without waiting for each request, then waits for the commit: all of it or none
 * (a failed request aborts the transaction; one refused at once, such as a value that cannot be stored, aborts it
 * here). An error from `decide` aborts it too.
 */
async function writeIn<T>(tx: WriteTx, decide: () => { write: OutboxWrite; result: T }): Promise<T> {
  const pending = tx.objectStore('pending');
  const server = tx.objectStore('server');
  const requests: Promise<unknown>[] = [];
  let result: T;
  try {
    const { write: change, result: decided } = decide();
    result = decided;
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
  return result;
}

function present<T>(values: (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined);
}

function idbOutbox(db: IDBPDatabase<NotesDb>): Outbox {
  return {
    durable: true,
    write: (change) => writeIn(db.transaction(['pending', 'server'], 'readwrite'), () => ({ write: change, result: undefined })),
    async update(read, decide) {
      const tx = db.transaction(['pending', 'server'], 'readwrite');
      const pending = tx.objectStore('pending');
      const server = tx.objectStore('server');
      // Only this transaction's own requests are awaited in it, so it stays open until the write.
      const [drafts, notes, notesOf] = await Promise.all([
        read.drafts === 'all' ? pending.getAll() : Promise.all((read.drafts ?? []).map((id) => pending.get(id))).then(present),
        Promise.all((read.notes ?? []).map((id) => server.get(id))).then(present),
        read.notesOf === undefined ? Promise.resolve([]) : server.index('interview').getAll(read.notesOf),
      ]);
      const state: OutboxState = {
        drafts: new Map(drafts.map((d) => [d.id, d])),
        notes: new Map([...notes, ...notesOf].map((n) => [n.id, n])),
      };
      return writeIn(tx, () => decide(state));
    },
    async read(interviewId) {
      const tx = db.transaction(['pending', 'server'], 'readonly');
      const [drafts, notes] = await Promise.all([
        tx.objectStore('pending').getAll(),
        tx.objectStore('server').index('interview').getAll(interviewId),
        tx.done,
      ]);
      return { drafts, notes };
    },
    pending: async () => (await db.getAll('pending')).filter((d) => !isSettled(d)),
    serverNotes: (interviewId) => db.getAllFromIndex('server', 'interview', interviewId),
    queueWrite: async (write) => void (await db.put('writes', write)),
    writes: () => db.getAll('writes'),
    async settleWrite(sent, refusal) {
      const tx = db.transaction('writes', 'readwrite');
      const { put, remove } = settleQueued(await tx.store.get(sent.key), sent, refusal);
      if (put) void tx.store.put(put);
      if (remove) void tx.store.delete(remove);
      await tx.done;
    },
    close: () => db.close(),
  };
}

/** The same store in memory, for a browser that gives no IndexedDB (and for tests of the engine alone). */
export function memoryOutbox(): Outbox {
  const pending = new Map<string, NoteDraft>();
  const server = new Map<string, Note>();
  const writes = new Map<string, QueuedWrite>();
  const apply = (change: OutboxWrite) => {
    // Cloned first, so a value that cannot be stored changes nothing (like an aborted transaction).
    const drafts = (change.drafts ?? []).map((d) => structuredClone(d));
    const notes = (change.notes ?? []).map((n) => structuredClone(n));
    for (const id of change.removeDrafts ?? []) pending.delete(id);
    for (const d of drafts) pending.set(d.id, d);
    for (const id of change.removeNotes ?? []) server.delete(id);
    for (const n of notes) server.set(n.id, n);
  };
  const notesOf = (interviewId: string) => [...server.values()].filter((n) => n.interviewId === interviewId).map((n) => structuredClone(n));
  return {
    durable: false,
    async write(change) {
      apply(change);
    },
    async update(read, decide) {
      const drafts = read.drafts === 'all' ? [...pending.values()] : present((read.drafts ?? []).map((id) => pending.get(id)));
      const notes = [
        ...present((read.notes ?? []).map((id) => server.get(id))),
        ...(read.notesOf === undefined ? [] : notesOf(read.notesOf)),
      ];
      const { write, result } = decide({
        drafts: new Map(drafts.map((d) => [d.id, structuredClone(d)])),
        notes: new Map(notes.map((n) => [n.id, structuredClone(n)])),
      });
      apply(write);
      return result;
    },
    read: async (interviewId) => ({ drafts: [...pending.values()].map((d) => structuredClone(d)), notes: notesOf(interviewId) }),
    pending: async () => [...pending.values()].filter((d) => !isSettled(d)).map((d) => structuredClone(d)),
    serverNotes: async (interviewId) => notesOf(interviewId),
    queueWrite: async (write) => void writes.set(write.key, structuredClone(write)),
    writes: async () => [...writes.values()].map((w) => structuredClone(w)),
    async settleWrite(sent, refusal) {
      const { put, remove } = settleQueued(writes.get(sent.key), sent, refusal);
      if (put) writes.set(put.key, put);
      if (remove) writes.delete(remove);
    },
    close: () => undefined,
  };
}

/** Opens (creating when needed) the device store of notes; falls back to memory when IndexedDB is unavailable. */
export async function openOutbox(name = OUTBOX_DB): Promise<Outbox> {
  if (typeof indexedDB === 'undefined') return memoryOutbox();
  try {
    const db = await openDB<NotesDb>(name, 2, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('pending', { keyPath: 'id' }).createIndex('interview', 'interviewId');
          database.createObjectStore('server', { keyPath: 'id' }).createIndex('interview', 'interviewId');
        }
        if (oldVersion < 2) database.createObjectStore('writes', { keyPath: 'key' });
      },
      // Another tab upgrades the store, or signing out deletes it: let go so it can.
      blocking() {
        db.close();
      },
    });
    return idbOutbox(db);
  } catch {
    return memoryOutbox();
  }
}
