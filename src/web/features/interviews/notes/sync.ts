import type { Note, PutNote, PutNoteResult } from '../../../../contracts/notes.js';
import { applyChange, draftOf, type DraftChange } from './drafts.js';
import type { Outbox, OutboxWrite } from './outbox.js';
import { refreshWrite } from './outbox-rules.js';
import { clearRescued, readRescued, rescue } from './rescue.js';
import { NoteCache } from './note-cache.js';
import { DeviceWriter } from './device-writer.js';
import { NotesSender } from './sender.js';
import { browserLocks, electLeader, type Leadership, type LockManagerLike } from './leader.js';
import { NOTES_CHANNEL, openTabChannel, type TabChannel, type TabMessage } from './tab-channel.js';
import { notesSnapshot, StatusStore, type NotesSnapshot } from './status-store.js';
import { ACKNOWLEDGED_MEASURE, measure, now, SAVED_ON_DEVICE_MEASURE } from './measures.js';
import { notesRequester, type Network, type NotesRequest } from './notes-api.js';
import { DayWrites } from './day-writes.js';
import { FROM_DEVICE_HEADER } from '../../../pwa/day-urls.js';
import type { QueuedWrite } from './queued-writes.js';

export type { NotesSnapshot } from './status-store.js';

export interface NotesSyncOptions {
  interviewId: string;
  outbox: Outbox | Promise<Outbox>;
  /** The network; the browser's fetch by default. */
  fetch?: Network;
  /** Where `online`, `focus` and `pagehide` are heard; `window` by default. */
  events?: EventTarget | null;
  /** The lock manager that elects the one engine of the browser that sends; `navigator.locks` by default, null: none (this engine sends). */
  locks?: LockManagerLike | null;
  /** The BroadcastChannel the browser's engines talk on; null: none. Only used with a lock manager. */
  channel?: string | null;
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

/**
 * The notes of one interview, saved on the device at every keystroke and sent to the server within a second of
 * the last one. The device store is shared by every tab of the browser; one engine at a time (the holder of a Web
 * Lock) runs the sender, which sends the drafts of every interview, whichever tab they were typed in. The others
 * write keystrokes to the store, tell the sender over a BroadcastChannel, and show what the store holds and what
 * the sender says about the server. When the sending tab closes, a waiting engine takes over. Without Web Locks,
 * every engine sends, as before the election.
 */
export class NotesSync {
  readonly interviewId: string;
  private readonly refreshMs: number;
  private readonly events: EventTarget | null;
  private readonly outboxPromise: Promise<Outbox>;
  private readonly locks: LockManagerLike | null;
  private readonly channelName: string | null;
  private readonly request: NotesRequest;
  private outbox: Outbox | undefined;
  private readonly cache: NoteCache;
  private readonly writer: DeviceWriter;
  private readonly sender: NotesSender;
  /** The day's other writes (ticks…): queued in the same store, sent by the same leader. */
  readonly writes: DayWrites;
  private readonly status = new StatusStore();
  private readonly savedListeners = new Set<(touchedConcern: boolean) => void>();
  /** performance.now() of the last keystroke per note. */
  private readonly editedAt = new Map<string, number>();
  private channel: TabChannel | undefined;
  private leadership: Leadership | undefined;
  /** What the sending engine last said about the server (when another engine sends). */
  private leaderReachable = true;
  private loaded = false;
  private started = false;
  private stopped = false;
  private refreshing = false;
  /** Re-reading the store after another engine changed it; `rereadAgain` when asked again meanwhile. */
  private rereading: Promise<void> | undefined;
  private rereadAgain = false;
  /** Counts this engine's own store changes, so a re-read that raced one is read again. */
  private changes = 0;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;

