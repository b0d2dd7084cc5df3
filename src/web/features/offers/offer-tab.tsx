import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CalendarClock, Scale } from 'lucide-react';
import { Badge } from '../../components/ui/badge.js';
import { Button, buttonClass } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { EmptyState } from '../../components/ui/empty-state.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { formatDate, localDate } from '../../lib/dates.js';
import { ClosingNotesDialog } from './closing-notes-dialog.js';
import { deadlineCountdown, formatMoney, quotedPay, restoreBody, whereText } from './model.js';
import { OfferForm } from './offer-form.js';
import { restoreOffer, useClosingNotes, useDecide, useDeleteOffer, useOffer, useReopen } from './queries.js';
import type { ClosingNoteDraft, Offer } from '../../../contracts/offers.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

const STATUS = {
  pending: { label: 'Waiting for your answer', tone: 'accent' },
  accepted: { label: 'Accepted', tone: 'ok' },
  declined: { label: 'Declined', tone: 'neutral' },
} as const;

/** The opportunity's offer: terms, deadline, accept or decline. */
export function OfferTab({ opportunity }: { opportunity: Opportunity }) {
  const q = useOffer(opportunity.id);
  if (q.isPending) return <Loading label="Loading the offer…" />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const offer = q.data;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="flex flex-col gap-6 lg:col-span-2">
        {offer ? (
          <Decision opportunity={opportunity} offer={offer} />
        ) : (
          <EmptyState title="No offer recorded yet">
            <p>
              When {opportunity.employerName} makes an offer, write its terms down here while the call is fresh: pay, bonus, equity,
              benefits, start date, where you would work and when they need your answer. Saving moves the opportunity to the Offer stage.
            </p>
          </EmptyState>
        )}
        <section aria-labelledby="offer-terms" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="offer-terms" className="mb-4 text-base font-semibold">
            {offer ? 'Offer terms' : 'Record the offer'}
          </h2>
          <OfferForm opportunity={opportunity} offer={offer} />
        </section>
      </div>
      <aside aria-labelledby="offer-tips" className="h-fit rounded-xl border border-line bg-surface p-5 text-sm">
        <h2 id="offer-tips" className="text-base font-semibold">
          Before you answer
        </h2>
        <ul className="mt-2 list-disc space-y-1.5 pl-5 text-muted">
          <li>Get the offer in writing, and ask for the day by which they need your answer.</li>
          <li>Put it next to your other offers and your priorities, not just next to your current job.</li>
          <li>It is normal to ask for a few days to think, and to negotiate once, politely, with reasons.</li>
        </ul>
        <Link to="/offers" className={buttonClass('secondary', 'sm', 'mt-4')}>
          <Scale size={14} aria-hidden="true" />
          Compare offers
        </Link>
      </aside>
    </div>
  );
}

