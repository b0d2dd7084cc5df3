/** The practice library: standard prompts, prepared answers, stories and rehearsal. */
export function PracticePage() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Practice</h1>
      <p className="mt-2 max-w-prose text-sm text-muted">Prepared answers with instant feedback and timed rehearsal are coming soon.</p>
    </section>
  );
}
