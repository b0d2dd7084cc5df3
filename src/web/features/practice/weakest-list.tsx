import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useWeakest } from './queries.js';

/** The prompts most worth practising now, weakest first, with a one-click rehearsal of all of them. */
export function WeakestList({ opportunityId, title }: { opportunityId?: string; title: string }) {
  const q = useWeakest(opportunityId, 5);
  const headingId = opportunityId ? 'weakest-opp-h' : 'weakest-h';
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-line bg-surface p-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {q.data && q.data.length > 0 && (
          <Link
            to="/practice/rehearse"
            search={{ prompts: q.data.map((w) => w.prompt.id).join(','), ...(opportunityId ? { opportunity: opportunityId } : {}) }}
            className={buttonClass('primary', 'sm')}
          >
            Rehearse these {q.data.length}
          </Link>
        )}
      </div>
      {q.isPending ? (
        <Loading label="Finding your weakest questions…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {q.data.map((w) => (
            <li key={w.prompt.id} className="flex flex-col gap-0.5">
              <Link
                to="/practice/$promptId"
                params={{ promptId: w.prompt.id }}
                search={opportunityId ? { opportunity: opportunityId } : {}}
                className="font-medium text-accent underline-offset-2 hover:underline"
              >
                {w.prompt.text}
              </Link>
              <span className="text-muted">
                {w.reason}
                {w.averageRating !== null ? ` · average rating ${w.averageRating.toFixed(1)}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
