import { useEffect } from 'react';
import type { ReactNode } from 'react';

/** Sets the document title so each page is named for assistive tech and browser history. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Offerbook`;
  }, [title]);
}

/** A page's heading row: the one h1, an optional lead line and actions on the right. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {lead && <p className="mt-1 text-sm text-muted">{lead}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
