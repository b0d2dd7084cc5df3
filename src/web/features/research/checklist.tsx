import { CheckCircle2, Circle } from 'lucide-react';
import clsx from 'clsx';
import { coverageText } from './model.js';
import type { Research } from '../../../contracts/research.js';
import type { FactTopic } from '../../../core/research/index.js';

/** The research checklist: each topic known or a gap, with where to look; gaps stand out. */
export function Checklist({ checklist, onPick }: { checklist: Research['checklist']; onPick?: (topic: FactTopic) => void }) {
  const pct = Math.round(checklist.coverage * 100);
  return (
    <section aria-labelledby="checklist-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="checklist-h" className="text-base font-semibold">
        Research checklist
      </h2>
      <p className="mt-1 text-sm text-muted">{coverageText(checklist)}</p>
      <div className="mt-3 h-2 overflow-hidden rounded-full bg-bg" aria-hidden="true">
        <div className="h-full rounded-full bg-accent" style={{ width: `${pct}%` }} />
      </div>
      <ul className="mt-4 space-y-2" aria-label="Topics">
        {checklist.items.map((i) => (
          <li
            key={i.topic}
            data-topic={i.topic}
            data-gap={i.gap ? 'true' : 'false'}
            className={clsx('flex gap-2 rounded-lg px-2 py-1.5 text-sm', i.gap && 'bg-warn-soft')}
          >
            {i.gap || i.known === 0 ? (
              <Circle size={16} aria-hidden="true" className={clsx('mt-0.5 shrink-0', i.gap ? 'text-warn' : 'text-muted')} />
            ) : (
              <CheckCircle2 size={16} aria-hidden="true" className="mt-0.5 shrink-0 text-ok" />
            )}
            <div className="min-w-0">
              <p className={clsx(i.gap ? 'font-semibold text-warn' : 'text-fg')}>
                {onPick ? (
                  <button
                    type="button"
                    className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                    onClick={() => onPick(i.topic)}
                  >
                    {i.label}
                    <span className="sr-only">: add a fact on this topic</span>
                  </button>
                ) : (
                  i.label
                )}
                <span className="font-normal text-muted">
                  {' · '}
                  {i.gap ? 'gap' : i.known === 0 ? 'nothing noted' : `${i.known} ${i.known === 1 ? 'fact' : 'facts'}`}
                </span>
              </p>
              {i.gap && <p className="text-xs text-fg">{i.hint}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
