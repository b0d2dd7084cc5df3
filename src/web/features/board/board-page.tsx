import { useEffect, useState } from 'react';
import { Link } from '@tanstack/react-router';
import clsx from 'clsx';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { STAGES, STAGE_LABELS, isStage } from '../../lib/stages.js';
import { localDate } from '../../lib/dates.js';
import { useOpportunities } from '../opportunities/queries.js';
import { useMoveOpportunity } from './move-mutation.js';
import { BoardCard } from './board-card.js';
import type { Opportunity, Stage } from '../../../contracts/opportunities.js';

/** The pipeline as columns, one per stage; cards move by drag, by select, or by keyboard. */
export function BoardPage() {
  const q = useOpportunities({});
  const move = useMoveOpportunity();
  const toast = useToast();
  const [announcement, setAnnouncement] = useState('');
  const [refocus, setRefocus] = useState<{ id: string; stage: Stage } | null>(null);
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
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

  function onMove(o: Opportunity, stage: Stage, keepFocus = true) {
    if (o.stage === stage) return;
    setAnnouncement(`Moved ${o.employerName} to ${STAGE_LABELS[stage]}.`);
    if (keepFocus) setRefocus({ id: o.id, stage });
    move.mutate(
      { id: o.id, stage },
      {
        onError: (e) => {
          if (keepFocus) setRefocus({ id: o.id, stage: o.stage });
          setAnnouncement(`Could not move ${o.employerName}; it is back in ${STAGE_LABELS[o.stage]}.`);
          toast.show(`Could not move ${o.employerName}: ${errorMessage(e)}`, { tone: 'error' });
        },
      },
    );
  }

  const header = (
    <PageHeader
      title="Board"
      lead="Drag a card, use its Stage menu, or focus it and press [ or ] to move it a stage back or forward."
      actions={
        <Link to="/capture" className={buttonClass('secondary')}>
          Add from a posting
        </Link>
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
        <div className="relative -mx-4 overflow-x-auto px-4 pb-4 sm:-mx-6 sm:px-6" role="region" aria-label="Stages" tabIndex={-1}>
          <div className="flex min-w-max gap-3">
            {STAGES.map((stage) => {
              const cards = items.filter((o) => o.stage === stage);
              return (
                <section
                  key={stage}
                  aria-labelledby={`col-${stage}`}
                  onDragOver={(e) => {
                    e.preventDefault();
                    setDropTarget(stage);
                  }}
                  onDragLeave={() => setDropTarget((s) => (s === stage ? null : s))}
                  onDrop={(e) => {
                    e.preventDefault();
                    setDropTarget(null);
                    const id = e.dataTransfer.getData('text/x-offerbook-id');
                    const o = items.find((x) => x.id === id);
                    if (o && isStage(stage)) onMove(o, stage, false);
                  }}
                  className={clsx(
                    'flex w-56 flex-none flex-col rounded-xl border bg-bg p-3',
                    dropTarget === stage ? 'border-accent bg-accent-soft' : 'border-line',
                  )}
                >
                  <h2 id={`col-${stage}`} className="mb-3 flex items-center justify-between px-1 text-sm font-semibold">
                    {STAGE_LABELS[stage]}
                    <span className="rounded-full bg-surface px-2 text-xs font-medium text-muted">{cards.length}</span>
                  </h2>
                  <div className="flex min-h-24 flex-col gap-3">
                    {cards.map((o) => (
                      <BoardCard key={o.id} o={o} today={today} onMove={onMove} />
                    ))}
                    {cards.length === 0 && <p className="px-1 text-xs text-muted">Nothing here.</p>}
                  </div>
                </section>
              );
            })}
          </div>
        </div>
      )}
    </>
  );
}
