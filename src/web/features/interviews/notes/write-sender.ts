import type { Outbox } from './outbox.js';
import { writesToSend, type QueuedWrite } from './queued-writes.js';
import { errorText, isRetryable, type NotesRequest } from './notes-api.js';
import { retryDelay } from './sender.js';

/** What the write sender needs from the engine around it. */
export interface WriteSenderHost {
  outbox(): Outbox | undefined;
  request: NotesRequest;
  /** The store changed (a write confirmed or refused): read it again and tell the other tabs. */
  settled(write: QueuedWrite, answer: unknown): void;
  /** The server became reachable, or stopped being. */
  reachability(reachable: boolean): void;
}

/**
 * Sends the queued writes of the day (see queued-writes.ts), run by the leader next to the notes sender: one write
 * at a time, oldest first, so the server sees the user's changes in the order they were made. A write whose answer
 * never came is sent again as it is (each sets a value, so twice changes nothing); while the server cannot be
 * reached it retries with backoff, and at once when the browser is online again.
 */
export class WriteSender {
  private active = false;
  private running = false;
  private again = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private sending: string | undefined;

  constructor(
    private readonly host: WriteSenderHost,
    private readonly backoffMs: number[],
  ) {}

  /** True while a write waits for its answer. */
  get busy(): boolean {
    return this.sending !== undefined;
  }

  start(): void {
    this.active = true;
    this.flush();
  }

  stop(): void {
    this.active = false;
    clearTimeout(this.retryTimer);
  }

  /** The browser is online again: send now rather than after the backoff. */
  online(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt = 0;
    this.flush();
  }

  /** Sends everything queued (one round at a time; asked again meanwhile, one more). */
  flush(): void {
    if (!this.active) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.round().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.flush();
      }
    });
  }

  private async round(): Promise<void> {
    const outbox = this.host.outbox();
    if (!outbox) return;
    let queue: QueuedWrite[];
    try {
      queue = writesToSend(await outbox.writes(), new Set());
    } catch {
      return;
    }
    for (const write of queue) {
      if (!this.active) return;
      if (!(await this.send(outbox, write))) return this.scheduleRetry();
    }
  }

  /** Sends one write; false when the server could not be reached (the rest wait, to keep the order). */
  private async send(outbox: Outbox, write: QueuedWrite): Promise<boolean> {
    this.sending = write.key;
    try {
      const res = await this.host.request(write.method, write.url, write.body);
      if (!res.ok && isRetryable(res.status)) return this.unreachable();
      const refusal = res.ok ? null : await errorText(res);
      const answer: unknown = res.ok ? await res.json().catch(() => undefined) : undefined;
      this.attempt = 0;
      this.host.reachability(true);
      await outbox.settleWrite(write, refusal);
      this.host.settled(write, answer);
      return true;
    } catch {
      return this.unreachable();
    } finally {
      this.sending = undefined;
    }
  }

  private unreachable(): false {
    this.host.reachability(false);
    return false;
  }

  private scheduleRetry(): void {
    if (this.retryTimer || !this.active) return;
    const delay = retryDelay(this.backoffMs, this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
  }
}
