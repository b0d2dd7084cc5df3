import { useState } from 'react';
import { Pencil } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { useToast } from '../../components/ui/toast.js';
import { formFromOpportunity } from './form-model.js';
import { OpportunityForm } from './opportunity-form.js';
import { useUpdateOpportunity } from './mutations.js';
import { MarkdownView } from '../research/markdown-view.js';
import type { Opportunity } from '../../../contracts/opportunities.js';

const ARRANGEMENT = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' } as const;

/** Pay in words, e.g. "50,000–65,000 EUR per year". */
export function payText(o: Pick<Opportunity, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): string | null {
  const fmt = (n: number) => n.toLocaleString();
  const range =
    o.salaryMin !== null && o.salaryMax !== null
      ? o.salaryMin === o.salaryMax
        ? fmt(o.salaryMin)
        : `${fmt(o.salaryMin)}–${fmt(o.salaryMax)}`
      : o.salaryMin !== null
        ? `from ${fmt(o.salaryMin)}`
        : o.salaryMax !== null
          ? `up to ${fmt(o.salaryMax)}`
          : null;
  if (!range) return null;
  return [range, o.salaryCurrency, o.salaryPeriod ? `per ${o.salaryPeriod}` : null].filter(Boolean).join(' ');
}

/** The opportunity's facts, read-only until the user chooses to edit them. */
export function Details({ o }: { o: Opportunity }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateOpportunity(o.id);
  const toast = useToast();
  if (editing)
    return (
      <section aria-labelledby="details-h" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="details-h" className="mb-4 text-base font-semibold">
          Edit details
        </h2>
        <OpportunityForm
          initial={formFromOpportunity(o)}
          sections="details"
          submitLabel="Save details"
          onSubmit={async (body) => {
            const { stage: _s, nextAction: _a, nextActionDue: _d, excitement: _e, ...details } = body;
            await update.mutateAsync(details);
            setEditing(false);
            toast.show('Details saved.');
          }}
          extraActions={
            <Button variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          }
        />
      </section>
    );
  const pay = payText(o);
  const rows: [string, string | null][] = [
    ['Location', o.location],
    ['Working arrangement', o.remotePolicy ? ARRANGEMENT[o.remotePolicy] : null],
    ['Pay', pay],
  ];
  return (
    <section aria-labelledby="details-h" className="rounded-xl border border-line bg-surface p-5">
      <div className="flex items-center justify-between gap-3">
        <h2 id="details-h" className="text-base font-semibold">
          Details
        </h2>
        <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
          <Pencil size={14} aria-hidden="true" />
          Edit details
        </Button>
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {rows.map(([k, val]) => (
          <div key={k}>
            <dt className="text-muted">{k}</dt>
            <dd>{val ?? <span className="text-muted">Not set</span>}</dd>
          </div>
        ))}
        <div className="min-w-0">
          <dt className="text-muted">Job posting</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">
            {o.sourceUrl ? (
              <a href={o.sourceUrl} target="_blank" rel="noopener noreferrer" className="text-accent underline underline-offset-2">
                {o.sourceUrl}
              </a>
            ) : (
              <span className="text-muted">Not set</span>
            )}
          </dd>
        </div>
      </dl>
      <h3 className="mt-6 text-sm font-semibold">Job description</h3>
      {o.jobDescription.trim() ? (
        <MarkdownView text={o.jobDescription} label="Job description" className="mt-2 max-h-[28rem] overflow-y-auto rounded-lg bg-bg p-4" />
      ) : (
        <p className="mt-2 text-sm text-muted">No description yet. Paste the posting with Edit details to keep it with your notes.</p>
      )}
    </section>
  );
}
