import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerWhenQuiet } from './update-gate.js';

describe('a new version of the app waits until no note is being written', () => {
  afterEach(() => vi.useRealTimers());

  it('is offered at once when nothing is being written', () => {
    const offer = vi.fn();
    offerWhenQuiet(() => false, offer, 2000);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('waits while a note is written, then is offered once', () => {
    vi.useFakeTimers();
    let writing = true;
    const offer = vi.fn();
    offerWhenQuiet(() => writing, offer, 2000);
    vi.advanceTimersByTime(10_000);
    expect(offer).not.toHaveBeenCalled();
    writing = false;
    vi.advanceTimersByTime(2000);
    expect(offer).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(offer).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when told to', () => {
    vi.useFakeTimers();
    let writing = true;
    const offer = vi.fn();
    const stop = offerWhenQuiet(() => writing, offer, 2000);
    stop();
    writing = false;
    vi.advanceTimersByTime(10_000);
    expect(offer).not.toHaveBeenCalled();
  });
});
