import type { ReactNode } from 'react';
import clsx from 'clsx';

type Tone = 'neutral' | 'accent' | 'warn' | 'danger' | 'ok';
const tones: Record<Tone, string> = {
  neutral: 'bg-bg text-muted border-line-strong',
  accent: 'bg-accent-soft text-accent border-transparent',
  warn: 'bg-warn-soft text-warn border-warn',
  danger: 'bg-danger-soft text-danger border-danger',
  ok: 'bg-ok-soft text-ok border-transparent',
};

/** A small pill of text for stages, due dates and counts. */
export function Badge({ tone = 'neutral', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span className={clsx('inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium', tones[tone], className)}>
      {children}
    </span>
  );
}
