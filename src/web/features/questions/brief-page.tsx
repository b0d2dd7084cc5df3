/** The one-page brief to carry into the interview (print view). */
export function BriefPage() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Interview brief</h1>
      <p className="mt-2 max-w-prose text-sm text-muted">A printable one-page brief is coming soon.</p>
    </section>
  );
}
