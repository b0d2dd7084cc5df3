import type { LockManagerLike } from './leader.js';

/**
 * TEST DOUBLE OF `navigator.locks` (Node has no Web Locks): exclusive locks by name, granted in the order asked,
 * held until the holder's promise settles; a waiter whose signal aborts leaves the queue (its request rejects).
 * Browsers' own locks are exercised by the notes journey.
 */
export function testLocks(): LockManagerLike & { holders(name: string): number } {
  const queues = new Map<string, { grant: () => void }[]>();
  const held = new Set<string>();
  const next = (name: string) => {
    if (held.has(name)) return;
    const waiter = queues.get(name)?.shift();
    if (!waiter) return;
    held.add(name);
    waiter.grant();
  };
  return {
    holders: (name) => (held.has(name) ? 1 : 0),
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        const waiter = {
          grant: () => {
            Promise.resolve()
              .then(() => callback({ name }))
              .then(resolve, reject)
              .finally(() => {
                held.delete(name);
                next(name);
              });
          },
        };
        signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiter);
          if (at < 0) return;
          queue.splice(at, 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
        queue.push(waiter);
        next(name);
      });
    },
  };
}
