import { Badge } from '../../components/ui/badge.js';
import type { Finding, FindingGroup, Severity, Strength } from '../../../core/coach/index.js';
import { isInline } from './highlight.js';

const TONE: Record<Severity, 'neutral' | 'warn' | 'danger'> = { info: 'neutral', warning: 'warn', problem: 'danger' };
const SEVERITY_LABEL: Record<Severity, string> = { info: 'Hint', warning: 'Worth fixing', problem: 'Would hurt' };

function ShowButton({ f, text, onSelect }: { f: Finding; text: string; onSelect: (f: Finding) => void }) {
  if (!isInline(f, text.length)) return null;
  const words = text.slice(f.start, f.end);
  return (
    <button
      type="button"
      onClick={() => onSelect(f)}
      className="rounded text-xs font-medium text-accent underline-offset-2 hover:underline"
    >
      Show “{words.length > 40 ? `${words.slice(0, 40)}…` : words}” in the text
    </button>
  );
}

/** What the answer does well, one line each. */
function Strengths({ strengths }: { strengths: readonly Strength[] }) {
  if (strengths.length === 0) return null;
  return (
    <section aria-label="What works" className="rounded-lg border border-line bg-ok-soft p-3 text-sm">
      <h3 className="font-medium text-ok">What works</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {strengths.map((s) => (
          <li key={s.id} data-strength={s.id}>
            <span aria-hidden="true">✓ </span>
            {s.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The coach's feedback as cards, one per kind of finding, the worst first, under plain names; fillers
 * are one card with the count and the words. Cards about specific words select them in the text.
 * What the answer does well comes after.
 */
export function FindingsList({
  groups,
  strengths,
  text,
  onSelect,
}: {
  groups: readonly FindingGroup[];
  strengths: readonly Strength[];
  text: string;
  onSelect: (f: Finding) => void;
}) {
  if (groups.length === 0) {
    return (
      <div className="flex flex-col gap-2">
        <section
          aria-label="Coach feedback"
          className="rounded-lg border border-line bg-ok-soft p-3 text-sm text-ok"
          data-testid="coach-clean"
        >
          {text.trim() ? 'The coach has nothing to flag.' : 'Start typing: the coach checks your answer as you write, on this device.'}
        </section>
        {text.trim() ? <Strengths strengths={strengths} /> : null}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <section aria-label="Coach feedback">
        <h3 className="sr-only">Coach feedback</h3>
        <ul className="flex flex-col gap-2">
          {groups.map((g) => {
            const first = g.findings[0]!;
            const fillers = g.code === 'filler-words';
            const more = fillers ? [] : g.findings.slice(1);
            return (
              <li key={g.code} data-code={g.code} className="rounded-lg border border-line bg-surface p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONE[g.severity]}>{SEVERITY_LABEL[g.severity]}</Badge>
                  <h4 className="font-semibold">{g.label}</h4>
                  {g.findings.length > 1 && <span className="text-xs text-muted">×{g.findings.length}</span>}
                  <span className="ml-auto">
                    <ShowButton f={first} text={text} onSelect={onSelect} />
                  </span>
                </div>
                <p className="mt-1 font-medium">{fillers ? g.summary : first.message}</p>
                {more.length > 0 && (
                  <ul className="mt-1 flex flex-col gap-1">
                    {more.map((f) => (
                      <li key={`${f.start}-${f.end}`} className="flex flex-wrap items-center gap-2">
                        <span>{f.message}</span>
                        <ShowButton f={f} text={text} onSelect={onSelect} />
                      </li>
                    ))}
                  </ul>
                )}
                <p className="text-muted">{g.suggestion}</p>
              </li>
            );
          })}
        </ul>
      </section>
      <Strengths strengths={strengths} />
    </div>
  );
}
