import type { NoteDraft } from './drafts.js';
import type { Outbox, OutboxWrite } from './outbox.js';
import { mergeEdit } from './outbox-rules.js';

/**
 * Writes this tab's keystrokes to the device store. One write runs at a time; changes made meanwhile go together
 * in the next, so fast typing never queues a transaction per key. Each write lays the user's text over the stored
 * draft (whose revision and unanswered body belong to the sender, possibly in another tab).
 */
export class DeviceWriter {
  /** Drafts changed and not yet in a write, and those in the write running. */
  private readonly dirty = new Set<string>();
  private readonly writingIds = new Set<string>();
  private writing: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private outbox: Outbox | undefined;
  private readonly ready: Promise<Outbox>;
  private attachOutbox!: (outbox: Outbox) => void;

  constructor(
    /** The draft as this tab has it now. */
    private readonly local: (id: string) => NoteDraft | undefined,
    /** Told of each finished write. */
    private readonly written: (change: OutboxWrite) => void,
  ) {
    this.ready = new Promise((resolve) => (this.attachOutbox = resolve));
  }

  /** The store to write to, once loaded (writes asked for before then wait). */
  attach(outbox: Outbox): void {
    this.outbox = outbox;
    this.attachOutbox(outbox);
  }

  /** Draft `id` changed: write it with the next write. */
  mark(id: string): void {
    this.dirty.add(id);
  }

  /** True while draft `id` has keystrokes not yet stored. */
  readonly holds = (id: string): boolean => this.dirty.has(id) || this.writingIds.has(id);

  /** The drafts with keystrokes not yet stored (what a page exit must rescue). */
  unstoredDrafts(): NoteDraft[] {
    return [...new Set([...this.dirty, ...this.writingIds])].flatMap((id) => this.local(id) ?? []);
  }

  /** True while a write runs or waits. */
  get busy(): boolean {
    return this.writing !== undefined || this.dirty.size > 0;
  }

  /** Settles once every change made so far is stored. */
  saved(): Promise<void> {
    return this.queued ?? this.writing ?? Promise.resolve();
  }

  /** Writes what changed: now, or right after the write running. */
  persist(): Promise<void> {
    const outbox = this.outbox;
    if (!outbox) return this.ready.then(() => this.persist());
    if (!this.writing) return this.writeNow(outbox);
    this.queued ??= this.writing.then(() => {
      this.queued = undefined;
      return this.writeNow(outbox);
    });
    return this.queued;
  }

  private writeNow(outbox: Outbox): Promise<void> {
    if (this.dirty.size === 0) return Promise.resolve();
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const id of ids) this.writingIds.add(id);
    const run = outbox
      .update({ drafts: ids }, (stored) => {
        const drafts = ids.flatMap((id) => {
          const local = this.local(id);
          return local ? [mergeEdit(stored.drafts.get(id), local)] : [];
        });
        return { write: { drafts }, result: drafts };
      })
      .then(
        (drafts) => {
          for (const id of ids) this.writingIds.delete(id);
          this.written({ drafts });
        },
        () => {
          // Refused (storage full?): keep them dirty so the next write tries again.
          for (const id of ids) {
            this.writingIds.delete(id);
            this.dirty.add(id);
          }
        },
      )
      .finally(() => {
        if (this.writing === run) this.writing = undefined;
      });
    this.writing = run;
    return run;
  }
}
