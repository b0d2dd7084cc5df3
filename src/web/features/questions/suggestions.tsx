import { Link } from '@tanstack/react-router';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { useAddItem } from './queries.js';
import type { QuestionPlan } from '../../../contracts/questions.js';

/** Questions that would settle the priorities this opportunity's fit still rates unknown. */
export function Suggestions({ opportunityId, plan }: { opportunityId: string; plan: QuestionPlan }) {
  const add = useAddItem(opportunityId);
  const toast = useToast();
  const planned = new Set(plan.items.flatMap((i) => (i.questionId ? [i.questionId, i.text] : [i.text])));
  const groups = plan.suggestions.forUnknownPriorities;
  return (
    <section aria-labelledby="suggest-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="suggest-h" className="text-base font-semibold">
        For what you still don't know
      </h2>
      {groups.length === 0 ? (
        <p className="mt-1 text-sm text-muted">
          No priority is rated unknown here. Rate fit on the{' '}
          <Link to="/opportunities/$id" params={{ id: opportunityId }} className="text-accent underline">
            Overview
          </Link>{' '}
          to see questions that would settle the rest.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3" aria-label="Suggested questions">
          {groups.map((g) => (
            <li key={g.priorityKey}>
              <h3 className="text-sm font-semibold">{g.priorityName}</h3>
              <ul className="mt-1 grid gap-2">
                {g.questions.map((q) => {
                  const inPlan = planned.has(q.id) || planned.has(q.text);
                  return (
                    <li key={q.id} className="flex items-start gap-2 text-sm">
                      <span className="min-w-0 flex-1 break-words">{q.text}</span>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={inPlan ? `In plan: ${q.text}` : `Add: ${q.text}`}
                        disabled={inPlan || add.isPending}
                        onClick={() =>
                          add.mutate(
                            // Questions built for a custom priority are not in the library: they go in as the user's own words.
                            q.id.startsWith('custom-')
                              ? { id: crypto.randomUUID(), text: q.text, purpose: q.purpose }
                              : { id: crypto.randomUUID(), questionId: q.id },
                            {
                              onSuccess: () => toast.show('Question added to the plan.'),
                              onError: (err) => toast.show(errorMessage(err), { tone: 'error' }),
                            },
                          )
                        }
                      >
                        {inPlan ? 'In plan' : 'Add'}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
