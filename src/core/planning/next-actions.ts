import { daysBetween } from '../dates.js';

/** What the next-actions rule needs to know of an opportunity. */
export interface NextActionSource {
  id: string;
  employerName: string;
  roleTitle: string;
  stage: string;
  nextAction: string | null;
  nextActionDue: string | null;
}

/** One thing to do, with how urgent it is. */
export interface NextAction {
  opportunityId: string;
  employerName: string;
  roleTitle: string;
  stage: string;
  action: string;
  due: string | null;
  daysUntilDue: number | null;
  overdue: boolean;
}

/**
 * Orders what to do next: overdue first (oldest first), then by due date, then undated ones
 * (in the order given). Opportunities without a next action are left out.
 */
export function rankNextActions<S extends string>(
  items: readonly (NextActionSource & { stage: S })[],
  today: string,
): (NextAction & { stage: S })[] {
  const ranked = items
    .filter((o) => o.nextAction)
    .map((o, index) => {
      const daysUntilDue = o.nextActionDue ? daysBetween(today, o.nextActionDue) : null;
      return {
        index,
        item: {
          opportunityId: o.id,
          employerName: o.employerName,
          roleTitle: o.roleTitle,
          stage: o.stage,
          action: o.nextAction!,
          due: o.nextActionDue,
          daysUntilDue,
          overdue: daysUntilDue !== null && daysUntilDue < 0,
        },
      };
    });
  ranked.sort((a, b) => {
    const da = a.item.daysUntilDue;
    const db = b.item.daysUntilDue;
    if (da === null || db === null) return da === db ? a.index - b.index : da === null ? 1 : -1;
    return da - db || a.index - b.index;
  });
  return ranked.map((r) => r.item);
}
