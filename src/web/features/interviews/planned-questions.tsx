import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import clsx from 'clsx';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { useUpdateItem } from '../questions/queries.js';
import { joinNames, questionGroups } from './model.js';
import type { PlanItem, QuestionPlan } from '../../../contracts/questions.js';

/** The questions you planned to ask in this conversation, to tick off as you ask them. */
export function PlannedQuestions({ opportunityId, plan, personIds, names }: { opportunityId: string; plan: QuestionPlan; personIds: readonly string[]; names: readonly string[] }) {
  const { theirs, unassigned } = questionGroups(plan, personIds);
  const who = names.length > 0 ? joinNames(names) : null;
  return (
    <section aria-labelledby="mode-questions-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="mode-questions-h" className="text-lg font-semibold">
        Your questions
      </h2>
      {theirs.length + unassigned.length === 0 ? (
        <p className="mt-2 text-sm text-muted">
          No questions planned yet.{' '}
          <Link to="/opportunities/$id" params={{ id: opportunityId }} search={{ tab: 'questions' }} className="text-accent underline">
            Plan them in the Questions tab
          </Link>
          .
        </p>
      ) : (
        <>
          {who && <Group title={`For ${who}`} items={theirs} opportunityId={opportunityId} empty={`Nothing planned for ${who}; the questions below are free to ask.`} />}
          {unassigned.length > 0 && <Group title="Not assigned to anyone" items={unassigned} opportunityId={opportunityId} />}
        </>
      )}
    </section>
  );
}

function Group({ title, items, opportunityId, empty }: { title: string; items: readonly PlanItem[]; opportunityId: string; empty?: string }) {
  const asked = items.filter((i) => i.asked).length;
  return (
    <section aria-label={title} className="mt-4">
      <h3 className="flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold">
        {title}
        {items.length > 0 && (
          <span className="font-normal text-muted">
            {asked} of {items.length} asked
          </span>
        )}
      </h3>
      {items.length === 0 ? (
        empty && <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1">
          {items.map((i) => (
            <AskedBox key={i.id} item={i} opportunityId={opportunityId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AskedBox({ item, opportunityId }: { item: PlanItem; opportunityId: string }) {
  const update = useUpdateItem(opportunityId);
  const toast = useToast();
  // Ticked at once, put right by the saved plan.
  const [asked, setAsked] = useState(item.asked);
  const [saved, setSaved] = useState(item.asked);
  if (item.asked !== saved) {
    setSaved(item.asked);
    setAsked(item.asked);
  }
  return (
    <li data-plan-item={item.id}>
      <label className={clsx('flex min-h-11 cursor-pointer items-start gap-3 rounded-lg p-2.5 text-base hover:bg-accent-soft', asked && 'text-muted')}>
        <input
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-accent"
          checked={asked}
          onChange={() => {
            const next = !asked;
            setAsked(next);
            update.mutate(
              { id: item.id, body: { asked: next } },
              {
                onError: (err) => {
                  setAsked(!next);
                  toast.show(errorMessage(err), { tone: 'error' });
                },
              },
            );
          }}
        />
        <span className={clsx(asked && 'line-through')}>{item.text}</span>
      </label>
    </li>
  );
}
