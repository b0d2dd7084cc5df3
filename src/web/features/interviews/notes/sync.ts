import type { Note, NoteMarker, PutNote, PutNoteResult } from '../../../../contracts/notes.js';
import { csrfToken } from '../../../api/client.js';
import { applyAck, applyChange, bodyOf, isBlankNew, mergeServerList, type DraftChange, type NoteDraft } from './drafts.js';
import { markerOf } from '../../../../core/followup/notes.js';
import type { Outbox, OutboxWrite } from './outbox.js';
import { clearRescued, readRescued, rescue } from './rescue.js';

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

export interface NotesSyncOptions {
  interviewId: string;
  outbox: Outbox | Promise<Outbox>;
  /** The network; the browser's fetch by default. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Where `online` and `focus` are heard; `window` by default. */
  events?: EventTarget | null;
  /** Quiet time after the last keystroke before sending. */
  debounceMs?: number;
  /** Longest a change waits while typing goes on. */
  maxWaitMs?: number;
  /** Waits between attempts while the server cannot be reached. */
  backoffMs?: number[];
  requestTimeoutMs?: number;
  /** How often the server's list is read again (edits from another device). */
  refreshMs?: number;
}

/** User Timing names the benchmark reads: keystroke → stored on the device, last keystroke → confirmed by the server. */
export const SAVED_ON_DEVICE_MEASURE = 'offerbook:note-saved-on-device';
export const ACKNOWLEDGED_MEASURE = 'offerbook:note-acknowledged';

const RETRYABLE = new Set([408, 409, 425, 429]);

function measure(name: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  performance.measure(name, { start, end: performance.now() });
  if (performance.getEntriesByName(name).length > 2000) performance.clearMeasures(name);
}

async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return `The server answered ${res.status}.`;
}

/**
 * The notes of one interview, saved on the device at every keystroke and sent to the server within a second of
 * the last one (debounced, with a maximum wait). A request whose answer never came is sent again exactly as it
 * was before anything newer, so retries are idempotent; while the server cannot be reached it retries with
 * backoff and at once when the browser says it is online again. Drafts of other interviews left in the outbox
 * are sent too.
 */
export class NotesSync {
  readonly interviewId: string;
  private readonly options: Required<Omit<NotesSyncOptions, 'outbox' | 'events' | 'fetch' | 'interviewId'>>;
  private readonly network: (url: string, init: RequestInit) => Promise<Response>;
  private readonly events: EventTarget | null;
  private readonly outboxPromise: Promise<Outbox>;
  private outbox: Outbox | undefined;
  /** Settles when the outbox is loaded into memory (writes made before then wait for it). */
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  /** Pending drafts of every interview: the truth, written to the outbox as it changes. */
  private readonly drafts = new Map<string, NoteDraft>();
  /** Drafts changed in memory and not yet in a finished outbox write; server notes likewise. */
  private readonly dirty = new Set<string>();
  private readonly notesToStore = new Map<string, Note>();
  private readonly notesToDrop = new Set<string>();
  /** The outbox write running, and the one queued behind it (which takes every change made meanwhile). */
  private writing: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  /** Last known server notes of this interview. */
  private readonly server = new Map<string, Note>();
  private readonly inflight = new Set<string>();
  /** Notes the server confirmed since the last list was asked for (the list may not have them yet). */
  private readonly recent = new Set<string>();
  /** performance.now() of the last keystroke per note. */
  private readonly editedAt = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<(touchedConcern: boolean) => void>();
  private snapshot: NotesSnapshot = { loaded: false, notes: [], status: 'loading', failure: null, durable: true };
  private reachable = true;
  private loaded = false;
  private started = false;
  private stopped = false;
  private refreshing = false;
  private attempt = 0;
  private firstDirtyAt: number | undefined;
  private lastEditAt = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;

  constructor(options: NotesSyncOptions) {
    this.interviewId = options.interviewId;
    this.options = {
      debounceMs: options.debounceMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 1000,
      backoffMs: options.backoffMs ?? [250, 500, 1000, 2000, 3000],
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      refreshMs: options.refreshMs ?? 30_000,
    };
    this.network = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
    this.outboxPromise = Promise.resolve(options.outbox);
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Loads what the device holds, then reads the server's list and sends what is pending. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.events?.addEventListener('online', this.onOnline);
    this.events?.addEventListener('focus', this.onFocus);
    this.events?.addEventListener('pagehide', this.onPageHide);
    void this.load();
  }

  /** Stops timers and listeners; the outbox keeps whatever is pending for next time. */
  stop(): void {
    this.stopped = true;
    this.events?.removeEventListener('online', this.onOnline);
    this.events?.removeEventListener('focus', this.onFocus);
    this.events?.removeEventListener('pagehide', this.onPageHide);
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    clearInterval(this.refreshTimer);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): NotesSnapshot => this.snapshot;

