import type { PutNote, PutNoteResult } from '../../../../contracts/notes.js';
import type { Outbox, OutboxWrite } from './outbox.js';
import { ackWrite, claimDrafts, refusalWrite } from './outbox-rules.js';
import { errorText, isRetryable, type NotesRequest } from './notes-api.js';

/** When sending happens: quiet time after the last keystroke, the longest wait while typing goes on, retry waits. */
export interface SendTiming {
  debounceMs: number;
  maxWaitMs: number;
  backoffMs: number[];
}

/** When the next send is due: `debounceMs` after the last keystroke, at most `maxWaitMs` after the first unsent one. */
export function sendDueAt(
  lastEditAt: number,
  firstEditAt: number | undefined,
  timing: Pick<SendTiming, 'debounceMs' | 'maxWaitMs'>,
): number {
  return Math.min(lastEditAt + timing.debounceMs, (firstEditAt ?? lastEditAt) + timing.maxWaitMs);
}

/** The wait before retry number `attempt` (0-based): the backoff list, its last entry repeated. */
export function retryDelay(backoffMs: readonly number[], attempt: number): number {
  return backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 1000;
}

/** What the sender needs from the engine around it. */
export interface SenderHost {
  /** The device store, once loaded. */
  outbox(): Outbox | undefined;
  request: NotesRequest;
  /** Settles once this tab's keystrokes are in the store (they go out with this send). */
  saved(): Promise<void>;
  /** The sender changed the store (bodies marked as sending, a refusal). */
  stored(change: OutboxWrite): void;
  /** The server confirmed `sent` for draft `id`; `change` is what was stored of it. */
  acknowledged(id: string, sent: PutNote, result: PutNoteResult, change: OutboxWrite): void;
  /** The server became reachable, or stopped being. */
  reachability(reachable: boolean): void;
}

/**
 * The sender loop, run by one engine of the browser at a time (the leader). Each round stores the bodies it is
 * about to send, then sends them with `PUT /api/notes/:id`; a request whose answer never came is sent again exactly
 * as it was before anything newer, so retries are idempotent. While the server cannot be reached it retries with
 * backoff, and at once when the browser says it is online again.
 */
export class NotesSender {
  private readonly inflight = new Set<string>();
  private reachable = true;
  private active = false;
  private stopped = false;
  private attempt = 0;
  private firstEditAt: number | undefined;
  private lastEditAt = 0;
  private flushing = false;
  private flushAgain = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: SenderHost,
    private readonly timing: SendTiming,
  ) {}

  /** True while a request waits for its answer. */
  get busy(): boolean {
    return this.inflight.size > 0;
  }

  /** Whether the last request reached the server. */
  get canReach(): boolean {
    return this.reachable;
  }

  /** Starts sending (this engine leads and its store is loaded): everything pending goes now. */
  start(): void {
    if (this.stopped) return;
    this.active = true;
    this.flush();
  }

  /** Stops timers; requests under way still store their answers. */
  stop(): void {
    this.stopped = true;
    this.active = false;
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
  }

  /** A keystroke was stored (in this tab or another): send after the pause. */
  edited(at = Date.now()): void {
    this.lastEditAt = at;
    this.firstEditAt ??= at;
    this.schedule();
  }

  /** Sends what is pending now (Enter ends a note: no reason to wait), unless the server is out of reach. */
  flushNow(): void {
    if (this.reachable) this.flush();
  }

  /** The browser is online again: send at once instead of waiting for the backoff. */
  online(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt = 0;
    this.flush();
  }

  private schedule(): void {
    if (!this.active) return;
    // While the server cannot be reached, the retry (with backoff) sends everything; typing does not hurry it.
    if (!this.reachable) return this.scheduleRetry();
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), Math.max(0, sendDueAt(this.lastEditAt, this.firstEditAt, this.timing) - Date.now()));
  }

  /** One round at a time: a round asked for while one runs follows it. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.firstEditAt = undefined;
    if (!this.active) return;
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    this.flushing = true;
    void this.round().finally(() => {
      this.flushing = false;
      if (this.flushAgain) {
        this.flushAgain = false;
        this.flush();
      }
    });
  }

  private async round(): Promise<void> {
    const outbox = this.host.outbox();
    if (!outbox) return;
    // This tab's last keystrokes go in this round.
    await this.host.saved();
    const inflight = new Set(this.inflight);
    let claim;
    try {
      claim = await outbox.update({ drafts: 'all' }, (s) => {
        const c = claimDrafts([...s.drafts.values()], inflight, Date.now());
        return { write: c.write, result: c };
      });
    } catch {
      return; // the store refused: the next round tries again
    }
    this.host.stored(claim.write);
    for (const { id, body } of claim.send) {
      if (this.inflight.has(id)) continue;
      this.inflight.add(id);
      void this.send(outbox, id, body);
    }
  }

  private async send(outbox: Outbox, id: string, body: PutNote): Promise<void> {
    let result: PutNoteResult;
    try {
      const res = await this.host.request('PUT', `/api/notes/${encodeURIComponent(id)}`, body);
      if (!res.ok) {
        if (isRetryable(res.status)) return this.unreachable(id);
        return await this.refused(outbox, id, await errorText(res));
      }
      result = (await res.json()) as PutNoteResult;
    } catch {
      return this.unreachable(id);
    }
    await this.acknowledge(outbox, id, body, result);
  }

  private async acknowledge(outbox: Outbox, id: string, sent: PutNote, result: PutNoteResult): Promise<void> {
    this.attempt = 0;
    this.setReachable(true);
    let change: OutboxWrite;
    try {
      change = await outbox.update({ drafts: [id] }, (s) => {
        const w = ackWrite(s.drafts.get(id), id, sent, result, Date.now());
        return { write: w, result: w };
      });
    } catch {
      // Not stored: the draft keeps its body and sends it again (the same body twice changes nothing).
      this.inflight.delete(id);
      return this.scheduleRetry();
    }
    this.inflight.delete(id);
    this.host.acknowledged(id, sent, result, change);
    // Typed on while it was sent: that goes next.
    if ((change.drafts ?? []).some((d) => d.settledAt === undefined)) this.schedule();
  }

  private async refused(outbox: Outbox, id: string, message: string): Promise<void> {
    this.setReachable(true);
    try {
      const change = await outbox.update({ drafts: [id] }, (s) => {
        const w = refusalWrite(s.drafts.get(id), message);
        return { write: w, result: w };
      });
      this.host.stored(change);
    } catch {
      // Not stored: shown as pending, and refused again on the next round.
    } finally {
      this.inflight.delete(id);
    }
  }

  private unreachable(id: string): void {
    this.inflight.delete(id);
    this.setReachable(false);
    this.scheduleRetry();
  }

  private setReachable(reachable: boolean): void {
    if (this.reachable === reachable) return;
    this.reachable = reachable;
    this.host.reachability(reachable);
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const delay = retryDelay(this.timing.backoffMs, this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
  }
}
