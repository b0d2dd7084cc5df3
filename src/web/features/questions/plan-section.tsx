import { Link } from '@tanstack/react-router';
import { Printer, Shuffle } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { groupByInterviewer, movePosition } from './model.js';
import { PlanItemRow } from './plan-item.js';
import { useDistribute } from './queries.js';
import { usePlanDrag } from './plan-drag.js';
import type { QuestionPlan } from '../../../contracts/questions.js';

/** The plan's questions under each interviewer, with "Distribute" and the planner's warnings. */
export function PlanSection({ opportunityId, plan }: { opportunityId: string; plan: QuestionPlan }) {
  const distribute = useDistribute(opportunityId);
  const toast = useToast();
  const groups = groupByInterviewer(plan);
  const dragFor = usePlanDrag(opportunityId, plan);
  const asked = plan.items.filter((i) => i.asked).length;
  const flagged = plan.items.filter((i) => i.check.answerableByResearch).length;

  return (
    <section aria-labelledby="plan-h" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="plan-h" className="text-base font-semibold">
            Your question plan
          </h2>
          <p className="text-sm text-muted">
            {plan.items.length === 0
              ? 'No questions yet.'
              : `${plan.items.length} ${plan.items.length === 1 ? 'question' : 'questions'} · ${asked} asked${flagged ? ` · ${flagged} answerable by research` : ''}`}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={distribute.isPending || plan.items.length === 0 || plan.interviewers.length === 0}
            onClick={() =>
              distribute.mutate(
                {},
                {
                  onSuccess: (p) =>
                    toast.show(
                      p.warnings.length ? 'Questions distributed, with notes below.' : 'Questions distributed: 2–3 each, none repeated.',
                    ),
                  onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
                },
              )
            }
          >
            <Shuffle size={14} aria-hidden="true" /> Distribute
          </Button>
          <Link to="/opportunities/$id/brief" params={{ id: opportunityId }} className={buttonClass('secondary', 'sm')}>
            <Printer size={14} aria-hidden="true" /> Print brief
          </Link>
        </div>
      </div>
      {plan.warnings.length > 0 && (
        <ul aria-label="Plan warnings" className="grid gap-1 rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg">
          {plan.warnings.map((w, i) => (
            <li key={`${w.code}-${w.itemId ?? w.interviewerPersonId ?? i}`}>{w.message}</li>
          ))}
        </ul>
      )}
      {plan.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line-strong bg-surface p-5 text-sm text-muted">
          Pick 3–5 questions from the library or type your own, then press Distribute to give each interviewer 2–3 different ones.
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.personId ?? 'none'} aria-label={g.personId ? `Questions for ${g.title}` : 'Questions not assigned yet'}>
            <h3 className="mb-2 text-sm font-semibold">
              {g.title} <span className="font-normal text-muted">({g.items.length})</span>
            </h3>
            {g.items.length === 0 ? (
              <p className="text-sm text-muted">No questions for this person yet.</p>
            ) : (
              <ol className="grid gap-3">
                {g.items.map((item) => (
                  <PlanItemRow
                    key={item.id}
                    opportunityId={opportunityId}
                    item={item}
                    interviewers={plan.interviewers}
                    up={movePosition(plan, g.items, item.id, -1)}
                    down={movePosition(plan, g.items, item.id, 1)}
                    drag={g.items.length > 1 ? dragFor(item, g.items, g.personId ?? 'none') : undefined}
                  />
                ))}
              </ol>
            )}
          </section>
        ))
      )}
    </section>
  );
}
