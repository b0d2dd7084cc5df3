import type { Opportunity } from '../../../contracts/opportunities.js';

/** The Practice tab: prepared answers tailored to this opportunity, and rehearsal. */
export function PracticeTab(_props: { opportunity: Opportunity }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface p-6">
      <h2 className="text-base font-semibold">Practice</h2>
      <p className="mt-2 max-w-prose text-sm text-muted">
        Your prepared answers to the questions employers usually ask, with timed rehearsal and instant feedback. Coming soon.
      </p>
    </section>
  );
}
