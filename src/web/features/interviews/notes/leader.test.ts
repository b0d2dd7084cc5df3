import { describe, expect, it, vi } from 'vitest';
import { electLeader } from './leader.js';
import { testLocks } from './test-locks.js';
import { openTabChannel, type TabMessage } from './tab-channel.js';
import { eventually } from '../../../../../test/support/eventually.js';

describe('electing the engine that sends', () => {
  it('leads at once without a lock manager', () => {
    const onLead = vi.fn();
    const l = electLeader(null, onLead);
    expect(onLead).toHaveBeenCalledOnce();
    expect(l.leading).toBe(true);
  });

  it('lets one engine lead at a time; the next waiting one takes over when it lets go, in the order asked', async () => {
    const locks = testLocks();
    const led: string[] = [];
    const a = electLeader(locks, () => led.push('a'), 'test-lock');
    const b = electLeader(locks, () => led.push('b'), 'test-lock');
    const c = electLeader(locks, () => led.push('c'), 'test-lock');
    await eventually(() => expect(led).toEqual(['a']));
    expect([a.leading, b.leading, c.leading]).toEqual([true, false, false]);
    // b stops waiting (its tab closed before its turn): it never leads.
    b.release();
    a.release();
    await eventually(() => expect(led).toEqual(['a', 'c']));
    expect([a.leading, b.leading, c.leading]).toEqual([false, false, true]);
    c.release();
    await eventually(() => expect(locks.holders('test-lock')).toBe(0));
  });
});

describe('the channel between tabs', () => {
  it("carries each engine's messages to the others (not back to itself), and ignores anything else", async () => {
    const heardA: TabMessage[] = [];
    const heardB: TabMessage[] = [];
    const a = openTabChannel('offerbook-notes-channel-test', (m) => heardA.push(m));
    const b = openTabChannel('offerbook-notes-channel-test', (m) => heardB.push(m));
    try {
      a.post({ type: 'state', reachable: false });
      const stray = new BroadcastChannel('offerbook-notes-channel-test');
      stray.postMessage({ type: 'something else' });
      stray.postMessage('not even an object');
      stray.close();
      b.post({ type: 'flush' });
      await eventually(() => expect(heardB).toEqual([{ type: 'state', reachable: false }]));
      await eventually(() => expect(heardA).toEqual([{ type: 'flush' }]));
    } finally {
      a.close();
      b.close();
    }
    // Closed: posting changes nothing and throws nothing.
    a.post({ type: 'hello' });
  });

  it('is a quiet stand-in when there is no channel to open', () => {
    const none = openTabChannel(null, () => undefined);
    expect(none.open).toBe(false);
    none.post({ type: 'hello' });
    none.close();
  });
});
