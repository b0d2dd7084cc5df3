import { useState } from 'react';
import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchSummaries, keys as opportunityKeys } from '../opportunities/queries.js';
import { Button } from '../../components/ui/button.js';
import { Field, Select } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { CoachEmailField, describeShare, GivenShares } from './given-shares.js';
import { checkCoachEmail, shareErrorMessage, useShareLists, useSharing } from './share-actions.js';

const ALL_ANSWERS = 'answers';

/** Server mode, candidates: share an opportunity or all answers with a coach; see and revoke shares. */
export function SharingSection() {
  const toast = useToast();
  const shares = useShareLists();
  const opportunities = useQuery({ queryKey: opportunityKeys.forSharing, queryFn: () => fetchSummaries().then((items) => ({ items })) });
  const [coachEmail, setCoachEmail] = useState('');
  const [what, setWhat] = useState(ALL_ANSWERS);
  const [error, setError] = useState<string | undefined>();
  const { share, revoke } = useSharing(toast.show);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkCoachEmail(coachEmail);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    share.mutate(
      what === ALL_ANSWERS
        ? { coachEmail: checked.email, scope: 'answers' }
        : { coachEmail: checked.email, scope: 'opportunity', opportunityId: what },
      {
        onSuccess: () => setCoachEmail(''),
        onError: (err) => setError(shareErrorMessage(err)),
      },
    );
  }

  return (
    <section aria-labelledby="sharing-heading" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6 lg:col-span-2">
      <div>
        <h2 id="sharing-heading" className="text-base font-semibold">
          Sharing with a coach
        </h2>
        <p className="text-sm text-muted">
          A coach reads only what you share here and can comment on your answers and question plans. Revoke it any time.
        </p>
      </div>
      <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-start">
        <CoachEmailField value={coachEmail} onChange={setCoachEmail} error={error} />
        <Field label="What to share">
          {({ id }) => (
            <Select id={id} name="what" value={what} onChange={(e) => setWhat(e.target.value)}>
              <option value={ALL_ANSWERS}>All my practice answers</option>
              {(opportunities.data?.items ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.employerName} — {o.roleTitle}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="md:pt-7">
          <Button type="submit" disabled={share.isPending}>
            {share.isPending ? 'Sharing…' : 'Share'}
          </Button>
        </div>
      </form>
      {shares.isPending ? (
        <Loading />
      ) : shares.isError ? (
        <LoadError error={shares.error} onRetry={() => void shares.refetch()} />
      ) : shares.data.given.length === 0 ? (
        <p className="text-sm text-muted">You are not sharing anything yet.</p>
      ) : (
        <GivenShares
          shares={shares.data.given}
          label="What you share"
          title={describeShare}
          detail={(s) => `with ${s.coachName} (${s.coachEmail})`}
          onStop={(s) => revoke.mutate(s)}
          stopping={revoke.isPending}
        />
      )}
    </section>
  );
}
