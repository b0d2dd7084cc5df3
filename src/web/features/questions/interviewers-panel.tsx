import { Link } from '@tanstack/react-router';
import { Select } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { usePeople } from '../people/queries.js';
import { ROLE_LABELS } from './model.js';
import { useSetInterviewers } from './queries.js';
import type { InterviewerRole, QuestionPlan } from '../../../contracts/questions.js';

const ROLES = Object.keys(ROLE_LABELS) as InterviewerRole[];

/** Who you will talk to: each of the opportunity's people is in the plan with an interviewer role, or left out. */
export function InterviewersPanel({ opportunityId, plan }: { opportunityId: string; plan: QuestionPlan }) {
  const people = usePeople(opportunityId);
  const set = useSetInterviewers(opportunityId);
  const toast = useToast();
  const inPlan = new Map(plan.interviewers.map((i) => [i.personId, i.role]));

  function change(personId: string, value: string) {
    const role = ROLES.find((r) => r === value);
    const next = plan.interviewers.filter((i) => i.personId !== personId).map((i) => ({ personId: i.personId, role: i.role }));
    if (role) {
      // Keep the person's place in the order when only the role changes.
      const at = plan.interviewers.findIndex((i) => i.personId === personId);
      next.splice(at < 0 ? next.length : at, 0, { personId, role });
    }
    set.mutate({ interviewers: next }, { onError: (err) => toast.show(errorMessage(err), { tone: 'error' }) });
  }

  const list = people.data ?? [];
  return (
    <section aria-labelledby="interviewers-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="interviewers-h" className="text-base font-semibold">
        Interviewers
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each person gets 2–3 questions that suit their role, and nobody is asked the same thing twice.
      </p>
      {people.isPending ? (
        <p className="mt-3 text-sm text-muted">Loading people…</p>
      ) : list.length === 0 ? (
        <p className="mt-3 text-sm">
          Nobody here yet.{' '}
          <Link to="/opportunities/$id" params={{ id: opportunityId }} search={{ tab: 'people' }} className="text-accent underline">
            Add people on the People tab
          </Link>{' '}
          to plan who you will ask what.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3" aria-label="People in this plan">
          {list.map((p) => {
            const id = `role-${p.id}`;
            return (
              <li key={p.id} className="flex flex-col gap-1.5">
                <label htmlFor={id} className="text-sm font-medium break-words">
                  {p.name}
                  {p.title && <span className="font-normal text-muted"> · {p.title}</span>}
                </label>
                <Select id={id} value={inPlan.get(p.id) ?? ''} disabled={set.isPending} onChange={(e) => change(p.id, e.target.value)}>
                  <option value="">Not interviewing</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </Select>
              </li>
            );
          })}
        </ul>
      )}
      {list.length > 0 && (
        <p className="mt-3 text-sm">
          <Link to="/opportunities/$id" params={{ id: opportunityId }} search={{ tab: 'people' }} className="text-accent underline">
            Add someone on the People tab
          </Link>
        </p>
      )}
    </section>
  );
}
