import { useState } from 'react';
import type { FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { CreateShare, Share, ShareLists } from '../../../contracts/sharing.js';
import { ApiError, api, errorMessage, fieldMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select } from '../../components/ui/field.js';
import { LoadError, Loading } from '../../components/ui/status.js';
import { useToast } from '../../components/ui/toast.js';
import { sharingKeys } from './coach-comments.js';

const ALL_ANSWERS = 'answers';

function describe(share: Share): string {
  return share.scope === 'answers' ? 'All your practice answers' : (share.opportunityTitle ?? 'An opportunity');
}

/** Server mode, candidates: share an opportunity or all answers with a coach; see and revoke shares. */
export function SharingSection() {
  const qc = useQueryClient();
  const toast = useToast();
  const shares = useQuery({ queryKey: sharingKeys.shares, queryFn: () => api<ShareLists>('GET', '/shares') });
  const opportunities = useQuery({ queryKey: ['opportunities', 'for-sharing'], queryFn: () => api<{ items: Opportunity[] }>('GET', '/opportunities') });
  const [coachEmail, setCoachEmail] = useState('');
  const [what, setWhat] = useState(ALL_ANSWERS);
  const [error, setError] = useState<string | undefined>();

  const share = useMutation({
    mutationFn: (body: CreateShare) => api<Share>('POST', '/shares', { body }),
    onSuccess: (s) => {
      setCoachEmail('');
      toast.show(`Shared with ${s.coachName}.`);
      void qc.invalidateQueries({ queryKey: sharingKeys.shares });
    },
    onError: (e) => setError(e instanceof ApiError && e.field ? fieldMessage(e) : errorMessage(e)),
  });
  const revoke = useMutation({
    mutationFn: (s: Share) => api('DELETE', `/shares/${s.id}`),
    onSuccess: (_, s) => {
      void qc.invalidateQueries({ queryKey: sharingKeys.shares });
      toast.show(`${s.coachName} can no longer see ${s.scope === 'answers' ? 'your answers' : 'that opportunity'}.`, {
        action: {
          label: 'Undo',
          onClick: () => share.mutate({ coachEmail: s.coachEmail, scope: s.scope, ...(s.opportunityId ? { opportunityId: s.opportunityId } : {}) }),
        },
      });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(coachEmail.trim())) {
      setError('Enter your coach’s email address.');
      return;
    }
    setError(undefined);
    share.mutate(what === ALL_ANSWERS ? { coachEmail: coachEmail.trim(), scope: 'answers' } : { coachEmail: coachEmail.trim(), scope: 'opportunity', opportunityId: what });
  }

  return (
    <section aria-labelledby="sharing-heading" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-6 lg:col-span-2">
      <div>
        <h2 id="sharing-heading" className="text-base font-semibold">
          Sharing with a coach
        </h2>
        <p className="text-sm text-muted">A coach reads only what you share here and can comment on your answers and question plans. Revoke it any time.</p>
      </div>
      <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-start">
        <Field label="Coach’s email" required error={error}>
          {({ id, describedBy, invalid }) => (
            <Input id={id} name="coachEmail" type="email" value={coachEmail} onChange={(e) => setCoachEmail(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid} aria-required />
          )}
        </Field>
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
        <ul className="divide-y divide-line" aria-label="What you share">
          {shares.data.given.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium">{describe(s)}</p>
                <p className="text-xs text-muted">
                  with {s.coachName} ({s.coachEmail}) ·{' '}
                  <Link to="/shared/$id" params={{ id: s.id }} className="text-accent underline">
                    see comments
                  </Link>
                </p>
              </div>
              <Button size="sm" variant="danger" onClick={() => revoke.mutate(s)} disabled={revoke.isPending} aria-label={`Stop sharing ${describe(s)} with ${s.coachName}`}>
                Stop sharing
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
