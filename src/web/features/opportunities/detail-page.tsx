import { Suspense, lazy, useEffect, useRef } from 'react';
import * as Tabs from '@radix-ui/react-tabs';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { usePageTitle } from '../../components/ui/page.js';
import { ApiError } from '../../api/client.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { useOpportunity } from './queries.js';
import { HeaderActions } from './header-actions.js';
import { NextActionEditor } from './next-action-editor.js';
import { Details } from './details.js';
import { Timeline } from './timeline.js';
import { DETAIL_TABS } from '../search/model.js';

// Research, people and fit load on first use, so the opportunity page itself stays light.
const ResearchTab = lazy(() => import('../research/research-tab.js').then((m) => ({ default: m.ResearchTab })));
const PeopleTab = lazy(() => import('../people/people-tab.js').then((m) => ({ default: m.PeopleTab })));
const FitPanel = lazy(() => import('../priorities/fit-panel.js').then((m) => ({ default: m.FitPanel })));
const QuestionsTab = lazy(() => import('../questions/questions-tab.js').then((m) => ({ default: m.QuestionsTab })));
const PracticeTab = lazy(() => import('../practice/practice-tab.js').then((m) => ({ default: m.PracticeTab })));
const InterviewsTab = lazy(() => import('../interviews/interviews-tab.js').then((m) => ({ default: m.InterviewsTab })));
const FollowupsTab = lazy(() => import('../followups/followups-tab.js').then((m) => ({ default: m.FollowupsTab })));
const OfferTab = lazy(() => import('../offers/offer-tab.js').then((m) => ({ default: m.OfferTab })));
const PostingTab = lazy(() => import('../postings/posting-tab.js').then((m) => ({ default: m.PostingTab })));
const PrepPlanPanel = lazy(() => import('../prep/prep-plan-panel.js').then((m) => ({ default: m.PrepPlanPanel })));

const route = getRouteApi('/opportunities/$id');

const tabClass =
  'whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:text-accent';

/** Scrolls a sideways tab strip (a phone's width) so the open tab is in view, without moving the page. */
function useActiveTabInView(tab: string, shown: boolean) {
  const strip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = strip.current;
    const active = list?.querySelector<HTMLElement>('[data-state="active"]');
    if (!list || !active || list.scrollWidth <= list.clientWidth) return;
    const left = active.offsetLeft - list.offsetLeft;
    if (left < list.scrollLeft || left + active.offsetWidth > list.scrollLeft + list.clientWidth)
      list.scrollLeft = left - (list.clientWidth - active.offsetWidth) / 2;
  }, [tab, shown]);
  return strip;
}

/** One opportunity: header with the main controls, then tabs (the URL's `tab` picks one). */
export function OpportunityPage() {
  const { id } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = useNavigate();
  const q = useOpportunity(id);
  usePageTitle(q.data ? `${q.data.employerName} · ${q.data.roleTitle}` : 'Opportunity');
  const tabStrip = useActiveTabInView(tab, q.isSuccess);
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404)
      return (
        <div>
          <h1 className="text-2xl font-semibold">Opportunity not found</h1>
          <p className="mt-2 text-sm text-muted">It may have been deleted.</p>
          <Link to="/opportunities" className="mt-4 inline-block text-accent underline">
            See all opportunities
          </Link>
        </div>
      );
    return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  }
  const o = q.data;
  return (
    <>
      <Link to="/opportunities" className="mb-4 inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
        <ArrowLeft size={14} aria-hidden="true" />
        All opportunities
      </Link>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{o.employerName}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            {o.roleTitle}
            <Badge tone="accent">{STAGE_LABELS[o.stage]}</Badge>
            {o.archivedAt && <Badge>Archived</Badge>}
          </p>
        </div>
        <HeaderActions o={o} />
      </div>
      <Tabs.Root
        value={tab}
        onValueChange={(v) => {
          const next = DETAIL_TABS.find((t) => t === v);
          if (next)
            void navigate({ to: '/opportunities/$id', params: { id }, search: next === 'overview' ? {} : { tab: next }, replace: true });
        }}
      >
        <Tabs.List ref={tabStrip} aria-label="Opportunity sections" className="scroll-cue-x mb-6 flex overflow-x-auto border-b border-line">
          <Tabs.Trigger value="overview" className={tabClass}>
            Overview
          </Tabs.Trigger>
          <Tabs.Trigger value="research" className={tabClass}>
            Research
          </Tabs.Trigger>
          <Tabs.Trigger value="people" className={tabClass}>
            People
          </Tabs.Trigger>
          <Tabs.Trigger value="questions" className={tabClass}>
            Questions
          </Tabs.Trigger>
          <Tabs.Trigger value="practice" className={tabClass}>
            Practice
          </Tabs.Trigger>
          <Tabs.Trigger value="interviews" className={tabClass}>
            Interviews
          </Tabs.Trigger>
          <Tabs.Trigger value="followups" className={tabClass}>
            Follow-ups
          </Tabs.Trigger>
          <Tabs.Trigger value="offer" className={tabClass}>
            Offer
          </Tabs.Trigger>
          <Tabs.Trigger value="posting" className={tabClass}>
            Posting
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="overview" className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <div className="flex flex-col gap-6 lg:col-span-2">
            <NextActionEditor o={o} />
            <Suspense fallback={null}>
              <PrepPlanPanel opportunityId={o.id} />
            </Suspense>
            <Suspense fallback={<Loading label="Loading fit…" />}>
              <FitPanel opportunityId={o.id} />
            </Suspense>
            <Details o={o} />
          </div>
          <Timeline id={o.id} />
        </Tabs.Content>
        <Tabs.Content value="research">
          <Suspense fallback={<Loading />}>
            <ResearchTab opportunityId={o.id} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="people">
          <Suspense fallback={<Loading />}>
            <PeopleTab opportunityId={o.id} employerId={o.employerId} employerName={o.employerName} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="questions">
          <Suspense fallback={<Loading />}>
            <QuestionsTab opportunity={o} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="practice">
          <Suspense fallback={<Loading />}>
            <PracticeTab opportunity={o} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="interviews">
          <Suspense fallback={<Loading />}>
            <InterviewsTab opportunity={o} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="followups">
          <Suspense fallback={<Loading />}>
            <FollowupsTab opportunity={o} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="offer">
          <Suspense fallback={<Loading />}>
            <OfferTab opportunity={o} />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="posting">
          <Suspense fallback={<Loading />}>
            <PostingTab opportunityId={o.id} />
          </Suspense>
        </Tabs.Content>
      </Tabs.Root>
    </>
  );
}
