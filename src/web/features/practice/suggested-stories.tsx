import { Link } from '@tanstack/react-router';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useStorySuggestions } from './queries.js';

/** The user's stories that fit this prompt best, with the reasons. */
export function SuggestedStories({ promptId, opportunityId }: { promptId: string; opportunityId: string | undefined }) {
  const q = useStorySuggestions(promptId, opportunityId);
  return (
    <section aria-labelledby="suggested-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="suggested-h" className="mb-2 text-base font-semibold">
        Stories that fit
      </h2>
      {q.isPending ? (
        <Loading label="Ranking your stories…" />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <p className="text-sm text-muted">
          Your story bank is empty.{' '}
          <Link to="/practice" hash="stories-h" className="text-accent underline">
            Add a story
          </Link>{' '}
          to see which fit this question.
        </p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {q.data.slice(0, 3).map((s) => (
            <li key={s.story.id} className="rounded-lg border border-line p-3">
              <p className="font-medium">
                {s.story.title} <span className="text-muted">· fit {Math.round(s.score * 100)}%</span>
              </p>
              {s.reasons.length > 0 && <p className="text-muted">{s.reasons.join('; ')}</p>}
              {s.story.result && <p className="mt-1">Result: {s.story.result}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
