import { Hourglass } from 'lucide-react';

/** Shown when at most five minutes of the conversation remain: say you want the job and ask about doubts. */
export function ClosingBanner({ minutesLeft, closingLine, who }: { minutesLeft: number; closingLine: string; who: string | null }) {
  return (
    <section aria-labelledby="closing-now-h" className="rounded-xl border-2 border-accent bg-accent-soft p-5" data-testid="closing-prompt">
      <h2 id="closing-now-h" className="flex items-center gap-2 text-base font-semibold text-accent">
        <Hourglass size={18} aria-hidden="true" />
        {minutesLeft <= 1 ? 'About a minute left' : `About ${minutesLeft} minutes left`}
        {who ? ` with ${who}` : ''}: time to close
      </h2>
      <p className="mt-2 text-lg leading-relaxed">{closingLine}</p>
      <p className="mt-2 text-sm text-muted">Then ask whether anything might hold them back, and note each concern with a line starting “!”.</p>
    </section>
  );
}
