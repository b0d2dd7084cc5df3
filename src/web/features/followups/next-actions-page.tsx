import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Bell, BellOff } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { PageHeader } from '../../components/ui/page.js';
import { useToast } from '../../components/ui/toast.js';
import { NextActionRow } from './next-action-row.js';
import { notificationsOn, notificationsSupported, turnNotificationsOff, turnNotificationsOn } from './notifications.js';
import { useNextActions } from './queries.js';
import type { NextActionEntry, NextActionGroup } from '../../../contracts/followups.js';
import { NEXT_ACTIONS_LIMIT } from '../../../contracts/limits.js';

const GROUPS: { key: NextActionGroup; title: string; empty?: string }[] = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'today', title: 'Today' },
  { key: 'week', title: 'This week' },
  { key: 'later', title: 'Later' },
];

/** The opt-in for browser notifications while Offerbook is open. */
function NotificationsToggle() {
  const toast = useToast();
  const [on, setOn] = useState(notificationsOn);
  if (!notificationsSupported()) return null;
  const changed = () => window.dispatchEvent(new Event('offerbook:notifications'));
  if (on)
    return (
      <Button
        variant="secondary"
        onClick={() => {
          turnNotificationsOff();
          setOn(false);
          changed();
          toast.show('Notifications turned off.');
        }}
      >
        <BellOff size={16} aria-hidden="true" />
        Turn off notifications
      </Button>
    );
  return (
    <Button
      variant="secondary"
      onClick={() =>
        void turnNotificationsOn().then((permission) => {
          const granted = permission === 'granted';
          setOn(granted);
          changed();
          toast.show(
            granted
              ? 'You will get a notification when a thank-you note or check-in becomes due, while Offerbook is open.'
              : 'Notifications are blocked for this site in your browser settings.',
            granted ? {} : { tone: 'error' },
          );
        })
      }
    >
      <Bell size={16} aria-hidden="true" />
      Notify me when follow-ups are due
    </Button>
  );
}

function Group({ title, items, id, total }: { title: string; items: NextActionEntry[]; id: string; total: number }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-surface">
      <h2 id={id} className="flex items-center justify-between border-b border-line px-5 py-3 text-base font-semibold">
        {title}
        <span className="text-sm font-normal text-muted">{items.length < total ? `${items.length} of ${total}` : total}</span>
      </h2>
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <NextActionRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** Every next action across opportunities (route `/next`), grouped Overdue / Today / This week / Later. */
export function NextActionsPage() {
  const [limit, setLimit] = useState(NEXT_ACTIONS_LIMIT);
  const q = useNextActions(limit);
  const header = (lead?: string) => <PageHeader title="Next actions" lead={lead} actions={<NotificationsToggle />} />;
  if (q.isPending)
    return (
      <>
        {header()}
        <Loading />
      </>
    );
  if (q.isError)
    return (
      <>
        {header()}
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      </>
    );
  const { items, counts, truncated } = q.data;
  if (items.length === 0)
    return (
      <>
        {header()}
        <EmptyState
          title="Nothing to do right now"
          actions={
            <Link to="/opportunities" className={buttonClass('secondary')}>
              See your opportunities
            </Link>
          }
        >
          <p>
            Thank-you notes, check-ins, upcoming interviews, prep, offer deadlines and each opportunity’s next step all show here, the most
            urgent first.
          </p>
        </EmptyState>
      </>
    );
  const lead =
    counts.overdue > 0
      ? `${counts.overdue} overdue, ${counts.today} due today: start at the top.`
      : counts.today > 0
        ? `${counts.today} due today.`
        : `${counts.total} planned, nothing overdue.`;
  return (
    <>
      {header(lead)}
      <div className="flex flex-col gap-6">
        {GROUPS.map((g) => {
          const inGroup = items.filter((i) => i.group === g.key);
          return inGroup.length > 0 ? (
            <Group key={g.key} id={`group-${g.key}`} title={g.title} items={inGroup} total={counts[g.key]} />
          ) : null;
        })}
        {truncated && (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-muted" aria-live="polite">
              Showing the {items.length} most urgent of {counts.total}.
            </p>
            <Button variant="secondary" size="sm" disabled={q.isPlaceholderData} onClick={() => setLimit((l) => l + NEXT_ACTIONS_LIMIT)}>
              {q.isPlaceholderData ? 'Loading…' : `Show ${Math.min(NEXT_ACTIONS_LIMIT, counts.total - items.length)} more`}
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