  constructor(options: NotesSyncOptions) {
    this.interviewId = options.interviewId;
    this.refreshMs = options.refreshMs ?? 30_000;
    this.events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
    this.outboxPromise = Promise.resolve(options.outbox);
    this.locks = options.locks === undefined ? (browserLocks() ?? null) : options.locks;
    this.channelName = options.channel === undefined ? NOTES_CHANNEL : options.channel;
    this.request = notesRequester(options.fetch ?? ((url, init) => globalThis.fetch(url, init)), options.requestTimeoutMs ?? 10_000);
    this.writer = new DeviceWriter(
      (id) => this.cache.drafts.get(id),
      (change) => this.stored(change, { type: 'drafts' }),
    );
    this.cache = new NoteCache(this.interviewId, this.writer.holds);
    this.sender = new NotesSender(
      {
        outbox: () => this.outbox,
        request: this.request,
        saved: () => this.writer.saved(),
        stored: (change) => this.stored(change, { type: 'changed' }),
        acknowledged: (id, sent, result, change) => this.acknowledged(id, sent, result, change),
        reachability: (reachable) => {
          this.tell({ type: 'state', reachable });
          this.emit();
        },
      },
      {
        debounceMs: options.debounceMs ?? 300,
        maxWaitMs: options.maxWaitMs ?? 1000,
        backoffMs: options.backoffMs ?? [250, 500, 1000, 2000, 3000],
      },
    );
    this.writes = new DayWrites(
      () => this.outbox,
      this.request,
      options.backoffMs ?? [250, 500, 1000, 2000, 3000],
      () => this.tell({ type: 'changed' }),
    );
  }

  /** Loads what the device holds, joins the election, reads the server's list; the leader then sends what is pending. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.events?.addEventListener('online', this.onOnline);
    this.events?.addEventListener('focus', this.onFocus);
    this.events?.addEventListener('pagehide', this.onPageHide);
    // Without a lock there is no election: every engine sends, and nobody needs telling.
    this.channel = this.locks ? openTabChannel(this.channelName, this.onMessage) : undefined;
    this.tell({ type: 'hello' });
    void this.load();
  }

  /** Stops timers and listeners and gives up the lead; the outbox keeps whatever is pending for next time. */
  stop(): void {
    this.stopped = true;
    this.events?.removeEventListener('online', this.onOnline);
    this.events?.removeEventListener('focus', this.onFocus);
    this.events?.removeEventListener('pagehide', this.onPageHide);
    this.sender.stop();
    this.writes.sender.stop();
    this.leadership?.release();
    this.channel?.close();
    clearInterval(this.refreshTimer);
  }

  readonly subscribe = (listener: () => void): (() => void) => this.status.subscribe(listener);

  readonly getSnapshot = (): NotesSnapshot => this.status.getSnapshot();

