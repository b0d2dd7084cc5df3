import { useCallback } from 'react';
import { Link } from '@tanstack/react-router';
import clsx from 'clsx';
import { CircleAlert } from 'lucide-react';
import { questionKeys } from '../questions/queries.js';
import { joinNames, questionGroups } from './model.js';
import { askedWrite, type QueuedWrite } from './notes/queued-writes.js';
import { useDayWrites } from './notes/use-day-writes.js';
import type { NotesSync } from './notes/sync.js';
import type { PlanItem, QuestionPlan } from '../../../contracts/questions.js';

interface Ticks {
  sync: NotesSync;
  interviewId: string;
  waiting: ReadonlyMap<string, QueuedWrite>;
}

/**
 * The questions you planned to ask in this conversation, to tick off as you ask them. A tick is kept on the device
 * first and sent with the notes (so it works offline and survives a reload), and shows at once.
 */
export function PlannedQuestions({
  interviewId,
  opportunityId,
  plan,
  personIds,
  names,
}: {
  interviewId: string;
  opportunityId: string;
  plan: QuestionPlan;
  personIds: readonly string[];
  names: readonly string[];
}) {
  const refreshes = useCallback(
    (w: QueuedWrite) => (w.key.startsWith('plan-item:') ? { queryKey: questionKeys.plan(opportunityId), answerIsData: true } : null),
    [opportunityId],
  );
  const { sync, waiting } = useDayWrites(interviewId, refreshes);
  const ticks: Ticks = { sync, interviewId, waiting };
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
          {who && (
            <Group
              title={`For ${who}`}
              items={theirs}
              ticks={ticks}
              empty={`Nothing planned for ${who}; the questions below are free to ask.`}
            />
          )}
          {unassigned.length > 0 && <Group title="Not assigned to anyone" items={unassigned} ticks={ticks} />}
        </>
      )}
    </section>
  );
}

/** Whether an item is asked, as the device has it: a tick waiting for the server wins over the plan last read. */
function askedNow(item: PlanItem, waiting: ReadonlyMap<string, QueuedWrite>): { asked: boolean; queued: QueuedWrite | undefined } {
  const queued = waiting.get(askedWrite('', item.id, false).key);
  const body = queued?.body as { asked?: boolean } | undefined;
  return { asked: body?.asked ?? item.asked, queued };
}

function Group({ title, items, ticks, empty }: { title: string; items: readonly PlanItem[]; ticks: Ticks; empty?: string }) {
  const asked = items.filter((i) => askedNow(i, ticks.waiting).asked).length;
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
            <AskedBox key={i.id} item={i} ticks={ticks} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AskedBox({ item, ticks }: { item: PlanItem; ticks: Ticks }) {
  const { asked, queued } = askedNow(item, ticks.waiting);
  return (
    <li data-plan-item={item.id}>
      <label
        className={clsx(
          'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg p-2.5 text-base hover:bg-accent-soft',
          asked && 'text-muted',
        )}
      >
        <input
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-accent"
          checked={asked}
          onChange={() => void ticks.sync.queue(askedWrite(ticks.interviewId, item.id, !asked))}
        />
        <span className={clsx(asked && 'line-through')}>{item.text}</span>
      </label>
      {queued?.failure && (
        <p className="ml-10 flex items-center gap-1 text-sm text-danger">
          <CircleAlert size={14} aria-hidden="true" />
          Not saved to the server: {queued.failure}
        </p>
      )}
    </li>
  );
}
