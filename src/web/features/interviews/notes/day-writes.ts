import type { Outbox } from './outbox.js';
import type { QueuedWrite } from './queued-writes.js';
import type { NotesRequest } from './notes-api.js';
import { WriteSender } from './write-sender.js';

/**
 * One engine's share of the day's queued writes: what is waiting (for the screen: a tick shows at once and stays
 * through a reload offline), queueing a new one, and — when the engine leads — the sender.
 */
export class DayWrites {
  private waiting = new Map<string, QueuedWrite>();
  private readonly listeners = new Set<() => void>();
  private readonly settledListeners = new Set<(write: QueuedWrite, answer: unknown) => void>();
  readonly sender: WriteSender;

  constructor(
    private readonly outbox: () => Outbox | undefined,
    request: NotesRequest,
    backoffMs: number[],
    private readonly tellOthers: () => void,
  ) {
    this.sender = new WriteSender(
      {
        outbox,
        request,
        settled: (write, answer) => {
          void this.reread();
          this.tellOthers();
          for (const l of this.settledListeners) l(write, answer);
        },
        reachability: () => undefined,
      },
      backoffMs,
    );
  }

  /** True while a write waits for the server (refused ones wait for the user, not the server). */
  get busy(): boolean {
    return this.sender.busy || [...this.waiting.values()].some((w) => !w.failure);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The queued writes by key (a new Map after each change). */
  readonly getSnapshot = (): ReadonlyMap<string, QueuedWrite> => this.waiting;

  /** Hears each write the server confirmed or refused (with the server's answer when it confirmed). */
  onSettled(listener: (write: QueuedWrite, answer: unknown) => void): () => void {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }

  /** Stores the write on the device (shown at once); the caller then asks the leader to send. */
  async queue(write: QueuedWrite, outbox: Outbox): Promise<void> {
    this.set(new Map(this.waiting).set(write.key, write));
    await outbox.queueWrite(write);
  }

  /** Reads the queued writes again (after loading, or another tab's change). */
  async reread(): Promise<void> {
    const outbox = this.outbox();
    if (!outbox) return;
    const all = await outbox.writes().catch(() => undefined);
    if (all) this.set(new Map(all.map((w) => [w.key, w])));
  }

  private set(next: Map<string, QueuedWrite>): void {
    this.waiting = next;
    for (const l of this.listeners) l();
  }
}
