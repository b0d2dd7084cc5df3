import { useEffect, useState } from 'react';

/**
 * Runs `task` once the page has nothing more urgent to do (the browser's idle callback, or a
 * second later where there is none); returns a cancel. Work nobody waits for goes here, so the
 * first records reach the screen before it.
 */
export function whenIdle(task: () => void, fallbackMs = 1000): () => void {
  if (typeof window !== 'undefined' && 'requestIdleCallback' in window) {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(task, fallbackMs);
  return () => clearTimeout(timer);
}

/** False until the page has first been idle, then true. */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}
