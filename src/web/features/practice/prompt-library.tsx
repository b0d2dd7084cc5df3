import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Badge } from '../../components/ui/badge.js';
import { buttonClass } from '../../components/ui/button.js';
import type { LibraryGroup } from './model.js';

/** The standard questions grouped by kind; each shows what it probes, its target length and your progress. */
export function PromptLibrary({ groups }: { groups: LibraryGroup[] }) {
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <section aria-labelledby="library-h" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="library-h" className="text-lg font-semibold">
          Standard questions
        </h2>
        {picked.length > 0 && (
          <Link to="/practice/rehearse" search={{ prompts: picked.join(',') }} className={buttonClass('primary', 'sm')}>
            Rehearse {picked.length} picked
          </Link>
        )}
      </div>
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`}>
          <h3 id={`cat-${g.category}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">
            {g.label}
          </h3>
          <ul className="flex flex-col gap-2">
            {g.rows.map(({ prompt, answer, lastRehearsal }) => (
              <li key={prompt.id} data-prompt={prompt.id} className="flex gap-3 rounded-xl border border-line bg-surface p-3">
                <input
                  type="checkbox"
                  checked={picked.includes(prompt.id)}
                  onChange={() => toggle(prompt.id)}
                  aria-label={`Pick “${prompt.text}” for rehearsal`}
                  className="mt-1.5 size-4 shrink-0"
                />
                <div className="min-w-0 flex-1">
                  <Link
                    to="/practice/$promptId"
                    params={{ promptId: prompt.id }}
                    className="font-medium text-accent underline-offset-2 hover:underline"
                  >
                    {prompt.text}
                  </Link>
                  <p className="text-sm text-muted">{prompt.intent}</p>
                  <div className="mt-1 flex flex-wrap gap-1.5">
                    <Badge>
                      {prompt.targetSeconds.min}–{prompt.targetSeconds.max} s
                    </Badge>
                    {answer ? <Badge tone="ok">Answer ready · score {answer.score}</Badge> : <Badge tone="warn">No answer yet</Badge>}
                    {lastRehearsal && <Badge tone="accent">Last rehearsal {lastRehearsal.selfRating}/5</Badge>}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
