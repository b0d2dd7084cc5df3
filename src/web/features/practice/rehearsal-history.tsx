import { Badge } from '../../components/ui/badge.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { formatInstant } from '../../lib/dates.js';
import { formatSeconds } from './highlight.js';
import { useRehearsals } from './queries.js';

/** Past attempts at one prompt, newest first: rating, time, coach score and the note. */
export function RehearsalHistory({ promptId, opportunityId }: { promptId: string; opportunityId: string | undefined }) {
  const q = useRehearsals({ promptId, opportunityId });
  return (
    <section aria-labelledby="history-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="history-h" className="mb-3 text-base font-semibold">
        Rehearsal history
      </h2>
      {q.isPending ? (
        <Loading label="Loading rehearsals…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <p className="text-sm text-muted">No rehearsals yet.</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {q.data.map((r) => (
            <li key={r.id} className="rounded-lg border border-line p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-muted">{formatInstant(r.createdAt)}</span>
                <Badge tone="accent">Rated {r.selfRating} of 5</Badge>
                <span>{formatSeconds(r.durationSeconds)} spoken</span>
                <Badge tone={r.score >= 80 ? 'ok' : r.score >= 50 ? 'warn' : 'danger'}>Score {r.score}</Badge>
                {r.wordsPerMinute !== null && <span className="text-muted">{Math.round(r.wordsPerMinute)} words a minute</span>}
              </div>
              {r.note && <p className="mt-1">{r.note}</p>}
              {r.answerText && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-muted">What you said</summary>
                  <p className="mt-1 whitespace-pre-wrap">{r.answerText}</p>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
