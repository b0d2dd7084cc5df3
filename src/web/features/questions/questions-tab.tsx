import type { Opportunity } from '../../../contracts/opportunities.js';

/** The Questions tab: the questions to ask, per interviewer, checked against research. */
export function QuestionsTab(_props: { opportunity: Opportunity }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface p-6">
      <h2 className="text-base font-semibold">Questions</h2>
      <p className="mt-2 max-w-prose text-sm text-muted">
        The questions you mean to ask, picked for each interviewer and checked against your research so you never ask what a quick search would answer. Coming soon.
      </p>
    </section>
  );
}
