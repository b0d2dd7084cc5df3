import { vi } from 'vitest';

/**
 * `vi.waitFor` with room for a loaded machine: its default second is too short when the test
 * shares two cores with a browser journey, and a late state is not a wrong one. At least 5 s.
 */
export function eventually<T>(check: () => T | Promise<T>, options: { timeout?: number; interval?: number } = {}): Promise<T> {
  return vi.waitFor(check, { interval: options.interval ?? 20, timeout: Math.max(5_000, options.timeout ?? 0) });
}
