import { createRef, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { STAGES, STAGE_LABELS } from '../../lib/stages.js';
import { localDate } from '../../lib/dates.js';
import { useDocumentTops, usePainted } from '../../lib/virtual.js';
import { useOpportunities } from '../opportunities/queries.js';
import { useMoveOpportunity } from './move-mutation.js';
import { BoardColumn } from './board-column.js';
import type { OpportunitySummary, Stage } from '../../../contracts/opportunities.js';

/** The pipeline as columns, one per stage; cards move by drag, by select, or by keyboard. */
export function BoardPage() {
  const q = useOpportunities({});
  const move = useMoveOpportunity();
  const toast = useToast();
  const [announcement, setAnnouncement] = useState('');
  const [refocus, setRefocus] = useState<{ id: string; stage: Stage } | null>(null);
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const today = localDate(new Date());

  // A moved card remounts in its new column; give it focus back so keyboard moves can chain.
  useEffect(() => {
    if (!refocus) return;
    const el = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(refocus.id)}"][data-stage="${refocus.stage}"]`);
    if (el) {
      el.focus();
      setRefocus(null);
    }
  }, [refocus, q.data]);

  // Stable across renders, so a card redraws only when its own opportunity changes.
  const { mutate } = move;
  const onMove = useCallback(
    (o: OpportunitySummary, stage: Stage, keepFocus = true) => {
      if (o.stage === stage) return;
      setAnnouncement(`Moved ${o.employerName} to ${STAGE_LABELS[stage]}.`);
      if (keepFocus) setRefocus({ id: o.id, stage });
      mutate(
        { id: o.id, stage },
        {
          onError: (e) => {
            if (keepFocus) setRefocus({ id: o.id, stage: o.stage });
            setAnnouncement(`Could not move ${o.employerName}; it is back in ${STAGE_LABELS[o.stage]}.`);
            toast.show(`Could not move ${o.employerName}: ${errorMessage(e)}`, { tone: 'error' });
          },
        },
      );
    },
    [mutate, toast],
  );

  const header = (
    <PageHeader
      title="Board"
      lead="Drag a card, use its Stage menu, or focus it and press [ or ] to move it a stage back or forward."
      actions={
        <>
          <Link to="/opportunities/import" className={buttonClass('ghost')}>
            Import from a spreadsheet
          </Link>
          <Link to="/capture" className={buttonClass('secondary')}>
            Add from a posting
          </Link>
        </>
      }
    />
  );
  if (q.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (q.isError)
    return (
      <>
        {header}
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      </>
    );
  const items = q.data;
  return (
    <>
      {header}
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      {items.length === 0 ? (
        <EmptyState
          title="The board is empty"
          actions={
            <Link to="/opportunities/new" className={buttonClass('primary')}>
              Add an opportunity
            </Link>
          }
        >
          Each opportunity appears here as a card in the column of its stage.
        </EmptyState>
      ) : (
        <div
          className="relative -mx-4 overflow-x-auto px-4 pb-4 sm:-mx-6 sm:px-6"
          role="region"
          aria-label="Stages"
          tabIndex={-1}
          onFocus={(e) => setFocused((e.target as HTMLElement).closest<HTMLElement>('[data-card-id]')?.dataset.cardId ?? null)}
        >
          <Columns
            items={items}
            today={today}
            pinned={[focused, dragging, refocus?.id ?? null]}
            dropTarget={dropTarget}
            setDropTarget={setDropTarget}
            onMove={onMove}
            onDragging={setDragging}
          />
        </div>
      )}
    </>
  );
}

interface ColumnsProps {
  items: readonly OpportunitySummary[];
  today: string;
  pinned: readonly (string | null)[];
  dropTarget: Stage | null;
  setDropTarget: (update: (s: Stage | null) => Stage | null) => void;
  onMove: (o: OpportunitySummary, stage: Stage, keepFocus?: boolean) => void;
  onDragging: (id: string | null) => void;
}

/** Every stage's column, each virtualised on its own against the page's scroll. */
function Columns({ items, today, pinned, dropTarget, setDropTarget, onMove, onDragging }: ColumnsProps) {
  const byStage = useMemo(() => {
    const map = new Map<Stage, OpportunitySummary[]>(STAGES.map((s) => [s, []]));
    for (const o of items) map.get(o.stage)?.push(o);
    return map;
  }, [items]);
  const lists = useRef(STAGES.map(() => createRef<HTMLDivElement>()));
  const tops = useDocumentTops(lists);
  const painted = usePainted();
  const pinnedKey = pinned.join(' ');
  const pinnedSet = useMemo(() => new Set(pinnedKey.split(' ').filter(Boolean)), [pinnedKey]);
  return (
    <div className="flex min-w-max gap-3 xl:min-w-0">
      {STAGES.map((stage, i) => (
        <BoardColumn
          key={stage}
          stage={stage}
          cards={byStage.get(stage) ?? []}
          today={today}
          listRef={lists.current[i]!}
          top={tops[i] ?? null}
          overscan={painted ? 4 : 0}
          pinned={pinnedSet}
          dropTarget={dropTarget === stage}
          onMove={onMove}
          onDragOver={() => setDropTarget(() => stage)}
          onDragLeave={() => setDropTarget((s) => (s === stage ? null : s))}
          onDrop={(id) => {
            setDropTarget(() => null);
            onDragging(null);
            const o = items.find((x) => x.id === id);
            if (o) onMove(o, stage, false);
          }}
          onDragging={onDragging}
        />
      ))}
    </div>
  );
}
