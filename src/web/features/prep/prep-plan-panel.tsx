import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { Moon, Coffee, Timer, ListChecks } from 'lucide-react';
import { prepKeys } from '../../api/keys.js';
import { fetchPrepPlan, fetchPrepPlans } from './queries.js';
import { formatInstant } from '../../lib/dates.js';
import { browserZone, minutesText, remainingSteps, stepTarget, stepTime } from './model.js';
import type { OpportunityPrepPlan, PrepStep } from '../../../contracts/prep.js';

/** Plans depend on the clock: refresh every few minutes while the page is open. */
const REFRESH_MS = 5 * 60_000;

function usePrepPlan(opportunityId: string) {
  const timeZone = browserZone();
  return useQuery({
    queryKey: prepKeys.plan(opportunityId, timeZone),
    queryFn: () => fetchPrepPlan(opportunityId, timeZone),
    refetchInterval: REFRESH_MS,
    staleTime: 60_000,
  });
}

function usePrepPlans() {
  const timeZone = browserZone();
  return useQuery({
    queryKey: prepKeys.plans(timeZone),
    queryFn: () => fetchPrepPlans(timeZone),
    refetchInterval: REFRESH_MS,
    staleTime: 60_000,
  });
}

function StepIcon({ step }: { step: PrepStep }) {
  const Icon = step.kind === 'sleep' ? Moon : step.kind === 'rest' ? Coffee : step.kind === 'settle' ? Timer : ListChecks;
  return <Icon size={16} aria-hidden="true" className="mt-0.5 shrink-0 text-accent" />;
}

function StepLink({ step, opportunityId }: { step: PrepStep; opportunityId: string }) {
  const target = stepTarget(step);
  if (!target) return null;
  const cls = 'text-sm font-medium text-accent underline underline-offset-2';
  const hidden = <span className="sr-only"> for “{step.title}”</span>;
  if (target.kind === 'tab')
    return (
      <Link to="/opportunities/$id" params={{ id: opportunityId }} search={{ tab: target.tab }} className={cls}>
        {target.label}
        {hidden}
      </Link>
    );
  if (target.kind === 'brief')
    return (
      <Link to="/opportunities/$id/brief" params={{ id: opportunityId }} className={cls}>
        {target.label}
        {hidden}
      </Link>
    );
  return (
    <Link
      to="/practice/rehearse"
      search={{ opportunity: opportunityId, ...(step.promptIds?.length ? { prompts: step.promptIds.join(',') } : {}) }}
      className={cls}
    >
      {target.label}
      {hidden}
    </Link>
  );
}

/** The plan's steps in time order: when, how long, what, why, and where to do it. */
function Steps({ steps, opportunityId }: { steps: PrepStep[]; opportunityId: string }) {
  return (
    <ol className="mt-3 divide-y divide-line">
      {steps.map((s) => (
        <li key={s.key} className="flex gap-3 py-3" data-step={s.key}>
          <StepIcon step={s} />
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <time dateTime={s.startsAt} className="text-sm tabular-nums text-muted">
                {stepTime(s.startsAt)}
              </time>
              <span className="font-medium">{s.title}</span>
              <span className="text-xs text-muted">{minutesText(s.minutes)}</span>
            </p>
            <p className="mt-0.5 text-sm text-muted">{s.reason}</p>
            <StepLink step={s} opportunityId={opportunityId} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function when(p: OpportunityPrepPlan): string {
  return p.interview ? formatInstant(p.interview.startsAt) : '';
}

/** The short-notice prep plan for the opportunity's next interview (shown when one is coming). */
export function PrepPlanPanel({ opportunityId }: { opportunityId: string }) {
  const q = usePrepPlan(opportunityId);
  const p = q.data;
  if (!p?.interview || !p.plan || p.plan.steps.length === 0) return null;
  const body = (
    <>
      <p className="mt-1 text-sm text-muted">{p.plan.note}</p>
      <Steps steps={p.plan.steps} opportunityId={opportunityId} />
    </>
  );
  return (
    <section aria-labelledby="prep-plan-h" className="rounded-xl border border-accent bg-surface p-5">
      <h2 id="prep-plan-h" className="text-base font-semibold">
        Prep plan: interview {when(p)}
      </h2>
      {body}
    </section>
  );
}

/** Dashboard cards: a prep plan for each interview less than 48 hours away. */
export function PrepPlanCards() {
  const q = usePrepPlans();
  const items = (q.data ?? []).filter((p) => p.interview && p.plan && p.plan.steps.length > 0);
  if (items.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="prep-cards-h" className="rounded-xl border border-accent bg-surface p-5">
      <h2 id="prep-cards-h" className="text-base font-semibold">
        Interviews in the next two days
      </h2>
      <ul className="mt-2 flex flex-col gap-4">
        {items.map((p) => {
          const left = remainingSteps(p.plan!.steps, now);
          return (
            <li key={p.interview!.id} className="rounded-lg border border-line p-4">
              <h3 className="font-semibold">
                <Link to="/opportunities/$id" params={{ id: p.opportunityId }} className="text-accent underline underline-offset-2">
                  {p.employerName} · {p.roleTitle}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {p.interview!.title || 'Interview'} {when(p)}. {p.plan!.note}
              </p>
              <Steps steps={left.slice(0, 4)} opportunityId={p.opportunityId} />
              {left.length > 4 && (
                <Link
                  to="/opportunities/$id"
                  params={{ id: p.opportunityId }}
                  className="text-sm font-medium text-accent underline underline-offset-2"
                >
                  See all {left.length} steps<span className="sr-only"> for {p.employerName}</span>
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
