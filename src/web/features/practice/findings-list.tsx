import { Badge } from '../../components/ui/badge.js';
import type { Finding, Severity } from '../../../core/coach/index.js';
import { isInline, orderFindings } from './highlight.js';

const TONE: Record<Severity, 'neutral' | 'warn' | 'danger'> = { info: 'neutral', warning: 'warn', problem: 'danger' };
const SEVERITY_LABEL: Record<Severity, string> = { info: 'Hint', warning: 'Worth fixing', problem: 'Would hurt' };

/** Every finding with its message and suggestion; the ones about specific words select them in the text. */
export function FindingsList({ findings, text, onSelect }: { findings: readonly Finding[]; text: string; onSelect: (f: Finding) => void }) {
  if (findings.length === 0) {
    return (
      <section aria-label="Coach feedback" className="rounded-lg border border-line bg-ok-soft p-3 text-sm text-ok" data-testid="coach-clean">
        {text.trim() ? 'The coach has nothing to flag.' : 'Start typing: the coach checks your answer as you write, on this device.'}
      </section>
    );
  }
  return (
    <section aria-label="Coach feedback">
      <h3 className="sr-only">Coach feedback</h3>
      <ul className="flex flex-col gap-2">
        {orderFindings(findings).map((f) => {
          const words = text.slice(f.start, f.end);
          const inline = isInline(f, text.length);
          return (
            <li key={`${f.code}-${f.start}-${f.end}`} data-code={f.code} className="rounded-lg border border-line bg-surface p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={TONE[f.severity]}>{SEVERITY_LABEL[f.severity]}</Badge>
                <span className="font-mono text-xs text-muted">{f.code}</span>
                {inline && (
                  <button type="button" onClick={() => onSelect(f)} className="ml-auto rounded text-xs font-medium text-accent underline-offset-2 hover:underline">
                    Show “{words.length > 40 ? `${words.slice(0, 40)}…` : words}” in the text
                  </button>
                )}
              </div>
              <p className="mt-1 font-medium">{f.message}</p>
              <p className="text-muted">{f.suggestion}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