  /** Hears each write the server confirmed; `touchedConcern` when a `!` note (which keeps a concern) was involved. */
  onSaved(listener: (touchedConcern: boolean) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** True while anything is waiting for the server or the outbox (this interview or another; refused drafts wait for an edit). */
  get busy(): boolean {
    return this.inflight.size > 0 || this.writing !== undefined || [...this.drafts.values()].some((d) => !d.failure);
  }

  /** Settles once every change made so far is in the outbox. */
  saved(): Promise<void> {
    return this.queued ?? this.writing ?? Promise.resolve();
  }

  /**
   * Changes a note (creating it for a new id, in `conversationId`, started now): shown at once, stored in the
   * outbox (the promise settles when it is), sent after the debounce.
   */
  edit(id: string, change: DraftChange, conversationId: string | null = null): Promise<void> {
    const now = Date.now();
    const started = typeof performance === 'undefined' ? 0 : performance.now();
    const known = this.server.get(id);
    const base: NoteDraft = {
      id,
      interviewId: this.interviewId,
      conversationId: known ? known.conversationId : conversationId,
      text: known?.text ?? '',
      deleted: known?.deleted ?? false,
      writtenAt: known?.writtenAt ?? new Date(now).toISOString(),
      baseRevision: known?.revision ?? 0,
      conflictOf: known?.conflictOf ?? null,
      changedAt: now,
      sending: null,
      failure: null,
    };
    this.setDraft(id, applyChange(this.drafts.get(id), change, () => base, now));
    this.editedAt.set(id, started);
    this.lastEditAt = now;
    this.firstDirtyAt ??= now;
    this.scheduleFlush();
    this.emit();
    return this.persist().then(() => measure(SAVED_ON_DEVICE_MEASURE, started));
  }

  private setDraft(id: string, draft: NoteDraft | undefined): void {
    if (draft) this.drafts.set(id, draft);
    else this.drafts.delete(id);
    this.dirty.add(id);
  }

  private storeNote(note: Note): void {
    this.notesToDrop.delete(note.id);
    this.notesToStore.set(note.id, note);
  }

  private dropNote(id: string): void {
    this.notesToStore.delete(id);
    this.notesToDrop.add(id);
  }

  /**
   * Writes what changed to the outbox. One write runs at a time; changes made meanwhile go together in the next,
   * so fast typing never queues a transaction per key.
   */
  private persist(): Promise<void> {
    if (!this.outbox) return this.ready.then(() => this.persist());
    if (!this.writing) return this.writeNow(this.outbox);
    const outbox = this.outbox;
    this.queued ??= this.writing.then(() => {
      this.queued = undefined;
      return this.writeNow(outbox);
    });
    return this.queued;
  }

  private writeNow(outbox: Outbox): Promise<void> {
    if (this.dirty.size === 0 && this.notesToStore.size === 0 && this.notesToDrop.size === 0) return Promise.resolve();
    const ids = [...this.dirty];
    const change: OutboxWrite = {
      drafts: ids.flatMap((id) => this.drafts.get(id) ?? []),
      removeDrafts: ids.filter((id) => !this.drafts.has(id)),
      notes: [...this.notesToStore.values()],
      removeNotes: [...this.notesToDrop],
    };
    this.dirty.clear();
    this.notesToStore.clear();
    this.notesToDrop.clear();
    const run = outbox
      .write(change)
      .catch(() => {
        // Refused (storage full?): keep it dirty so the next write tries again.
        for (const id of ids) this.dirty.add(id);
      })
      .finally(() => {
        if (this.writing === run) this.writing = undefined;
      });
    this.writing = run;
    return run;
  }

  /** The page is going away: a write still running may be cut off, so keep the drafts synchronously too. */
  private readonly onPageHide = () => {
    if (this.writing || this.dirty.size > 0) rescue([...this.drafts.values()]);
  };

  /** Sends what is pending now (Enter ends a note: no reason to wait). */
  flushNow(): void {
    if (this.reachable) this.flush();
  }

  private readonly onOnline = () => {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt = 0;
    this.flush();
  };

  private readonly onFocus = () => void this.refresh();

  private async load(): Promise<void> {
    let outbox: Outbox;
    try {
      outbox = await this.outboxPromise;
    } catch {
      return;
    }
    const [pending, known] = await Promise.all([outbox.pending(), outbox.serverNotes(this.interviewId)]);
    if (this.stopped) return;
    for (const d of pending) if (!this.drafts.has(d.id)) this.drafts.set(d.id, d);
    // Drafts kept at the last page exit, newer than what IndexedDB got in time, go back into it.
    const rescued = readRescued();
    for (const d of rescued) if ((this.drafts.get(d.id)?.changedAt ?? -1) <= d.changedAt) this.setDraft(d.id, d);
    for (const n of known) this.server.set(n.id, n);
    this.outbox = outbox;
    this.markReady();
    if (rescued.length > 0) void this.persist().then(clearRescued);
    this.loaded = true;
    this.emit();
    this.refreshTimer = setInterval(() => void this.refresh(), this.options.refreshMs);
    await this.refresh();
    this.flush();
  }

  private request(method: string, url: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
    // Server mode refuses writes without the CSRF token (local mode has none to send).
    const token = method === 'GET' ? undefined : csrfToken();
    if (token) headers['x-csrf-token'] = token;
    return this.network(url, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.options.requestTimeoutMs),
    });
  }

  /** Reads the server's list of this interview's notes (another device may have written). */
  async refresh(): Promise<void> {
    if (this.refreshing || !this.outbox || this.stopped) return;
    this.refreshing = true;
    this.recent.clear();
    try {
      const res = await this.request('GET', `/api/interviews/${encodeURIComponent(this.interviewId)}/notes`);
      if (!res.ok) return;
      const { items } = (await res.json()) as { items: Note[] };
      const recent = new Set(this.recent);
      const { put, remove } = mergeServerList([...this.server.values()], items, recent);
      for (const id of remove) {
        this.server.delete(id);
        this.dropNote(id);
      }
      for (const n of put) {
        this.server.set(n.id, n);
        this.storeNote(n);
      }
      void this.persist();
      this.emit();
    } catch {
      // Unreachable: the device copy stands; the next refresh or write tells.
    } finally {
      this.refreshing = false;
    }
  }

  private scheduleFlush(): void {
    if (!this.loaded || this.stopped) return;
    // While the server cannot be reached, the retry (with backoff) sends everything; typing does not hurry it.
    if (!this.reachable) return this.scheduleRetry();
    const due = Math.min(this.lastEditAt + this.options.debounceMs, (this.firstDirtyAt ?? this.lastEditAt) + this.options.maxWaitMs);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), Math.max(0, due - Date.now()));
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.firstDirtyAt = undefined;
    if (!this.loaded || this.stopped || !this.outbox) return;
    for (const draft of [...this.drafts.values()]) {
      if (this.inflight.has(draft.id) || draft.failure) continue;
      if (isBlankNew(draft)) {
        this.setDraft(draft.id, undefined);
        void this.persist();
        continue;
      }
      void this.send(draft);
    }
    this.emit();
  }

  private async send(draft: NoteDraft): Promise<void> {
    const body = bodyOf(draft);
    this.inflight.add(draft.id);
    this.setDraft(draft.id, { ...draft, sending: body });
    let result: PutNoteResult;
    try {
      // The body is on the device before it goes, so a reload sends the very same one again.
      await this.persist();
      const res = await this.request('PUT', `/api/notes/${encodeURIComponent(draft.id)}`, body);
      if (!res.ok) {
        this.inflight.delete(draft.id);
        if (res.status >= 500 || RETRYABLE.has(res.status)) return this.unreachable();
        await this.refused(draft.id, await errorText(res));
        return;
      }
      result = (await res.json()) as PutNoteResult;
    } catch {
      this.inflight.delete(draft.id);
      return this.unreachable();
    }
    this.acknowledge(draft.id, body, result);
  }

  private acknowledge(id: string, sent: PutNote, result: PutNoteResult): void {
    this.inflight.delete(id);
    this.reachable = true;
    this.attempt = 0;
    const touchedConcern = [result.note, result.conflict, this.server.get(id)].some((n) => n?.marker === 'concern');
    for (const note of [result.note, result.conflict]) {
      if (!note) continue;
      this.recent.add(note.id);
      this.storeNote(note);
      if (note.interviewId === this.interviewId) this.server.set(note.id, note);
    }
    const { remove, put } = applyAck(this.drafts.get(id), sent, result);
    for (const key of remove) this.setDraft(key, undefined);
    for (const d of put) this.setDraft(d.id, d);
    // Server notes and drafts change in one outbox write: a reload never shows a note missing in between.
    void this.persist();
    const started = this.editedAt.get(id);
    if (!this.drafts.has(id) && started !== undefined) {
      this.editedAt.delete(id);
      measure(ACKNOWLEDGED_MEASURE, started);
    }
    this.emit();
    for (const listener of this.savedListeners) listener(touchedConcern);
    if (put.length > 0) this.scheduleFlush();
  }

  private async refused(id: string, message: string): Promise<void> {
    const current = this.drafts.get(id);
    if (current) this.setDraft(id, { ...current, sending: null, failure: message });
    this.reachable = true;
    this.emit();
    await this.persist();
  }

  private unreachable(): void {
    this.reachable = false;
    this.emit();
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const waits = this.options.backoffMs;
    const delay = waits[Math.min(this.attempt, waits.length - 1)] ?? 1000;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
  }

  private emit(): void {
    this.snapshot = this.compute();
    for (const listener of this.listeners) listener();
  }

  private compute(): NotesSnapshot {
    const mine = [...this.drafts.values()].filter((d) => d.interviewId === this.interviewId);
    const ids = new Set([...this.server.keys(), ...mine.map((d) => d.id)]);
    const notes: NoteView[] = [];
    for (const id of ids) {
      const d = this.drafts.get(id);
      const s = this.server.get(id);
      const shown = d ?? s!;
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
    notes.sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const failure = mine.find((d) => d.failure)?.failure ?? null;
    const status: SyncStatus = !this.loaded ? 'loading' : failure ? 'failed' : mine.length === 0 ? 'synced' : this.reachable ? 'syncing' : 'device';
    return { loaded: this.loaded, notes, status, failure, durable: this.outbox?.durable ?? true };
  }
}
