import type { ReactNode } from 'react';

/** A friendly explanation shown where a list has nothing yet, with what to do about it. */
export function EmptyState({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <section className="rounded-xl border border-dashed border-line-strong bg-surface px-6 py-10 text-center" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children && <div className="mx-auto mt-2 max-w-prose text-sm text-muted">{children}</div>}
      {actions && <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div>}
    </section>
  );
}
