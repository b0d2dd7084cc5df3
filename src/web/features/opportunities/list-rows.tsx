import { useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { Badge } from '../../components/ui/badge.js';
import { STAGE_LABELS } from '../../lib/stages.js';
import { dueLabel } from '../../lib/dates.js';
import { useDocumentTop, usePainted, usePinnedRange, windowRect } from '../../lib/virtual.js';
import type { OpportunitySummary } from '../../../contracts/opportunities.js';

/**
 * The table's rows, only those near the screen in the page: spacer rows above and below keep the
 * table as tall as all of them, so the page scrolls (and the scroll bar reads) as if all were there.
 */
export function ListRows({ rows, today }: { rows: readonly OpportunitySummary[]; today: string }) {
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const top = useDocumentTop(bodyRef);
  const painted = usePainted();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const rangeExtractor = usePinnedRange([rows.findIndex((o) => o.id === focusedId)]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 70,
    // The rows in view first; those just beyond the edge once the first frame is on screen.
    overscan: painted ? 8 : 0,
    scrollMargin: top,
    getItemKey: (i) => rows[i]!.id,
    // The row holding focus stays in the page while it scrolls out of view.
    rangeExtractor,
    initialRect: windowRect(),
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - virtualizer.options.scrollMargin : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin) : 0;
  return (
    <tbody
      ref={bodyRef}
      className="divide-y divide-line"
      onFocus={(e) => {
        setFocusedId((e.target as HTMLElement).closest<HTMLElement>('[data-row-id]')?.dataset.rowId ?? null);
      }}
    >
      {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
      {items.map((item) => {
        const o = rows[item.index]!;
        const due = dueLabel(today, o.nextActionDue);
        const overdue = due?.endsWith('overdue') ?? false;
        return (
          <tr
            key={item.key}
            data-index={item.index}
            data-row-id={o.id}
            aria-rowindex={item.index + 2}
            ref={virtualizer.measureElement}
            className="cursor-pointer hover:bg-accent-soft/60"
            onClick={() => void navigate({ to: '/opportunities/$id', params: { id: o.id } })}
          >
            <td className="px-4 py-3">
              <Link
                to="/opportunities/$id"
                params={{ id: o.id }}
                className="font-medium hover:underline"
                onClick={(e) => e.stopPropagation()}
              >
                {o.employerName}
              </Link>
              <div className="text-muted">{o.roleTitle}</div>
              <div className="mt-1 flex flex-wrap items-center gap-1 sm:hidden">
                <Badge>{STAGE_LABELS[o.stage]}</Badge>
                {o.archivedAt && <Badge>Archived</Badge>}
              </div>
              {o.nextAction && <div className="mt-1 sm:hidden">{o.nextAction}</div>}
            </td>
            <td className="hidden px-4 py-3 sm:table-cell">
              <Badge>{STAGE_LABELS[o.stage]}</Badge>
              {o.archivedAt && <Badge className="ml-1">Archived</Badge>}
            </td>
            <td className="hidden px-4 py-3 sm:table-cell">{o.nextAction ?? <span className="text-muted">None</span>}</td>
            <td className={clsx('px-4 py-3 sm:whitespace-nowrap', overdue ? 'font-semibold text-danger' : 'text-muted')}>{due ?? '—'}</td>
          </tr>
        );
      })}
      {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
    </tbody>
  );
}
