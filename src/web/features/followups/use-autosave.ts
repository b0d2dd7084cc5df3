import { useCallback, useEffect, useRef, useState } from 'react';

/** Where an autosaved text stands. */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'error';

interface Options {
  /** localStorage key of the unsaved copy (kept until the server has it). */
  storageKey: string;
  /** The server's current text. Adopted while the user has no unsaved change. */
  serverValue: string;
  save: (value: string) => Promise<unknown>;
  delayMs?: number;
}

function readBackup(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeBackup(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or a full disk: the debounced save still runs.
  }
}

/**
 * A text that saves itself while the user types (debounced, and at once on blur or unmount) and is
 * never lost: every keystroke is also kept in localStorage until the server confirms, and an
 * unsaved copy found there on load (after a crash, or the server being down) is restored and sent.
 */
export function useAutosave({ storageKey, serverValue, save, delayMs = 700 }: Options) {
  const [value, setValueState] = useState(() => readBackup(storageKey) ?? serverValue);
  const [status, setStatus] = useState<AutosaveStatus>(() => (readBackup(storageKey) !== null ? 'pending' : 'saved'));
  const latest = useRef(value);
  const dirty = useRef(readBackup(storageKey) !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    const sent = latest.current;
    setStatus('saving');
    try {
      await saveRef.current(sent);
      if (latest.current === sent) {
        dirty.current = false;
        writeBackup(storageKey, null);
        setStatus('saved');
      }
    } catch {
      setStatus('error');
      // Try again a little later; the copy stays in localStorage meanwhile.
      timer.current = setTimeout(() => void flush(), 5_000);
    }
  }, [storageKey]);

  const setValue = useCallback(
    (next: string) => {
      latest.current = next;
      dirty.current = true;
      setValueState(next);
      writeBackup(storageKey, next);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, storageKey],
  );

  // A server change (a new tone, a reset) replaces the text only while the user has nothing unsaved.
  useEffect(() => {
    if (dirty.current || latest.current === serverValue) return;
    latest.current = serverValue;
    setValueState(serverValue);
  }, [serverValue]);

  // An unsaved copy from an earlier visit goes to the server now; pending text is saved on the way out.
  useEffect(() => {
    if (dirty.current) void flush();
    return () => {
      if (dirty.current) void flush();
    };
  }, [flush]);

  return { value, setValue, status, flush };
}
