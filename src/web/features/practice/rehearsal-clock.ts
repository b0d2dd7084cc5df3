import { useEffect, useRef, useState } from 'react';

/** Where an attempt is: choosing, thinking, speaking, or writing down what was said. */
export type Phase = 'ready' | 'think' | 'speak' | 'review';

/** How the running time compares with the target, for the timer's colour and its spoken label. */
export function paceLabel(elapsed: number, target: { min: number; max: number }): { tone: 'muted' | 'ok' | 'danger'; text: string } {
  if (elapsed < target.min) return { tone: 'muted', text: `keep going: aim for at least ${target.min} s` };
  if (elapsed <= target.max) return { tone: 'ok', text: 'within the target' };
  return { tone: 'danger', text: 'past the target: wrap up' };
}

/** Seconds since `running` became true, ticking four times a second; frozen when it stops. */
export function useElapsed(running: boolean): number {
  const startedAt = useRef(0);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    startedAt.current = performance.now();
    setElapsed(0);
    const t = setInterval(() => setElapsed((performance.now() - startedAt.current) / 1000), 250);
    return () => clearInterval(t);
  }, [running]);
  return elapsed;
}
