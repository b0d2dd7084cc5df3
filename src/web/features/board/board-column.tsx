import type { DragEvent, RefObject } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { STAGE_LABELS } from '../../lib/stages.js';
import { usePinnedRange, windowRect } from '../../lib/virtual.js';
import { BoardCard } from './board-card.js';
import type { OpportunitySummary, Stage } from '../../../contracts/opportunities.js';

/** Space between two cards (the gap-3 of the column), kept inside each measured card. */
const GAP = 12;
/** A card's usual height with its gap (measured: 170–280 px by column width and text); a close guess draws the right cards the first time. */
const CARD_ESTIMATE = 220;

interface Props {
  stage: Stage;
  cards: readonly OpportunitySummary[];
  today: string;
  /** The column's card list, and where it starts on the page (measured for all columns at once by the board; null until then). */
  listRef: RefObject<HTMLDivElement | null>;
  top: number | null;
  /** Cards drawn beyond the screen's edge (none for the first frame). */
  overscan: number;
  /** Cards that stay rendered wherever they are: focused, dragged, or about to get focus back. */
  pinned: ReadonlySet<string>;
  dropTarget: boolean;
  onMove: (o: OpportunitySummary, stage: Stage) => void;
  onDragOver: () => void;
  onDragLeave: () => void;
  onDrop: (id: string) => void;
  onDragging: (id: string | null) => void;
}

/**
 * One stage's column. Only the cards near the screen are in the page (the window is the scroller,
 * so the board scrolls as before); a card keeps its place and height while it is out of view.
 */
export function BoardColumn({
  stage,
  cards,
  today,
  listRef,
  top,
  overscan,
  pinned,
  dropTarget,
  onMove,
  onDragOver,
  onDragLeave,
  onDrop,
  onDragging,
}: Props) {
  const rangeExtractor = usePinnedRange(cards.flatMap((o, i) => (pinned.has(o.id) ? [i] : [])));
  const virtualizer = useWindowVirtualizer({
    // No card before the column knows where it starts: drawn against a guessed start, a column
    // would draw (and measure) the cards of a whole screen more than it shows.
    count: top === null ? 0 : cards.length,
    estimateSize: () => CARD_ESTIMATE,
    overscan,
    scrollMargin: top ?? 0,
    getItemKey: (i) => cards[i]!.id,
    rangeExtractor,
    initialRect: windowRect(),
  });
  return (
    <section
      aria-labelledby={`col-${stage}`}
      onDragOver={(e: DragEvent) => {
        e.preventDefault();
        onDragOver();
      }}
      onDragLeave={onDragLeave}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        onDrop(e.dataTransfer.getData('text/x-offerbook-id'));
      }}
      className={clsx(
        'flex w-56 flex-none flex-col rounded-xl border bg-bg p-3 xl:w-auto xl:min-w-0 xl:flex-1',
        dropTarget ? 'border-accent bg-accent-soft' : 'border-line',
      )}
    >
      <h2 id={`col-${stage}`} className="mb-3 flex items-center justify-between px-1 text-sm font-semibold">
        {STAGE_LABELS[stage]}
        <span className="rounded-full bg-surface px-2 text-xs font-medium text-muted">{cards.length}</span>
      </h2>
      <div
        ref={listRef}
        className="relative min-h-24"
        style={{ height: top !== null && cards.length ? virtualizer.getTotalSize() - GAP : undefined }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const o = cards[item.index]!;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`, paddingBottom: GAP }}
              onDragStart={() => onDragging(o.id)}
              onDragEnd={() => onDragging(null)}
            >
              <BoardCard o={o} today={today} onMove={onMove} />
            </div>
          );
        })}
        {cards.length === 0 && <p className="px-1 text-xs text-muted">Nothing here.</p>}
      </div>
    </section>
  );
}
