import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { UserPlus } from 'lucide-react';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Share } from '../../../contracts/sharing.js';
import { Button } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { formatInstant } from '../../lib/dates.js';
import { CoachEmailField, GivenShares } from './given-shares.js';
import { useMe } from './queries.js';
import { checkCoachEmail, shareErrorMessage, useShareLists, useSharing } from './share-actions.js';
import type { ShareNotify } from './share-actions.js';

type Notice = { message: string; tone: 'info' | 'error'; action?: { label: string; onClick: () => void } | undefined };

/**
 * Server mode, candidates: "Share with a coach" on the opportunity page. The dialog shares this
 * opportunity (its question plan and tailored answers) by the coach's email, lists who already has
 * it and stops sharing with Undo. Renders nothing in local mode or for coaches and admins.
 */
export function ShareWithCoach({ opportunity }: { opportunity: Opportunity }) {
  const me = useMe();
  if (me.data?.mode !== 'server' || me.data.user?.role !== 'candidate') return null;
  return <ShareWithCoachDialog opportunity={opportunity} />;
}

function ShareWithCoachDialog({ opportunity }: { opportunity: Opportunity }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  // Inside the modal the page's toasts are hidden from screen readers, so the dialog says it itself.
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify: ShareNotify = (message, opts) => setNotice({ message, tone: opts?.tone ?? 'info', action: opts?.action });
  const { share, revoke } = useSharing(notify);
  const [coachEmail, setCoachEmail] = useState('');
  const [error, setError] = useState<string | undefined>();

  function onOpenChange(next: boolean) {
    // An Undo still on offer when the dialog closes moves to the page's toast.
    if (!next && notice?.action) toast.show(notice.message, { action: notice.action });
    if (!next) {
      setNotice(null);
      setError(undefined);
    }
    setOpen(next);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkCoachEmail(coachEmail);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    share.mutate(
      { coachEmail: checked.email, scope: 'opportunity', opportunityId: opportunity.id },
      { onSuccess: () => setCoachEmail(''), onError: (err) => setError(shareErrorMessage(err)) },
    );
  }

  return (
    <>
      <Button variant="secondary" size="sm" className="h-9" onClick={() => onOpenChange(true)}>
        <UserPlus size={14} aria-hidden="true" />
        Share with a coach
      </Button>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title="Share with a coach"
        description={`Your coach can read ${opportunity.employerName} (${opportunity.roleTitle}), its question plan and the answers tailored to it, and comment on them. Nothing else in your notebook. Stop sharing any time.`}
      >
        <div className="flex flex-col gap-4">
          <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
            <div className="min-w-0 flex-1">
              <CoachEmailField value={coachEmail} onChange={setCoachEmail} error={error} />
            </div>
            <div className="sm:pt-7">
              <Button type="submit" disabled={share.isPending}>
                {share.isPending ? 'Sharing…' : 'Share'}
              </Button>
            </div>
          </form>
          <div role="status" className="min-h-0">
            {notice && (
              <p
                className={`flex flex-wrap items-center gap-3 rounded-lg border px-3 py-2 text-sm ${notice.tone === 'error' ? 'border-danger bg-danger-soft text-danger' : 'border-line bg-bg'}`}
              >
                <span className="flex-1">{notice.message}</span>
                {notice.action && (
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => {
                      notice.action?.onClick();
                      setNotice(null);
                    }}
                  >
                    {notice.action.label}
                  </Button>
                )}
              </p>
            )}
          </div>
          <AlreadySharedWith opportunityId={opportunity.id} onStop={(s) => revoke.mutate(s)} stopping={revoke.isPending} />
        </div>
      </Dialog>
    </>
  );
}

interface StopProps {
  onStop: (share: Share) => void;
  stopping: boolean;
}

function AlreadySharedWith({ opportunityId, onStop, stopping }: StopProps & { opportunityId: string }) {
  const shares = useShareLists();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-1">
      <h3 id={headingId} className="text-sm font-semibold">
        Shared with
      </h3>
      {shares.isPending ? (
        <Loading label="Loading who can see it…" />
      ) : shares.isError ? (
        <LoadError error={shares.error} onRetry={() => void shares.refetch()} />
      ) : (
        <SharedWithList
          shares={shares.data.given.filter((s) => s.scope === 'opportunity' && s.opportunityId === opportunityId)}
          onStop={onStop}
          stopping={stopping}
        />
      )}
    </section>
  );
}

function SharedWithList({ shares, onStop, stopping }: StopProps & { shares: Share[] }) {
  if (shares.length === 0) return <p className="text-sm text-muted">No coach can see this opportunity yet.</p>;
  return (
    <GivenShares
      shares={shares}
      label="Coaches who can see this opportunity"
      title={(s) => s.coachName}
      detail={(s) => `${s.coachEmail}, since ${formatInstant(s.createdAt)}`}
      onStop={onStop}
      stopping={stopping}
    />
  );
}
