import { useState } from 'react';
import type { DragEvent, HTMLAttributes } from 'react';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { dropPosition } from './model.js';
import { useUpdateItem } from './queries.js';
import type { PlanItem, QuestionPlan } from '../../../contracts/questions.js';

/** The drag data type of a plan item (its id), so drops of anything else are ignored. */
export const PLAN_ITEM_DRAG_TYPE = 'text/x-offerbook-plan-item';

/** What one plan item needs to be dragged by its handle and to take a drop. */
export interface PlanItemDrag {
  /** Spread on the drag handle. */
  handle: HTMLAttributes<HTMLElement> & { draggable: true };
  /** Spread on the item (the drop target). */
  target: Pick<HTMLAttributes<HTMLElement>, 'onDragOver' | 'onDragLeave' | 'onDrop'>;
  /** Another item of the group is dragged over this one. */
  over: boolean;
  /** This item is being dragged. */
  dragging: boolean;
}

interface Dragging {
  id: string;
  group: string;
}

/**
 * Reordering a plan by drag and drop (HTML5): an item is dragged by its handle and dropped on another item of the
 * same interviewer's list, taking its place; the move is saved like the Move up / Move down buttons (the keyboard
 * way is Alt+↑/↓ or those buttons).
 */
export function usePlanDrag(opportunityId: string, plan: Pick<QuestionPlan, 'items'>) {
  const update = useUpdateItem(opportunityId);
  const toast = useToast();
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [overId, setOverId] = useState<string | null>(null);

  const end = () => {
    setDragging(null);
    setOverId(null);
  };

  const accepts = (e: DragEvent, group: string, item: PlanItem) =>
    dragging !== null && dragging.group === group && dragging.id !== item.id && e.dataTransfer.types.includes(PLAN_ITEM_DRAG_TYPE);

  return function dragFor(item: PlanItem, group: readonly PlanItem[], groupKey: string): PlanItemDrag {
    return {
      handle: {
        draggable: true,
        onDragStart: (e) => {
          e.dataTransfer.setData(PLAN_ITEM_DRAG_TYPE, item.id);
          e.dataTransfer.effectAllowed = 'move';
          const row = e.currentTarget.closest('li');
          if (row) e.dataTransfer.setDragImage(row, 16, 16);
          setDragging({ id: item.id, group: groupKey });
        },
        onDragEnd: end,
      },
      target: {
        onDragOver: (e) => {
          if (!accepts(e, groupKey, item)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          if (overId !== item.id) setOverId(item.id);
        },
        onDragLeave: (e) => {
          if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
          setOverId((current) => (current === item.id ? null : current));
        },
        onDrop: (e) => {
          if (!accepts(e, groupKey, item)) return;
          e.preventDefault();
          const id = e.dataTransfer.getData(PLAN_ITEM_DRAG_TYPE) || dragging?.id || '';
          end();
          const to = dropPosition(plan, group, id, item.id);
          if (to === null || update.isPending) return;
          update.mutate({ id, body: { order: to } }, { onError: (err) => toast.show(errorMessage(err), { tone: 'error' }) });
        },
      },
      over: overId === item.id,
      dragging: dragging?.id === item.id,
    };
  };
}
