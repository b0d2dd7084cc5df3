/** The least a conversation needs for the clock: when it starts (UTC ISO) and how long it lasts. */
export interface TimedSlot {
  startsAt: string;
  durationMinutes: number;
}

/** Where the clock stands relative to the chosen conversation. */
export type SlotState = 'in-progress' | 'next' | 'ended';

/** The conversation to show now, and the minutes around it. */
export interface CurrentConversation<T extends TimedSlot> {
  conversation: T;
  /** Its index in the input array. */
  index: number;
  state: SlotState;
  /** Whole minutes until it ends, rounded up (the full length when it has not started, 0 when over). */
  minutesLeft: number;
  /** Whole minutes until it starts, rounded up (0 once started). */
  minutesUntilStart: number;
}

const MINUTE_MS = 60_000;

function startOf(slot: TimedSlot): number {
  return Date.parse(slot.startsAt);
}

function endOf(slot: TimedSlot): number {
  return startOf(slot) + slot.durationMinutes * MINUTE_MS;
}

/**
 * The conversation the clock points at: the one in progress (the latest started when slots overlap),
 * else the next to start, else the last to end. Null for no conversations. Input order does not matter.
 */
export function currentConversation<T extends TimedSlot>(
  conversations: readonly T[],
  now: Date | number | string,
): CurrentConversation<T> | null {
  const at = typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : now.getTime();
  const slots = conversations.map((conversation, index) => ({
    conversation,
    index,
    start: startOf(conversation),
    end: endOf(conversation),
  }));
  if (slots.length === 0) return null;

  const running = slots.filter((s) => s.start <= at && at < s.end).sort((a, b) => b.start - a.start || a.index - b.index)[0];
  if (running) {
    return {
      conversation: running.conversation,
      index: running.index,
      state: 'in-progress',
      minutesLeft: Math.ceil((running.end - at) / MINUTE_MS),
      minutesUntilStart: 0,
    };
  }
  const next = slots.filter((s) => s.start > at).sort((a, b) => a.start - b.start || a.index - b.index)[0];
  if (next) {
    return {
      conversation: next.conversation,
      index: next.index,
      state: 'next',
      minutesLeft: next.conversation.durationMinutes,
      minutesUntilStart: Math.ceil((next.start - at) / MINUTE_MS),
    };
  }
  const last = [...slots].sort((a, b) => b.end - a.end || b.start - a.start || b.index - a.index)[0]!;
  return { conversation: last.conversation, index: last.index, state: 'ended', minutesLeft: 0, minutesUntilStart: 0 };
}

/** Conversations sorted by start (ties keep their given order). */
export function sortByStart<T extends TimedSlot>(conversations: readonly T[]): T[] {
  return conversations
    .map((c, i) => ({ c, i, start: startOf(c) }))
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map((x) => x.c);
}
