import { Link, getRouteApi } from '@tanstack/react-router';
import { LoadError, Loading } from '../../components/ui/status.js';
import { usePageTitle } from '../../components/ui/page.js';
import { ApiError } from '../../api/client.js';
import { InterviewMode } from './interview-mode.js';
import { useInterview } from './queries.js';

const route = getRouteApi('/interviews/$id');

/** Interview mode: one focused screen for the interview day (route `/interviews/$id`). */
export function InterviewModePage() {
  const { id } = route.useParams();
  const q = useInterview(id);
  usePageTitle(q.data ? `Interview · ${q.data.employerName}` : 'Interview');
  if (q.isPending) return <Loading label="Opening interview mode…" />;
  if (q.isError) {
    if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400))
      return (
        <div>
          <h1 className="text-2xl font-semibold">Interview not found</h1>
          <p className="mt-2 text-sm text-muted">It may have been deleted.</p>
          <Link to="/opportunities" className="mt-4 inline-block text-accent underline">
            See all opportunities
          </Link>
        </div>
      );
    return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <InterviewMode interview={q.data} />;
}
