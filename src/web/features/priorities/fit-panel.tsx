import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Scale } from 'lucide-react';
import { LoadError, Loading } from '../../components/ui/status.js';
import { controlClass } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { errorMessage } from '../../api/client.js';
import { RatingGroup } from './rating-group.js';
import { liveFit, unknownText } from './fit-model.js';
import type { RatingDraft } from './fit-model.js';
import { useFit, usePriorities, useSaveFit } from './queries.js';
import type { Fit, Priority } from '../../../contracts/priorities.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

function fromFit(fit: Fit): Record<string, RatingDraft> {
  return Object.fromEntries(fit.ratings.map((r) => [r.key, { rating: r.rating, evidence: r.evidence }]));
}

function FitEditor({ opportunityId, priorities, fit }: { opportunityId: string; priorities: Priority[]; fit: Fit }) {
  const save = useSaveFit(opportunityId);
  const toast = useToast();
  const [local, setLocal] = useState<Record<string, RatingDraft>>(() => fromFit(fit));
  const [saved, setSaved] = useState<Record<string, RatingDraft>>(() => fromFit(fit));
  // The server's answer becomes the new baseline; what the user is typing stays untouched.
  useEffect(() => setSaved(fromFit(fit)), [fit]);
  const live = useMemo(() => liveFit(priorities, local), [priorities, local]);
  const shown = priorities.filter((p) => p.weight > 0);

  function persist(key: string, v: RatingDraft) {
    const before = saved[key];
    if (before && before.rating === v.rating && before.evidence === v.evidence) return;
    save.mutate(
      { ratings: [{ key, rating: v.rating, evidence: v.evidence }] },
      { onError: (e) => toast.show(`Fit not saved: ${errorMessage(e)}`, { tone: 'error' }) },
    );
  }
  const get = (key: string): RatingDraft => local[key] ?? { rating: 'unknown', evidence: '' };
  // Evidence saves as you type (a short pause), and at once when the field is left.
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((t) => clearTimeout(t));
  }, []);
  function persistSoon(key: string, v: RatingDraft) {
    clearTimeout(timers.current.get(key));
    timers.current.set(
      key,
      setTimeout(() => persist(key, v), 700),
    );
  }
  const dirty = shown.some((p) => (local[p.key]?.evidence ?? '') !== (saved[p.key]?.evidence ?? ''));

  return (
    <>
      <div className="mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-1" role="status" aria-live="polite">
        <p className="text-3xl font-semibold tabular-nums" data-testid="fit-score">
          {live.score === null ? '—' : Math.round(live.score)}
          <span className="text-sm font-normal text-muted"> {live.score === null ? 'not rated yet' : 'out of 100'}</span>
        </p>
        <p className="text-sm text-muted">{unknownText(live.gaps)}</p>
      </div>
      <UnsavedGuard dirty={dirty} />
      <p className="mt-1 text-xs text-muted" data-save-state={save.isPending ? 'saving' : dirty ? 'pending' : 'saved'}>
        {save.isPending ? 'Saving…' : dirty ? 'Saving soon…' : 'All changes saved.'}
      </p>
      <ul className="mt-4 divide-y divide-line">
        {shown.map((p) => {
          const v = get(p.key);
          const evidenceId = `fit-evidence-${p.key}`;
          return (
            <li key={p.key} className="grid gap-2 py-3 md:grid-cols-[10rem_auto_1fr] md:items-center">
              <p className="text-sm font-medium">
                {p.name} <span className="text-xs font-normal text-muted">· weight {p.weight}</span>
              </p>
              <RatingGroup
                name={`fit-${opportunityId}-${p.key}`}
                label={p.name}
                value={v.rating}
                onChange={(rating) => {
                  const next = { ...v, rating };
                  setLocal((l) => ({ ...l, [p.key]: next }));
                  persist(p.key, next);
                }}
              />
              <div>
                <label htmlFor={evidenceId} className="sr-only">
                  Evidence for {p.name}
                </label>
                <input
                  id={evidenceId}
                  className={controlClass}
                  placeholder="Evidence: what makes you say so"
                  value={v.evidence}
                  onChange={(e) => {
                    const next = { ...v, evidence: e.target.value };
                    setLocal((l) => ({ ...l, [p.key]: next }));
                    persistSoon(p.key, next);
                  }}
                  onBlur={() => {
                    clearTimeout(timers.current.get(p.key));
                    persist(p.key, v);
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The Fit panel on the Overview tab: rate this opportunity on each priority that matters, with evidence. */
export function FitPanel({ opportunityId }: { opportunityId: string }) {
  const pq = usePriorities();
  const fq = useFit(opportunityId);
  return (
    <section aria-labelledby="fit-h" className="rounded-xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="fit-h" className="flex items-center gap-2 text-base font-semibold">
          <Scale size={18} aria-hidden="true" className="text-accent" />
          Fit with your priorities
        </h2>
        <Link to="/priorities" className="text-sm text-accent underline underline-offset-2">
          Edit your priorities
        </Link>
      </div>
      {pq.isPending || fq.isPending ? (
        <Loading label="Loading fit…" />
      ) : pq.isError ? (
        <LoadError error={pq.error} onRetry={() => void pq.refetch()} />
      ) : fq.isError ? (
        <LoadError error={fq.error} onRetry={() => void fq.refetch()} />
      ) : (
        <FitEditor opportunityId={opportunityId} priorities={pq.data} fit={fq.data} />
      )}
    </section>
  );
}
