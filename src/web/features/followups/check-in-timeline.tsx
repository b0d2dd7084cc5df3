import { Check, Copy, Mail, Phone } from 'lucide-react';
import { checkInsApply } from '../../../core/followup/stages.js';
import clsx from 'clsx';
import { Button } from '../../components/ui/button.js';
import { Badge } from '../../components/ui/badge.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { formatDate, formatInstant } from '../../lib/dates.js';
import { usePatchFollowUp, type FollowUpRef } from './queries.js';
import type { CheckIn, FollowUps, PatchFollowUp } from '../../../contracts/followups.js';

const CHANNEL: Record<CheckIn['channel'], string> = {
  email: 'by email',
  phone: 'by phone',
  linkedin: 'on LinkedIn',
  other: 'their preferred way',
};

function when(c: CheckIn): string {
  if (c.status === 'sent' && c.sentAt) return `Sent ${formatInstant(c.sentAt)}`;
  if (!c.dueAt || !c.dueLocalDate) return 'Not planned';
  const time = new Date(c.dueAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(c.dueLocalDate)}, ${time}`;
}

/** The check-ins after the interviews, in order, each with its date in the user's zone, and the move-on advice. */
export function CheckInTimeline({
  followUps,
  interview = 'none',
  stage,
}: {
  followUps: FollowUps;
  interview?: 'none' | 'coming' | 'held';
  stage?: string;
}) {
  const patch = usePatchFollowUp(followUps.opportunityId);
  const toast = useToast();
  const { checkIns, moveOn } = followUps;
  const nextUnsent = checkIns.find((c) => c.status !== 'sent' && c.status !== 'dismissed');

  const change = (c: CheckIn, body: PatchFollowUp, message: string, undo: PatchFollowUp) => {
    const ref: FollowUpRef = { kind: 'check-in', opportunityId: followUps.opportunityId, sequence: c.sequence };
    patch.mutate(
      { ref, body },
      {
        onSuccess: () =>
          toast.show(message, {
            action: {
              label: 'Undo',
              onClick: () => patch.mutate({ ref, body: undo }, { onError: (e) => toast.show(errorMessage(e), { tone: 'error' }) }),
            },
          }),
        onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
      },
    );
  };

  async function copy(c: CheckIn) {
    try {
      await navigator.clipboard.writeText(`Subject: ${c.subject}\n\n${c.body}`);
      toast.show('Copied the check-in note.');
    } catch {
      toast.show('Copying is blocked here.', { tone: 'error' });
    }
  }

  return (
    <section aria-labelledby="check-ins-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="check-ins-h" className="text-base font-semibold">
        Check-ins
      </h2>
      {checkIns.length === 0 && !moveOn ? (
        <p className="mt-2 text-sm text-muted">
          {stage && !checkInsApply(stage)
            ? 'No check-ins at this stage: they are for waiting on a decision after the interviews.'
            : interview === 'coming'
              ? 'Check-ins are planned once the interview is over, from the decision date they give you.'
              : interview === 'held'
                ? 'Check-ins are planned from the decision date they gave you.'
                : 'Check-ins are planned once an interview with an interviewer is on the calendar.'}
        </p>
      ) : (
        <ol className="mt-3 space-y-4 border-l-2 border-line pl-4">
          {checkIns.map((c) => (
            <li key={c.id} className={clsx('relative', c.status === 'dismissed' && 'opacity-70')} data-check-in={c.sequence}>
              <span
                aria-hidden="true"
                className={clsx(
                  'absolute -left-[1.4rem] top-1 size-3 rounded-full border-2',
                  c.status === 'sent' ? 'border-ok bg-ok' : 'border-accent bg-surface',
                )}
              />
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">Check-in {c.sequence}</span>
                <span>{when(c)}</span>
                {c.status === 'due' && <Badge tone="warn">Due</Badge>}
                {c.status === 'dismissed' && <Badge>Skipped</Badge>}
              </p>
              {c.status !== 'sent' && (
                <p className="mt-0.5 text-sm text-muted">
                  {c.personName ? `${c.personName}, ${CHANNEL[c.channel]}` : CHANNEL[c.channel]}
                  {c.to ? ` (${c.to})` : ''}. {c.reason}
                </p>
              )}
              <div className="mt-2 flex flex-wrap gap-2">
                {c.status === 'sent' ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => change(c, { sent: false }, `Check-in ${c.sequence} marked not sent.`, { sent: true })}
                  >
                    Mark not sent<span className="sr-only"> (check-in {c.sequence})</span>
                  </Button>
                ) : c.status === 'dismissed' ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => change(c, { dismissed: false }, `Check-in ${c.sequence} restored.`, { dismissed: true })}
                  >
                    Restore<span className="sr-only"> check-in {c.sequence}</span>
                  </Button>
                ) : (
                  c.id === nextUnsent?.id && (
                    <>
                      <Button
                        size="sm"
                        onClick={() => {
                          // Open findings (the name placeholder, a date for computers…) ask before it counts as sent.
                          const open = c.findings.map((f) => f.message).join('\n');
                          if (open && !window.confirm(`Check-in ${c.sequence} still has something to fix:\n${open}\nMark it sent anyway?`))
                            return;
                          change(c, { sent: true }, `Check-in ${c.sequence} marked sent.`, { sent: false });
                        }}
                      >
                        <Check size={14} aria-hidden="true" />
                        Mark sent<span className="sr-only"> (check-in {c.sequence})</span>
                      </Button>
                      {c.mailto ? (
                        <a
                          href={c.mailto}
                          className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-accent-soft"
                        >
                          <Mail size={14} aria-hidden="true" />
                          Open in mail app<span className="sr-only"> for check-in {c.sequence}</span>
                        </a>
                      ) : (
                        c.channel === 'phone' &&
                        c.to && (
                          <a
                            href={`tel:${c.to.replace(/[^+\d]/g, '')}`}
                            className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-accent-soft"
                          >
                            <Phone size={14} aria-hidden="true" />
                            Call {c.to}
                          </a>
                        )
                      )}
                      <Button variant="secondary" size="sm" onClick={() => void copy(c)}>
                        <Copy size={14} aria-hidden="true" />
                        Copy note<span className="sr-only"> for check-in {c.sequence}</span>
                      </Button>
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => change(c, { dismissed: true }, `Check-in ${c.sequence} skipped.`, { dismissed: false })}
                      >
                        Skip<span className="sr-only"> check-in {c.sequence}</span>
                      </Button>
                    </>
                  )
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {moveOn && (
        <div role="note" className="mt-4 rounded-lg border border-warn bg-warn-soft px-4 py-3 text-sm text-warn">
          <p className="font-medium">{moveOn.reason}</p>
          <p className="mt-1">{moveOn.suggestion}</p>
        </div>
      )}
    </section>
  );
}
