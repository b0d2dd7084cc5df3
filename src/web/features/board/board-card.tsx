import { Link } from '@tanstack/react-router';
import { memo, type KeyboardEvent } from 'react';
import { CalendarClock, Heart } from 'lucide-react';
import clsx from 'clsx';
import { Badge } from '../../components/ui/badge.js';
import { STAGES, STAGE_LABELS, isStage } from '../../lib/stages.js';
import { daysBetween, dueInWords } from '../../lib/dates.js';
import { boardMoveTarget } from '../../lib/keys.js';
import { FitBadge } from '../priorities/fit-badge.js';
import type { OpportunitySummary, Stage } from '../../../contracts/opportunities.js';

interface Props {
  o: OpportunitySummary;
  today: string;
  onMove: (o: OpportunitySummary, stage: Stage) => void;
}

/**
 * One opportunity on the board: focusable, draggable, and movable with `[` / `]` or its Stage select.
 * Memoised: a column redraws as the virtualiser measures its cards, and the cards need not.
 */
export const BoardCard = memo(function BoardCard({ o, today, onMove }: Props) {
  const days = o.nextActionDue ? daysBetween(today, o.nextActionDue) : null;
  const overdue = days !== null && days < 0;
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.target !== e.currentTarget) return;
    const to = boardMoveTarget(o.stage, e);
    if (to) {
      e.preventDefault();
      onMove(o, to);
    }
  }
  return (
    <article
      tabIndex={0}
      data-card-id={o.id}
      data-stage={o.stage}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('text/x-offerbook-id', o.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
      aria-label={`${o.employerName}, ${o.roleTitle}, ${STAGE_LABELS[o.stage]}`}
      aria-keyshortcuts="[ ] Alt+ArrowLeft Alt+ArrowRight"
      className="relative cursor-grab rounded-lg border border-line bg-surface p-3 shadow-sm active:cursor-grabbing"
    >
      <Link to="/opportunities/$id" params={{ id: o.id }} className="block font-medium hover:underline">
        {o.employerName}
      </Link>
      <p className="text-sm text-muted">{o.roleTitle}</p>
      {o.nextAction ? (
        <p className={clsx('mt-2 flex items-start gap-1.5 text-sm', overdue ? 'text-danger' : 'text-fg')}>
          <CalendarClock size={14} aria-hidden="true" className="mt-0.5 shrink-0" />
          <span>
            {o.nextAction}
            {days !== null && (
              <span className={clsx('ml-1 whitespace-nowrap text-xs', overdue ? 'font-semibold' : 'text-muted')}>({dueInWords(days)})</span>
            )}
          </span>
        </p>
      ) : (
        <p className="mt-2 text-xs text-muted">No next action</p>
      )}
      <FitBadge item={o} className="mt-2" />
      <div className="mt-3 flex items-center justify-between gap-2">
        {o.excitement ? (
          <Badge tone="accent">
            <Heart size={12} aria-hidden="true" />
            <span className="sr-only">Excitement</span> {o.excitement}/5
          </Badge>
        ) : (
          <span />
        )}
        <select
          aria-label={`Stage of ${o.employerName}`}
          value={o.stage}
          onChange={(e) => {
            if (isStage(e.target.value)) onMove(o, e.target.value);
          }}
          className="rounded-md border border-line-strong bg-surface px-1.5 py-1 text-xs"
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </article>
  );
});
