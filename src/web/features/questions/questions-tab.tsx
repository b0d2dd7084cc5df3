import { LoadError, Loading } from '../../components/ui/status.js';
import { CoachCommentsInline } from '../account/coach-comments.js';
import { ClosingLine } from './closing-line.js';
import { HousekeepingSection } from './housekeeping-form.js';
import { InterviewersPanel } from './interviewers-panel.js';
import { LibraryPicker } from './library-picker.js';
import { OwnQuestion } from './own-question.js';
import { PlanSection } from './plan-section.js';
import { Suggestions } from './suggestions.js';
import { usePlan } from './queries.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

/** The Questions tab: the questions to ask, per interviewer, checked against research; closing and housekeeping. */
export function QuestionsTab({ opportunity }: { opportunity: Opportunity }) {
  const q = usePlan(opportunity.id);
  if (q.isPending) return <Loading label="Loading the question plan…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const plan = q.data;
  const planned = new Set(plan.items.map((i) => i.questionId).filter((id): id is string => id !== null));
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
        <PlanSection opportunityId={opportunity.id} plan={plan} />
        <CoachCommentsInline targetKind="question-plan" targetId={opportunity.id} />
        <section aria-labelledby="add-q-h" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="add-q-h" className="mb-3 text-base font-semibold">
            Add questions
          </h2>
          <OwnQuestion opportunityId={opportunity.id} employerName={opportunity.employerName} />
          <h3 className="mt-6 mb-3 text-sm font-semibold">From the library</h3>
          <LibraryPicker opportunityId={opportunity.id} planned={planned} />
        </section>
        <ClosingLine opportunityId={opportunity.id} plan={plan} />
        <HousekeepingSection opportunityId={opportunity.id} plan={plan} />
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        <InterviewersPanel opportunityId={opportunity.id} plan={plan} />
        <Suggestions opportunityId={opportunity.id} plan={plan} />
      </div>
    </div>
  );
}
