/**
 * Writes of the interview day other than notes (ticking a planned question, the checklist, housekeeping,
 * concerns), kept in the notes' device store (the outbox) until the server has them, and sent by the same leader.
 *
 * The rules, like the notes':
 * - never lost: a write is stored on the device before it is sent, and leaves the store only when the server
 *   confirmed that very write, or refused it (then it stays, with the reason, until it is changed or dismissed);
 * - no overwrite: a write changes only what the user changed (one field of one thing: `key` names it), so a change
 *   made elsewhere to anything else survives; a second change of the same thing on this device replaces the first
 *   before it goes (the user's last word), and a confirmation of the first never removes the second.
 */
export interface QueuedWrite {
  /** What is changed, e.g. `plan-item:<id>:asked`: one queued write per key. */
  key: string;
  /** The interview whose day it belongs to (which engine shows it). */
  interviewId: string;
  method: 'PATCH' | 'PUT' | 'POST';
  /** The API path, e.g. `/api/question-plan-items/<id>`. */
  url: string;
  body: unknown;
  /** When the user made the change (ms); tells two writes of one key apart. */
  queuedAt: number;
  /** The server refused it, and said why. */
  failure?: string | null;
}

/** The write that ticks or unticks a planned question (only `asked` changes). */
export function askedWrite(interviewId: string, itemId: string, asked: boolean, at = Date.now()): QueuedWrite {
  return {
    key: `plan-item:${itemId}:asked`,
    interviewId,
    method: 'PATCH',
    url: `/api/question-plan-items/${encodeURIComponent(itemId)}`,
    body: { asked },
    queuedAt: at,
    failure: null,
  };
}

/** The write that ticks or unticks one checklist item of an interview (only that item's `done` changes). */
export function checklistWrite(interviewId: string, itemId: string, done: boolean, at = Date.now()): QueuedWrite {
  return {
    key: `checklist:${interviewId}:${itemId}`,
    interviewId,
    method: 'PATCH',
    url: `/api/interviews/${encodeURIComponent(interviewId)}/checklist/${encodeURIComponent(itemId)}`,
    body: { done },
    queuedAt: at,
    failure: null,
  };
}

/** The write that sets one housekeeping answer of an opportunity (only that answer changes). */
export function housekeepingWrite(interviewId: string, opportunityId: string, field: string, value: unknown, at = Date.now()): QueuedWrite {
  return {
    key: `housekeeping:${opportunityId}:${field}`,
    interviewId,
    method: 'PUT',
    url: `/api/opportunities/${encodeURIComponent(opportunityId)}/housekeeping`,
    body: { [field]: value },
    queuedAt: at,
    failure: null,
  };
}

/** What a queued concern change sets: whether (and how) it was addressed, or who raised it. */
export type ConcernChange = { status: 'open' | 'addressed'; howAddressed?: string } | { raisedByPersonId: string | null };

/** The write that changes one concern: its addressed state (status with how) or who raised it, nothing else. */
export function concernWrite(interviewId: string, concernId: string, change: ConcernChange, at = Date.now()): QueuedWrite {
  const field = 'status' in change ? 'addressed' : 'raised-by';
  return {
    key: `concern:${concernId}:${field}`,
    interviewId,
    method: 'PATCH',
    url: `/api/concerns/${encodeURIComponent(concernId)}`,
    body: change,
    queuedAt: at,
    failure: null,
  };
}

/** A thing as this device has it: the last read copy with the queued changes of `keys` laid over it. */
export function withQueued<T extends object>(value: T, waiting: ReadonlyMap<string, QueuedWrite>, keys: readonly string[]): T {
  let shown = value;
  for (const key of keys) {
    const w = waiting.get(key);
    if (w && !w.failure && typeof w.body === 'object' && w.body !== null) shown = { ...shown, ...(w.body as Partial<T>) };
  }
  return shown;
}

/**
 * What to store when the server answered write `sent`: the stored write goes only when it is the one that was sent
 * (a newer change of the same thing stays, to be sent next); a refusal keeps it with the reason.
 */
export function settleQueued(
  stored: QueuedWrite | undefined,
  sent: QueuedWrite,
  refusal: string | null,
): { put?: QueuedWrite; remove?: string } {
  if (!stored || stored.queuedAt !== sent.queuedAt) return {};
  if (refusal !== null) return { put: { ...stored, failure: refusal } };
  return { remove: stored.key };
}

/** The writes to send now, oldest first (the user's order); refused ones wait for a change. */
export function writesToSend(stored: readonly QueuedWrite[], inflight: ReadonlySet<string>): QueuedWrite[] {
  return stored.filter((w) => !w.failure && !inflight.has(w.key)).sort((a, b) => a.queuedAt - b.queuedAt);
}