function Decision({ opportunity, offer }: { opportunity: Opportunity; offer: Offer }) {
  const toast = useToast();
  const decide = useDecide(opportunity.id);
  const reopen = useReopen(opportunity.id);
  const remove = useDeleteOffer(opportunity.id);
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState<'accept' | 'decline' | null>(null);
  const [review, setReview] = useState<{ kind: 'accept' | 'decline'; notes: ClosingNoteDraft[] } | null>(null);
  const [showOthers, setShowOthers] = useState(false);
  const others = useClosingNotes(opportunity.id, showOthers && offer.status === 'accepted');
  const countdown = offer.status === 'pending' ? deadlineCountdown(localDate(new Date()), offer.deadline) : null;
  const pay = quotedPay(offer);
  const where = whereText(offer);
  const status = STATUS[offer.status];

  function run(action: 'accept' | 'decline') {
    decide.mutate(
      { action },
      {
        onSuccess: (d) => {
          setConfirm(null);
          toast.show(
            action === 'accept'
              ? `You accepted the offer from ${opportunity.employerName}.`
              : `You declined the offer from ${opportunity.employerName}.`,
            {
              action: { label: 'Undo', onClick: () => reopen.mutate() },
            },
          );
          setReview({ kind: action, notes: d.closingNotes });
        },
        onError: (e) => {
          setConfirm(null);
          toast.show(errorMessage(e), { tone: 'error' });
        },
      },
    );
  }

  // The tab shows the empty state once the offer is gone, so this section unmounts: await, then toast.
  async function deleteOffer() {
    try {
      await remove.mutateAsync();
    } catch (e) {
      toast.show(errorMessage(e), { tone: 'error' });
      return;
    }
    const undo = () =>
      restoreOffer(qc, opportunity.id, restoreBody(offer)).then(
        () => toast.show('Offer restored.'),
        (e: unknown) => toast.show(`Not restored: ${errorMessage(e)}`, { tone: 'error' }),
      );
    toast.show('Offer deleted.', { action: { label: 'Undo', onClick: () => void undo() } });
  }

  return (
    <section aria-labelledby="offer-status" className="rounded-xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="offer-status" className="text-base font-semibold">
          Offer from {opportunity.employerName}
        </h2>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">Pay</dt>
          <dd className="font-medium">
            {pay ?? 'Not recorded'}
            {offer.yearlyPay !== null && offer.payPeriod !== 'year' && (
              <span className="font-normal text-muted"> · {formatMoney(offer.yearlyPay, offer.currency)} a year</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Where</dt>
          <dd className="font-medium">{where ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt className="text-muted">Start date</dt>
          <dd className="font-medium">{offer.startDate ? formatDate(offer.startDate) : 'Not agreed yet'}</dd>
        </div>
        <div>
          <dt className="text-muted">Answer by</dt>
          <dd className="font-medium">{offer.deadline ? formatDate(offer.deadline) : 'No deadline given'}</dd>
        </div>
      </dl>
      {countdown && (
        <p
          className={`mt-3 flex items-center gap-2 text-sm font-medium ${countdown.tone === 'danger' ? 'text-danger' : countdown.tone === 'warn' ? 'text-warn' : 'text-accent'}`}
          data-testid="deadline-countdown"
        >
          <CalendarClock size={16} aria-hidden="true" />
          {countdown.text}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        {offer.status === 'pending' && (
          <>
            <Button onClick={() => setConfirm('accept')}>Accept offer</Button>
            <Button variant="secondary" onClick={() => setConfirm('decline')}>
              Decline offer
            </Button>
          </>
        )}
        {offer.status === 'accepted' && (
          <Button onClick={() => setShowOthers(true)} disabled={others.isFetching}>
            Close your other opportunities
          </Button>
        )}
        {offer.status !== 'pending' && (
          <Button
            variant="secondary"
            disabled={reopen.isPending}
            onClick={() => reopen.mutate(undefined, { onSuccess: () => toast.show('The offer is open again.') })}
          >
            {offer.status === 'accepted' ? 'Undo accept' : 'Undo decline'}
          </Button>
        )}
        <Button variant="danger" disabled={remove.isPending} onClick={() => void deleteOffer()}>
          Delete offer
        </Button>
      </div>

      <Dialog
        open={confirm !== null}
        onOpenChange={(o) => !o && setConfirm(null)}
        title={
          confirm === 'accept'
            ? `Accept the offer from ${opportunity.employerName}?`
            : `Decline the offer from ${opportunity.employerName}?`
        }
        description={
          confirm === 'accept'
            ? 'The opportunity moves to Accepted. Offerbook then drafts polite notes to close your other open opportunities, for you to review. Nothing is sent.'
            : 'The opportunity moves to Withdrawn. Offerbook drafts a polite note for you to send. Nothing is sent.'
        }
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
            <Button disabled={decide.isPending} onClick={() => confirm && run(confirm)}>
              {confirm === 'accept' ? 'Accept offer' : 'Decline offer'}
            </Button>
          </>
        }
      />
      {review && (
        <ClosingNotesDialog
          open
          onOpenChange={(o) => !o && setReview(null)}
          title={review.kind === 'accept' ? 'Close your other opportunities' : 'Your note to decline'}
          lead={
            review.kind === 'accept'
              ? 'Congratulations! Let the others know, politely. Review each note, send it from your own mail, then mark it done.'
              : 'Edit the note if you like, then send it from your own mail.'
          }
          notes={review.notes}
          alreadyClosed={review.kind === 'decline' ? new Set([opportunity.id]) : undefined}
        />
      )}
      {showOthers && others.isError && (
        <p role="alert" className="mt-3 text-sm text-danger">
          The drafts could not be loaded: {errorMessage(others.error)}
        </p>
      )}
      {showOthers && others.data && (
        <ClosingNotesDialog
          open
          onOpenChange={(o) => !o && setShowOthers(false)}
          title="Close your other opportunities"
          lead="Review each note, send it from your own mail, then mark it done."
          notes={others.data}
        />
      )}
    </section>
  );
}
