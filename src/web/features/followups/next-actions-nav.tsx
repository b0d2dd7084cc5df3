import { useEffect, useId, useState } from 'react';
import type { MouseEventHandler } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useIdle } from '../../lib/idle.js';
import { COUNTS_REFRESH_MS, fetchNextActions, followUpKeys, useNextActionCounts } from './queries.js';
import { newlyDue, notificationsOn, notify } from './notifications.js';

/** Watches for follow-ups becoming due while the app is open and shows a browser notification (when the user turned them on). */
function DueNotifier() {
  const navigate = useNavigate();
  const [on, setOn] = useState(notificationsOn);
  // The opt-in button lives on another page: look again when the window regains focus or storage changes.
  useEffect(() => {
    const check = () => setOn(notificationsOn());
    window.addEventListener('focus', check);
    window.addEventListener('storage', check);
    window.addEventListener('offerbook:notifications', check);
    return () => {
      window.removeEventListener('focus', check);
      window.removeEventListener('storage', check);
      window.removeEventListener('offerbook:notifications', check);
    };
  }, []);
  const list = useQuery({ queryKey: followUpKeys.nextActions, queryFn: fetchNextActions, enabled: on, refetchInterval: COUNTS_REFRESH_MS });
  useEffect(() => {
    if (!on || !list.data) return;
    notify(
      newlyDue(list.data.items, new Date()),
      (item) => void navigate({ to: '/opportunities/$id', params: { id: item.opportunityId }, search: { tab: 'followups' } }),
    );
  }, [on, list.data, navigate]);
  return null;
}

/**
 * The "Next actions" navigation link with a badge counting what is overdue or due today. The
 * link's name stays "Next actions"; the count is its description, so screen readers hear both.
 */
export function NextActionsNavLink({
  className,
  active,
  onClick,
}: {
  className: string;
  active: boolean;
  onClick?: MouseEventHandler<HTMLAnchorElement> | undefined;
}) {
  const counts = useNextActionCounts(useIdle());
  const descId = useId();
  const attention = counts.data?.attention ?? 0;
  const overdue = counts.data?.overdue ?? 0;
  return (
    <Link
      to="/next"
      onClick={onClick}
      aria-current={active ? 'page' : undefined}
      aria-describedby={attention > 0 ? descId : undefined}
      className={className}
    >
      <span className="inline-flex items-center gap-1.5">
        Next actions
        {attention > 0 && (
          <span
            aria-hidden="true"
            data-testid="next-actions-count"
            className={
              overdue > 0
                ? 'min-w-5 rounded-full border border-danger bg-danger-soft px-1.5 text-center text-xs font-semibold text-danger'
                : 'min-w-5 rounded-full border border-warn bg-warn-soft px-1.5 text-center text-xs font-semibold text-warn'
            }
          >
            {attention}
          </span>
        )}
      </span>
      {attention > 0 && (
        <span id={descId} hidden>
          {overdue > 0 ? `${overdue} overdue, ${attention - overdue} due today` : `${attention} due today`}
        </span>
      )}
      <DueNotifier />
    </Link>
  );
}