  /** Hears each write the server confirmed; `touchedConcern` when a `!` note (which keeps a concern) was involved. */
  onSaved(listener: (touchedConcern: boolean) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** True while anything is waiting for the server or the outbox (this interview or another; refused drafts wait for an edit). */
  get busy(): boolean {
    return this.sender.busy || this.writer.busy || [...this.cache.drafts.values()].some((d) => !d.failure) || this.writes.busy;
  }

  /** True while this engine is the one that sends. */
  get leading(): boolean {
    return this.leadership?.leading ?? false;
  }

  /** Settles once every change made so far is in the outbox. */
  saved(): Promise<void> {
    return this.writer.saved();
  }

  /**
   * Changes a note (creating it for a new id, in `conversationId`, started now): shown at once, stored in the
   * outbox (the promise settles when it is), sent after the debounce.
   */
  edit(id: string, change: DraftChange, conversationId: string | null = null): Promise<void> {
    const at = Date.now();
    const started = now();
    const base = () => draftOf(this.cache.server.get(id), { id, interviewId: this.interviewId, conversationId }, at);
    this.cache.edit(applyChange(this.cache.drafts.get(id), change, base, at));
    this.writer.mark(id);
    this.editedAt.set(id, started);
    if (this.loaded && this.leading) this.sender.edited(at);
    this.emit();
    return this.writer.persist().then(() => measure(SAVED_ON_DEVICE_MEASURE, started));
  }

  /** Sends what is pending now (Enter ends a note: no reason to wait); another tab's sender is asked to. */
  flushNow(): void {
    if (this.leading) {
      this.sender.flushNow();
      this.writes.sender.flush();
    } else void this.writer.saved().then(() => this.tell({ type: 'flush' }));
  }

  /** Queues a write of the day besides notes (see queued-writes.ts): on the device first, then sent by the leader. */
  async queue(write: QueuedWrite): Promise<void> {
    await this.writes.queue(write, await this.outboxPromise);
    this.flushNow();
  }

  /** Reads the server's list of this interview's notes (another device may have written). */
  async refresh(): Promise<void> {
    const outbox = this.outbox;
    if (this.refreshing || !outbox || this.stopped) return;
    this.refreshing = true;
    // The revisions known when the list is asked for: a note saved after that may be missing from it.
    const asked = new Map([...this.cache.server.values()].map((n) => [n.id, n.revision]));
    try {
      const res = await this.request('GET', `/api/interviews/${encodeURIComponent(this.interviewId)}/notes`);
      // The service worker's copy (the server is out of reach) may be older than this store: it only fills an empty one.
      if (!res.ok || (res.headers.get(FROM_DEVICE_HEADER) !== null && this.cache.server.size > 0)) return;
      const { items } = (await res.json()) as { items: Note[] };
      const change = await outbox.update({ notesOf: this.interviewId }, (s) => {
        const w = refreshWrite([...s.notes.values()], items, asked);
        return { write: w, result: w };
      });
      const changed = (change.notes?.length ?? 0) + (change.removeNotes?.length ?? 0) > 0;
      this.stored(change, changed ? { type: 'changed' } : undefined);
    } catch {
      // Unreachable: the device copy stands; the next refresh or write tells.
    } finally {
      this.refreshing = false;
    }
  }

  private readonly onLead = () => {
    this.tell({ type: 'state', reachable: this.sender.canReach });
    if (this.loaded) {
      this.sender.start();
      this.writes.sender.start();
    }
  };

  private readonly onOnline = () => {
    if (this.leading) {
      this.sender.online();
      this.writes.sender.online();
    }
  };

  private readonly onFocus = () => void this.refresh();

  /** The page is going away: a write still running may be cut off, so keep unstored keystrokes synchronously too. */
  private readonly onPageHide = () => {
    rescue(this.writer.unstoredDrafts());
  };

  private readonly onMessage = (message: TabMessage) => {
    switch (message.type) {
      case 'hello':
        if (this.leading) this.tell({ type: 'state', reachable: this.sender.canReach });
        return;
      case 'state':
        this.leaderReachable = message.reachable;
        this.emit();
        return;
      case 'drafts':
        if (this.loaded && this.leading) this.sender.edited();
        void this.reread();
        return;
      case 'flush':
        if (this.leading) {
          this.sender.flushNow();
          this.writes.sender.flush();
        }
        return;
      case 'changed':
        void this.writes.reread();
        void this.reread().then(() => {
          if (message.ack) this.heardAck(message.ack.ids, message.ack.interviewIds, message.ack.touchedConcern);
        });
        return;
    }
  };

  private tell(message: TabMessage): void {
    this.channel?.post(message);
  }

  private async load(): Promise<void> {
    let outbox: Outbox;
    try {
      outbox = await this.outboxPromise;
    } catch {
      return;
    }
    if (this.stopped) return;
    // Only a store the tabs share lets one tab send for all; a lock with nobody to tell (no channel) would leave
    // other tabs' keystrokes unsent too. Either way this engine then sends for itself, as before the election.
    this.leadership = electLeader(this.channel?.open && outbox.durable ? this.locks : null, this.onLead);
    // Keystrokes kept at the last page exit, newer than what IndexedDB got in time, go back into it.
    const rescued = readRescued();
    const view = await outbox.read(this.interviewId);
    if (this.stopped) return;
    this.outbox = outbox;
    this.cache.replace(view);
    const stored = new Map(view.drafts.map((d) => [d.id, d]));
    const back = rescued.filter(
      (d) => (stored.get(d.id)?.changedAt ?? -1) <= d.changedAt && (this.cache.drafts.get(d.id)?.changedAt ?? -1) <= d.changedAt,
    );
    for (const d of back) {
      this.cache.edit(d);
      this.writer.mark(d.id);
    }
    this.writer.attach(outbox);
    if (rescued.length > 0) void this.writer.persist().then(clearRescued);
    this.loaded = true;
    this.emit();
    this.refreshTimer = setInterval(() => {
      void this.refresh();
      // A round now and then also sends what a missed message left waiting.
      if (this.leading) {
        this.sender.flush();
        this.writes.sender.flush();
      }
    }, this.refreshMs);
    if (this.rereadAgain) void this.reread();
    void this.writes.reread();
    if (this.leading) {
      this.sender.start();
      this.writes.sender.start();
    }
    await this.refresh();
  }

  /** Takes in a change this engine stored, and tells the other engines (`message`) when there is one. */
  private stored(change: OutboxWrite, message: TabMessage | undefined): void {
    this.changes += 1;
    this.cache.apply(change);
    this.emit();
    if (message) this.tell(message);
  }

  private acknowledged(id: string, sent: PutNote, result: PutNoteResult, change: OutboxWrite): void {
    const before = this.cache.server.get(id);
    const touchedConcern = [result.note, result.conflict, before].some((n) => n?.marker === 'concern');
    const ids = [result.note.id, ...(result.conflict ? [result.conflict.id] : [])];
    const interviewIds = [...new Set([sent.interviewId, result.note.interviewId])];
    this.stored(change, { type: 'changed', ack: { ids, interviewIds, touchedConcern } });
    this.heardAck([id], interviewIds, touchedConcern);
  }

  /** A write the server confirmed (here or by another tab's sender): the measure, and who listens. */
  private heardAck(ids: string[], interviewIds: string[], touchedConcern: boolean): void {
    for (const id of ids) {
      const started = this.editedAt.get(id);
      if (started === undefined || this.cache.drafts.has(id)) continue;
      this.editedAt.delete(id);
      measure(ACKNOWLEDGED_MEASURE, started);
    }
    if (!interviewIds.includes(this.interviewId)) return;
    for (const listener of this.savedListeners) listener(touchedConcern);
  }

  /** Reads the store again after another engine changed it (one read at a time; asked again meanwhile, once more). */
  private reread(): Promise<void> {
    this.rereadAgain = true;
    // Before the first load finishes, the load's own read may predate the change: read again after it.
    if (!this.loaded || this.stopped || !this.outbox) return Promise.resolve();
    const outbox = this.outbox;
    this.rereading ??= (async () => {
      while (this.rereadAgain && !this.stopped) {
        this.rereadAgain = false;
        const before = this.changes;
        const view = await outbox.read(this.interviewId).catch(() => undefined);
        if (!view || this.stopped) break;
        // One of this engine's own changes landed while reading: the view may predate it.
        if (this.changes !== before) {
          this.rereadAgain = true;
          continue;
        }
        this.cache.replace(view);
        this.emit();
      }
    })().finally(() => (this.rereading = undefined));
    return this.rereading;
  }

  private emit(): void {
    this.status.set(
      notesSnapshot({
        interviewId: this.interviewId,
        drafts: this.cache.drafts.values(),
        server: this.cache.server,
        loaded: this.loaded,
        reachable: this.leading || !this.locks ? this.sender.canReach : this.leaderReachable,
        durable: this.outbox?.durable ?? true,
      }),
    );
  }
}
