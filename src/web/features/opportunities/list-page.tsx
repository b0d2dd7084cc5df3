import { useEffect, useState } from 'react';
import { Link, getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { ArrowDown, ArrowUp, Search } from 'lucide-react';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { Input, Select } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { STAGES, STAGE_LABELS, isStage } from '../../lib/stages.js';
import { ListRows } from './list-rows.js';
import { localDate } from '../../lib/dates.js';
import { useOpportunities } from './queries.js';
import { sortByDue } from './sort.js';

const route = getRouteApi('/opportunities');

/** Every opportunity in a table, filtered by stage, text and archive status, sortable by due date. */
export function ListPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/opportunities' });
  const [text, setText] = useState(search.q ?? '');
  const q = useOpportunities({ stage: search.stage, q: search.q, archived: search.archived ?? 'false' });
  const today = localDate(new Date());
  const direction = search.sort === 'due-desc' ? 'desc' : 'asc';

  // Debounce typing into the URL so each keystroke does not fire a request. The page stays on screen
  // while the next page loads, so a late timer must not pull the user back here after they left.
  const router = useRouter();
  useEffect(() => {
    const t = setTimeout(() => {
      if (router.state.location.pathname !== '/opportunities') return;
      if ((search.q ?? '') !== text.trim()) void navigate({ search: (s) => ({ ...s, q: text.trim() || undefined }), replace: true });
    }, 250);
    return () => clearTimeout(t);
  }, [text, search.q, navigate, router]);

  const filtered = Boolean(search.stage || search.q || search.archived);
  const rows = q.data ? sortByDue(q.data, direction) : [];

  return (
    <>
      <PageHeader
        title="Opportunities"
        actions={
          <>
            <Link to="/capture" className={buttonClass('secondary')}>
              Add from a posting
            </Link>
            <Link to="/opportunities/import" className={buttonClass('ghost')}>
              Import from a spreadsheet
            </Link>
            <a href="/api/opportunities/export.csv" download className={buttonClass('ghost')}>
              Export CSV
            </a>
            <Link to="/reports/applications" className={buttonClass('ghost')}>
              Proof of applications
            </Link>
            <Link to="/opportunities/new" className={buttonClass('secondary')}>
              Add opportunity
            </Link>
          </>
        }
      />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <div className="relative min-w-56 flex-1">
          <label htmlFor="list-q" className="mb-1 block text-sm font-medium">
            Search
          </label>
          <Search size={16} aria-hidden="true" className="pointer-events-none absolute bottom-2.5 left-3 text-muted" />
          <Input
            id="list-q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Employer, role, notes…"
            className="pl-9"
          />
        </div>
        <div>
          <label htmlFor="list-stage" className="mb-1 block text-sm font-medium">
            Stage
          </label>
          <Select
            id="list-stage"
            value={search.stage ?? ''}
            onChange={(e) => void navigate({ search: (s) => ({ ...s, stage: isStage(e.target.value) ? e.target.value : undefined }) })}
          >
            <option value="">All stages</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-accent"
            checked={search.archived === 'all'}
            onChange={(e) => void navigate({ search: (s) => ({ ...s, archived: e.target.checked ? 'all' : undefined }) })}
          />
          Include archived
        </label>
      </form>

      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No opportunity matches' : 'No opportunities yet'}
          actions={
            filtered ? (
              <Link to="/opportunities" search={{}} className={buttonClass('secondary')} onClick={() => setText('')}>
                Clear filters
              </Link>
            ) : (
              <Link to="/opportunities/new" className={buttonClass('primary')}>
                Add your first opportunity
              </Link>
            )
          }
        >
          {filtered ? 'Try fewer words or another stage.' : 'Every job you pursue will be listed here.'}
        </EmptyState>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-left text-sm" aria-rowcount={rows.length + 1}>
            <caption className="sr-only">Opportunities, sorted by next action due date</caption>
            <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
              <tr aria-rowindex={1}>
                <th scope="col" className="px-4 py-3 font-medium">
                  Employer and role
                </th>
                <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">
                  Stage
                </th>
                <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">
                  Next action
                </th>
                <th scope="col" className="px-4 py-3 font-medium" aria-sort={direction === 'asc' ? 'ascending' : 'descending'}>
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 uppercase tracking-wide hover:text-fg"
                    onClick={() => void navigate({ search: (s) => ({ ...s, sort: direction === 'asc' ? 'due-desc' : undefined }) })}
                  >
                    Due
                    {direction === 'asc' ? <ArrowUp size={12} aria-hidden="true" /> : <ArrowDown size={12} aria-hidden="true" />}
                    <span className="sr-only">
                      {direction === 'asc' ? ', soonest first; sort latest first' : ', latest first; sort soonest first'}
                    </span>
                  </button>
                </th>
              </tr>
            </thead>
            <ListRows rows={rows} today={today} />
          </table>
        </div>
      )}
    </>
  );
}
