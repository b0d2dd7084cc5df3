import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/ui/button.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { formatInstant } from '../../lib/dates.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { CheckInTimeline } from './check-in-timeline.js';
import { useFollowUps } from './queries.js';
import { useInterviews } from '../interviews/queries.js';
import { ThankYouCard } from './thank-you-card.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

/** The opportunity's thank-you notes (one per interviewer) and check-ins, with the rules behind the dates. */
export function FollowupsTab({ opportunity }: { opportunity: Opportunity }) {
  const q = useFollowUps(opportunity.id);
  const interviews = useInterviews(opportunity.id);
  if (q.isPending) return <Loading label="Loading follow-ups…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const f = q.data;
  if (f.thankYous.length === 0 && f.checkIns.length === 0 && !f.moveOn)
    return (
      <EmptyState
        title="No follow-ups yet"
        actions={
          <Link to="/opportunities/$id" params={{ id: opportunity.id }} search={{ tab: 'interviews' }} className={buttonClass('secondary')}>
            Go to Interviews
          </Link>
        }
      >
        <p>
          Add an interview with its interviewers on the Interviews tab. Afterwards, a thank-you note for each of them waits here, drafted
          from what you choose to say and answering the concerns they raised, followed by check-ins on the right dates.
        </p>
        <p className="mt-2">Offerbook never sends mail itself: copy a note or open it in your own mail app.</p>
      </EmptyState>
    );

  // A thank-you follows the conversation, so no draft shows before the interview has begun; the tab says when it will.
  const now = Date.now();
  const startOf = new Map((interviews.data ?? []).map((i) => [i.id, Date.parse(i.startsAt)]));
  const notYet = (n: (typeof f.thankYous)[number]) => !n.held && (startOf.get(n.interviewId) ?? 0) > now;
  const waiting = f.thankYous.filter((n) => notYet(n) && n.status !== 'sent' && n.status !== 'dismissed');
  const open = f.thankYous.filter((n) => !notYet(n) && n.status !== 'sent' && n.status !== 'dismissed');
  const done = f.thankYous.filter((n) => n.status === 'sent' || n.status === 'dismissed');
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex flex-col gap-4 lg:col-span-2">
        <h2 className="text-lg font-semibold">Thank-you notes</h2>
        {f.needsName && (
          <p role="note" className="rounded-lg border border-warn bg-warn-soft px-4 py-3 text-sm text-warn">
            Your notes are signed “[Your name]”.{' '}
            <Link to="/settings" className="font-medium underline underline-offset-2">
              Add your name in Settings
            </Link>{' '}
            to sign them properly.
          </p>
        )}
        {f.thankYous.length === 0 && (
          <p className="text-sm text-muted">
            Add the interviewers to each conversation on the Interviews tab to get a note for each of them.
          </p>
        )}
        {waiting.length > 0 && (
          <p className="rounded-xl border border-line bg-surface p-4 text-sm text-muted" data-thank-yous-waiting>
            After the interview (
            {formatInstant(
              waiting.reduce((a, n) => (n.conversationEndedAt < a ? n.conversationEndedAt : a), waiting[0]!.conversationEndedAt),
            )}
            ), a thank-you note for {[...new Set(waiting.map((n) => n.personName))].join(', ')} is drafted here, with what you choose to
            say.
          </p>
        )}
        {open.map((n) => (
          <ThankYouCard
            key={n.id}
            note={n}
            opportunityId={opportunity.id}
            privateText={f.privateText}
            otherNames={[opportunity.employerName, opportunity.roleTitle]}
          />
        ))}
        {done.length > 0 && (
          <section aria-labelledby="done-notes-h">
            <h3 id="done-notes-h" className="mb-2 text-sm font-semibold text-muted">
              Sent or set aside
            </h3>
            <div className="flex flex-col gap-3">
              {done.map((n) => (
                <ThankYouCard
                  key={n.id}
                  note={n}
                  opportunityId={opportunity.id}
                  privateText={f.privateText}
                  otherNames={[opportunity.employerName, opportunity.roleTitle]}
                />
              ))}
            </div>
          </section>
        )}
      </div>
      <div className="flex flex-col gap-6">
        <CheckInTimeline
          followUps={f}
          stage={opportunity.stage}
          interview={waiting.length > 0 ? 'coming' : f.thankYous.length > 0 ? 'held' : 'none'}
        />
        <details className="rounded-xl border border-line bg-surface p-5 text-sm">
          <summary className="cursor-pointer font-medium">How these dates are worked out</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
            {f.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="mt-2 text-muted">
            Dates are in your time zone ({f.timeZone}). Change the rules in{' '}
            <Link to="/settings" className="text-accent underline underline-offset-2">
              Settings
            </Link>
            .
          </p>
        </details>
      </div>
    </div>
  );
}
