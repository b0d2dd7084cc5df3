import { useState } from 'react';
import clsx from 'clsx';
import { Hourglass } from 'lucide-react';

/**
 * Shown when at most five minutes of the conversation remain: say you want the job and ask about doubts. A compact
 * bar in the pinned top of interview mode, so it never moves the note box.
 */
export function ClosingBanner({ minutesLeft, closingLine, who }: { minutesLeft: number; closingLine: string; who: string | null }) {
  // Three lines by default (the bar stays small above the note box); a tap shows the whole line.
  const [whole, setWhole] = useState(false);
  return (
    <section
      aria-labelledby="closing-now-h"
      className="rounded-lg border-2 border-accent bg-accent-soft px-3 py-2"
      data-testid="closing-prompt"
    >
      <h2 id="closing-now-h" className="flex items-center gap-2 text-sm font-semibold text-accent">
        <Hourglass size={16} aria-hidden="true" className="shrink-0" />
        <span>
          {minutesLeft <= 1 ? 'About a minute left' : `About ${minutesLeft} minutes left`}
          {who ? ` with ${who}` : ''}: time to close
        </span>
      </h2>
      <button
        type="button"
        aria-expanded={whole}
        onClick={() => setWhole((w) => !w)}
        className="mt-1 block w-full text-left"
        title={whole ? 'Show less' : 'Show the whole line'}
      >
        <span className={clsx('block text-base leading-snug', !whole && 'line-clamp-3')}>{closingLine}</span>
      </button>
      <p className="mt-1 text-sm text-muted max-lg:sr-only">
        Then ask whether anything might hold them back, and note each concern with a line starting “!”.
      </p>
    </section>
  );
}
