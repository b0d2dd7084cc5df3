import { useState } from 'react';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { Select, controlClass } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { PURPOSE_LABELS, ROLE_LABELS } from './model.js';
import { ResearchFlag } from './research-flag.js';
import { useAddItem, useRemoveItem, useUpdateItem } from './queries.js';
import type { PlanItemDrag } from './plan-drag.js';
import type { PlanInterviewer, PlanItem, UpdatePlanItem } from '../../../contracts/questions.js';

interface Props {
  opportunityId: string;
  item: PlanItem;
  interviewers: readonly PlanInterviewer[];
  /** Plan positions to move to (null at the edge of the group). */
  up: number | null;
  down: number | null;
  /** Drag and drop inside the item's group (absent when the group has nothing to reorder). */
  drag?: PlanItemDrag | undefined;
}

/** One planned question: who asks it, its place, asked or not, the answer heard, and the research flag. */
export function PlanItemRow({ opportunityId, item, interviewers, up, down, drag }: Props) {
  const update = useUpdateItem(opportunityId);
  const remove = useRemoveItem(opportunityId);
  const add = useAddItem(opportunityId);
  const toast = useToast();
  const [answer, setAnswer] = useState(item.answerHeard);
  const [lastSaved, setLastSaved] = useState(item.answerHeard);
  // Ticked at once (the box must not lag behind a click), put right by the saved plan.
  const [asked, setAsked] = useState(item.asked);
  const [savedAsked, setSavedAsked] = useState(item.asked);
  if (item.answerHeard !== lastSaved) {
    // Another write changed it (e.g. another tab): show the saved text.
    setLastSaved(item.answerHeard);
    setAnswer(item.answerHeard);
  }
  if (item.asked !== savedAsked) {
    setSavedAsked(item.asked);
    setAsked(item.asked);
  }
  const onError = (err: unknown) => toast.show(errorMessage(err), { tone: 'error' });
  const save = (body: UpdatePlanItem, done?: string) =>
    update.mutate({ id: item.id, body }, { onError, onSuccess: () => (done ? toast.show(done) : undefined) });
  const selectId = `who-${item.id}`;
  const answerId = `heard-${item.id}`;
  const askedId = `asked-${item.id}`;

  function onRemove() {
    remove.mutate(item.id, {
      onError,
      onSuccess: () =>
        toast.show('Question removed.', {
          action: {
            label: 'Undo',
            onClick: () =>
              add.mutate(
                {
                  id: item.id,
                  text: item.text,
                  purpose: item.purpose,
                  ...(item.questionId ? { questionId: item.questionId } : {}),
                  ...(item.pinned ? { interviewerPersonId: item.interviewerPersonId } : {}),
                },
                { onError },
              ),
          },
        }),
    });
  }

  return (
    <li
      className={clsx(
        'rounded-xl border border-line bg-surface p-4',
        item.asked && 'border-ok',
        drag?.over && 'border-accent bg-accent-soft',
        drag?.dragging && 'opacity-60',
      )}
      data-item-id={item.id}
      {...drag?.target}
      onKeyDown={(e) => {
        // Alt+↑/↓ anywhere in the item moves it, so reordering never needs a mouse.
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        const to = e.key === 'ArrowUp' ? up : down;
        e.preventDefault();
        if (to !== null && !update.isPending) save({ order: to });
      }}
    >
      <div className="flex flex-wrap items-start gap-3">
        {drag && (
          // Mouse and touch-pad only: the keyboard moves an item with Alt+↑/↓ or the move buttons.
          <span
            {...drag.handle}
            aria-hidden="true"
            title="Drag to move this question"
            data-drag-handle=""
            className="-ml-1 inline-flex h-8 w-6 shrink-0 cursor-grab items-center justify-center rounded-md text-muted hover:bg-accent-soft hover:text-fg active:cursor-grabbing"
          >
            <GripVertical size={16} />
          </span>
        )}
        <div className="min-w-0 flex-1">
          <p className={clsx('break-words font-medium', item.asked && 'text-muted line-through decoration-1')}>{item.text}</p>
          <p className="mt-1 flex flex-wrap gap-1.5">
            <Badge>{PURPOSE_LABELS[item.purpose]}</Badge>
            {item.pinned && <Badge tone="accent">Assigned by you</Badge>}
            {item.asked && <Badge tone="ok">Asked</Badge>}
          </p>
        </div>
        <div className="flex items-center gap-1">
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Move up: ${item.text}`}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={up === null || update.isPending}
            onClick={() => up !== null && save({ order: up })}
          >
            <ArrowUp size={16} aria-hidden="true" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Move down: ${item.text}`}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={down === null || update.isPending}
            onClick={() => down !== null && save({ order: down })}
          >
            <ArrowDown size={16} aria-hidden="true" />
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Remove: ${item.text}`} disabled={remove.isPending} onClick={onRemove}>
            <Trash2 size={16} aria-hidden="true" />
          </Button>
        </div>
      </div>
      <ResearchFlag
        check={item.check}
        pending={update.isPending}
        onUseDeeper={(deeper) => save({ text: deeper }, 'Now asking the deeper question.')}
      />
      <div className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,14rem)_1fr]">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={selectId} className="text-sm font-medium">
            Who to ask
          </label>
          <Select
            id={selectId}
            value={item.interviewerPersonId ?? ''}
            onChange={(e) => save({ interviewerPersonId: e.target.value || null })}
          >
            <option value="">Not assigned</option>
            {interviewers.map((i) => (
              <option key={i.personId} value={i.personId}>
                {i.name} ({ROLE_LABELS[i.role]})
              </option>
            ))}
          </Select>
          <label htmlFor={askedId} className="mt-1 flex min-h-8 items-center gap-2 text-sm">
            <input
              id={askedId}
              type="checkbox"
              className="size-4 accent-accent"
              checked={asked}
              onChange={(e) => {
                const next = e.target.checked;
                setAsked(next);
                update.mutate(
                  { id: item.id, body: { asked: next } },
                  {
                    onError: (err) => {
                      setAsked(item.asked);
                      onError(err);
                    },
                  },
                );
              }}
            />
            Asked
          </label>
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={answerId} className="text-sm font-medium">
            Answer heard
          </label>
          <textarea
            id={answerId}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onBlur={() => {
              if (answer !== item.answerHeard) save({ answerHeard: answer }, 'Answer saved.');
            }}
            placeholder="What they said, in a few words"
            className={clsx(controlClass, 'min-h-16')}
          />
        </div>
      </div>
    </li>
  );
}
