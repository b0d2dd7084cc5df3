// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useAutosave } from './use-autosave.js';

const KEY = 'offerbook:follow-up:test:draft';

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('saves once after typing pauses, keeping a local copy until the server has it', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave({ storageKey: KEY, serverValue: 'Hello', save, delayMs: 500 }));
    act(() => result.current.setValue('Hello M'));
    act(() => result.current.setValue('Hello Maria'));
    expect(localStorage.getItem(KEY)).toBe('Hello Maria');
    expect(result.current.status).toBe('pending');
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hello Maria');
    expect(result.current.status).toBe('saved');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the text and retries when the save fails', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('server down')).mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave({ storageKey: KEY, serverValue: '', save, delayMs: 100 }));
    act(() => result.current.setValue('Never lose this'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(result.current.status).toBe('error');
    expect(localStorage.getItem(KEY)).toBe('Never lose this');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('saved');
    expect(result.current.value).toBe('Never lose this');
  });

  it('restores an unsaved copy found on load and sends it', async () => {
    localStorage.setItem(KEY, 'Typed before the crash');
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave({ storageKey: KEY, serverValue: 'Old server text', save }));
    expect(result.current.value).toBe('Typed before the crash');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(save).toHaveBeenCalledWith('Typed before the crash');
  });

  it('adopts a new server text only while nothing is unsaved', async () => {
    let resolveSave: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((r) => (resolveSave = r)));
    const { result, rerender } = renderHook(({ server }) => useAutosave({ storageKey: KEY, serverValue: server, save, delayMs: 100 }), {
      initialProps: { server: 'Warm draft' },
    });
    rerender({ server: 'Formal draft' });
    expect(result.current.value).toBe('Formal draft');
    act(() => result.current.setValue('My words'));
    rerender({ server: 'Brief draft' });
    expect(result.current.value).toBe('My words');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
      resolveSave();
    });
    expect(result.current.status).toBe('saved');
  });

  it('saves pending text at once when flushed (on blur)', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave({ storageKey: KEY, serverValue: '', save, delayMs: 10_000 }));
    act(() => result.current.setValue('Quick edit'));
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenCalledWith('Quick edit');
  });
});
