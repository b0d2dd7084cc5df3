import { useCallback } from 'react';
import clsx from 'clsx';
import { checklistProgress } from './model.js';
import { interviewKeys } from './queries.js';
import { checklistWrite, withQueued, type QueuedWrite } from './notes/queued-writes.js';
import { useDayWrites } from './notes/use-day-writes.js';
import type { Interview } from '../../../contracts/interviews.js';

/**
 * The interview's checklist on the day: tick items as you go. Each tick is kept on the device first and sent with
 * the notes (one item at a time, so nothing else of the checklist is overwritten); editing the list itself is on
 * the opportunity's Interviews tab.
 */
export function DayChecklist({ interview }: { interview: Interview }) {
  const refreshes = useCallback(
    (w: QueuedWrite) =>
      w.key.startsWith(`checklist:${interview.id}:`) ? { queryKey: interviewKeys.one(interview.id), answerIsData: true } : null,
    [interview.id],
  );
  const { sync, waiting } = useDayWrites(interview.id, refreshes);
  const items = interview.checklist.map((i) => withQueued(i, waiting, [`checklist:${interview.id}:${i.id}`]));
  const { done, total } = checklistProgress(items);
  if (total === 0) return null;
  return (
    <section aria-labelledby="day-checklist-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="day-checklist-h" className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-semibold">
        Checklist
        <span className="text-sm font-normal text-muted">
          {done} of {total} done
        </span>
      </h2>
      <ul className="mt-2 flex flex-col gap-1">
        {items.map((item) => {
          const refused = waiting.get(`checklist:${interview.id}:${item.id}`)?.failure;
          return (
            <li key={item.id} data-checklist-item={item.id}>
              <label
                className={clsx(
                  'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg p-2.5 text-base hover:bg-accent-soft',
                  item.done && 'text-muted',
                )}
              >
                <input
                  type="checkbox"
                  className="mt-1 size-5 shrink-0 accent-accent"
                  checked={item.done}
                  onChange={() => void sync.queue(checklistWrite(interview.id, item.id, !item.done))}
                />
                <span className={clsx(item.done && 'line-through')}>{item.label}</span>
              </label>
              {refused && <p className="ml-10 text-sm text-danger">Not saved to the server: {refused}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
