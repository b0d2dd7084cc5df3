import { Link } from '@tanstack/react-router';
import { CalendarClock } from 'lucide-react';
import { buttonClass } from '../../components/ui/button.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { STAGES, STAGE_LABELS } from '../../lib/stages.js';
import { useDashboard } from './queries.js';
import { EmptyStart } from './empty-start.js';
import { FitBadge } from '../priorities/fit-badge.js';
import { NextActionRow } from '../followups/next-action-row.js';
import { PrepPlanCards } from '../prep/prep-plan-panel.js';
import type { Dashboard, NextActionItem } from '../../../contracts/dashboard.js';

function NextActions({ items }: { items: NextActionItem[] }) {
  // The server ranks them (overdue first, then by date and time); the same list as the Next actions page.
  return (
    <section aria-labelledby="next-actions" className="rounded-xl border border-line bg-surface">
      <h2 id="next-actions" className="flex items-center justify-between gap-2 border-b border-line px-5 py-4 text-base font-semibold">
        <span className="flex items-center gap-2">
          <CalendarClock size={18} aria-hidden="true" className="text-accent" />
          Next actions
        </span>
        {items.length > 0 && (
          <Link to="/next" className="text-sm font-medium text-accent underline underline-offset-2">
            See all, grouped by day
          </Link>
        )}
      </h2>
      {items.length === 0 ? (
        <p className="px-5 py-6 text-sm text-muted">
          Nothing planned yet. Give each opportunity a next step; thank-you notes, check-ins and interviews will show here too.
        </p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((item) => (
            <NextActionRow key={item.id} item={item} showFit={<FitBadge item={item} className="mt-1" />} />
          ))}
        </ul>
      )}
    </section>
  );
}

function WithoutNextAction({ items }: { items: Dashboard['withoutNextAction'] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="no-next" className="rounded-xl border border-warn bg-warn-soft p-5">
      <h2 id="no-next" className="text-base font-semibold text-warn">
        No next step yet
      </h2>
      <p className="mt-1 text-sm text-warn">Decide one small next step for each, so none of them goes quiet.</p>
      <ul className="mt-3 space-y-2">
        {items.map((o) => (
          <li
            key={o.opportunityId}
            className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-lg bg-surface px-3 py-2 text-sm"
          >
            <span className="min-w-0">
              <span className="font-medium">{o.employerName}</span> · {o.roleTitle}
            </span>
            <Link
              to="/opportunities/$id"
              params={{ id: o.opportunityId }}
              className="shrink-0 font-medium text-accent underline underline-offset-2"
            >
              Set next action<span className="sr-only"> for {o.employerName}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StageCounts({ counts }: { counts: Dashboard['stageCounts'] }) {
  return (
    <section aria-labelledby="by-stage" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="by-stage" className="text-base font-semibold">
        By stage
      </h2>
      <ul className="mt-3 grid grid-cols-2 gap-2">
        {STAGES.map((s) => (
          <li key={s}>
            <Link
              to="/opportunities"
              search={{ stage: s }}
              className="flex items-center justify-between rounded-lg border border-line px-3 py-2 text-sm hover:bg-accent-soft"
            >
              <span className="text-muted">{STAGE_LABELS[s]}</span>
              <span className="font-semibold tabular-nums">{counts[s] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "What do I do next?" at a glance: due actions, gaps, pipeline health and counts by stage. */
export function DashboardPage() {
  const q = useDashboard();
  if (q.isPending)
    return (
      <>
        <PageHeader title="Dashboard" />
        <Loading />
      </>
    );
  if (q.isError)
    return (
      <>
        <PageHeader title="Dashboard" />
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      </>
    );
  const d = q.data;
  const total = STAGES.reduce((n, s) => n + (d.stageCounts[s] ?? 0), 0);
  if (total === 0)
    return (
      <>
        <PageHeader title="Dashboard" />
        <EmptyStart />
      </>
    );
  const overdue = d.nextActions.filter((a) => a.overdue).length;
  return (
    <>
      <PageHeader
        title="Dashboard"
        lead={
          overdue > 0
            ? `${overdue} overdue ${overdue === 1 ? 'step' : 'steps'}: start there.`
            : `${d.pipeline.activeCount} active ${d.pipeline.activeCount === 1 ? 'opportunity' : 'opportunities'}.`
        }
        actions={
          <Link to="/capture" className={buttonClass('secondary', 'sm')}>
            Add from a posting
          </Link>
        }
      />
      {!d.pipeline.healthy && (
        <div
          role="status"
          className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-accent bg-accent-soft px-5 py-4"
        >
          <p className="text-sm text-fg">{d.pipeline.message}</p>
          <Link to="/opportunities/new" className={buttonClass('primary', 'sm')}>
            Add a lead
          </Link>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <PrepPlanCards />
          <NextActions items={d.nextActions} />
        </div>
        <div className="flex flex-col gap-6">
          <WithoutNextAction items={d.withoutNextAction} />
          <StageCounts counts={d.stageCounts} />
        </div>
      </div>
    </>
  );
}
