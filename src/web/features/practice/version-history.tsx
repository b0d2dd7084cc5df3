import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { formatInstant } from '../../lib/dates.js';
import { useAnswer } from './queries.js';

/** Saved versions of an answer, newest first; any one can be read and copied back into the editor. */
export function VersionHistory({ answerId, onRestore }: { answerId: string; onRestore: (text: string) => void }) {
  const q = useAnswer(answerId);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="versions-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="versions-h" className="mb-3 text-base font-semibold">
        Versions
      </h2>
      {q.isPending ? (
        <Loading label="Loading versions…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ol className="flex flex-col gap-2">
          {q.data.versions.map((v, i) => (
            <li key={v.id} className="rounded-lg border border-line p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">Version {v.number}</span>
                {i === 0 && <Badge tone="accent">Latest</Badge>}
                <span className="text-muted">{formatInstant(v.createdAt)}</span>
                <Badge tone={v.score >= 80 ? 'ok' : v.score >= 50 ? 'warn' : 'danger'}>Score {v.score}</Badge>
                <span className="ml-auto flex gap-2">
                  <Button size="sm" variant="ghost" aria-expanded={open === v.id} onClick={() => setOpen(open === v.id ? null : v.id)}>
                    {open === v.id ? 'Hide' : 'View'}
                    <span className="sr-only"> version {v.number}</span>
                  </Button>
                  {i > 0 && (
                    <Button size="sm" variant="secondary" onClick={() => onRestore(v.text)}>
                      Restore<span className="sr-only"> version {v.number}</span>
                    </Button>
                  )}
                </span>
              </div>
              {v.note && <p className="mt-1 text-muted">{v.note}</p>}
              {open === v.id && <p className="mt-2 whitespace-pre-wrap rounded-md bg-bg p-3">{v.text}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-xs text-muted">Restoring copies an older version into the editor; save it to make it the latest.</p>
    </section>
  );
}
