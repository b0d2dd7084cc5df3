import { useEffect, useState } from 'react';

/** The current time in milliseconds, refreshed every `everyMs` (the interview clock and slot timing read it). */
export function useNow(everyMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
