/** The BroadcastChannel the notes engines of one browser talk on. */
export const NOTES_CHANNEL = 'offerbook-notes';

/**
 * What the engines of one browser tell each other (each engine has its own channel object, so engines in the same
 * tab hear each other too):
 * - `drafts`: keystrokes were stored on the device (the leader schedules a send);
 * - `flush`: a note was finished (Enter): the leader sends now;
 * - `changed`: the sender changed the device store (sent, confirmed, refused) or a server list was read; `ack`
 *   names what the server confirmed;
 * - `state`: the leader can reach the server or not (for everyone's status line);
 * - `hello`: an engine started and would like the leader's `state`.
 */
export type TabMessage =
  | { type: 'drafts' }
  | { type: 'flush' }
  | { type: 'changed'; ack?: { ids: string[]; interviewIds: string[]; touchedConcern: boolean } }
  | { type: 'state'; reachable: boolean }
  | { type: 'hello' };

const TYPES = new Set(['drafts', 'flush', 'changed', 'state', 'hello']);

function isTabMessage(data: unknown): data is TabMessage {
  return typeof data === 'object' && data !== null && TYPES.has((data as { type?: unknown }).type as string);
}

/** One engine's end of the channel. */
export interface TabChannel {
  /** False when the browser has no BroadcastChannel (nothing is heard or told). */
  readonly open: boolean;
  post(message: TabMessage): void;
  close(): void;
}

/** Opens the engine's end of the channel (`name` null: none, for an engine alone). */
export function openTabChannel(name: string | null, onMessage: (message: TabMessage) => void): TabChannel {
  if (name === null || typeof BroadcastChannel === 'undefined') return { open: false, post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (e: MessageEvent) => {
    if (isTabMessage(e.data)) onMessage(e.data);
  };
  // Node's channel would keep a test process alive; a page's has no such method.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  let closed = false;
  return {
    open: true,
    post(message) {
      if (closed) return;
      try {
        channel.postMessage(message);
      } catch {
        // Closed under us: nobody to tell.
      }
    },
    close() {
      closed = true;
      channel.close();
    },
  };
}
